import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { syncTemplates } from '@/lib/content/sync-templates';
import { saveOrganizationTemplate, TemplateProblemsError } from '@/lib/server/templates/save-template';
import { listTemplates, templateSource } from '@/lib/server/templates/list-templates';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { upgradePreview, upgradeTemplate } from '@/lib/server/assessments/upgrade-template';
import { loadAssessmentStatus } from '@/lib/server/assessments/assessment-status';
import { ZTemplate } from '@/lib/content/template-schema';
import { answer, decide, FIXTURE_TEMPLATES } from './assessment-fixture';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';

const save = (actor: Parameters<typeof saveOrganizationTemplate>[1], source: string) => saveOrganizationTemplate(testDb(), actor, { source });
const TEXT = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/openmrs-template.json'), 'utf8');
const OPENMRS = JSON.parse(TEXT);
const version = (change: (t: typeof OPENMRS) => void) => {
  const t = structuredClone(OPENMRS);
  change(t);
  return JSON.stringify(t);
};

describe('organisation templates', () => {
  beforeEach(async () => {
    await truncateAll();
    await syncTemplates(testDb(), FIXTURE_TEMPLATES);
  });

  it('stores a valid upload for the organisation only, audited', async () => {
    const { actors } = await makeOrganization(['admin']);
    const other = await makeOrganization(['admin']);
    const saved = await save(actors.admin, TEXT);
    expect(saved).toMatchObject({ key: 'openmrs', version: 1, created: true });
    const row = await testDb().templateVersion.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ organizationId: actors.admin.organizationId, createdById: actors.admin.userId, platform: 'openmrs' });
    expect(await testDb().auditEvent.count({ where: { action: 'template.saved', organizationId: actors.admin.organizationId } })).toBe(1);
    expect((await listTemplates(testDb(), actors.admin)).map((t) => `${t.key} ${t.isBuiltIn ? 'built-in' : 'own'}`)).toEqual(['commcare built-in', 'openmrs own']);
    expect((await listTemplates(testDb(), other.actors.admin)).map((t) => t.key)).toEqual(['commcare']);
    expect((await refusal(templateSource(testDb(), other.actors.admin, saved.id))).status).toBe(404);
    // The other organisation may have its own "openmrs", independent of the first.
    expect((await save(other.actors.admin, version((t) => (t.title = 'Their OpenMRS')))).created).toBe(true);
    await expect(createAssessment(testDb(), other.actors.admin, { name: 'A', country: 'B', platforms: [], templates: ['openmrs'] })).resolves.toBeDefined();
  });

  it('refuses an invalid upload with every problem listed by place, and stores nothing', async () => {
    const { actors } = await makeOrganization(['admin']);
    const text = version((t) => {
      delete t.phases[1].sections[0].questions[0].label;
      t.phases[0].title = '';
    });
    const error = await refusal(save(actors.admin, text));
    expect(error).toBeInstanceOf(TemplateProblemsError);
    expect(error.status).toBe(422);
    expect(error.message).toBe('The template has 2 problems; nothing was saved.');
    // Reasons for the editor to put into its reader's words; in English for the API.
    expect((error as TemplateProblemsError).problems.map((p) => p.problem.key)).toEqual(['problems.empty', 'problems.missing']);
    expect(((error as TemplateProblemsError).details as { problems: { text: string }[] }).problems.map((p) => p.text)).toEqual(['Phase 1: the title is empty', 'Phase 2, section 2.1, question 1: the label is missing']);
    expect(await testDb().templateVersion.count({ where: { organizationId: { not: null } } })).toBe(0);
    expect(await testDb().auditEvent.count()).toBe(0);
  });

  it.each([
    ['duplicate ids', version((t) => (t.phases[1].sections[0].questions[1].id = 'openmrs.p2.s1.sync')), 422, /used more than once/],
    ['a deeply nested JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 422, /nests more than 32 levels/],
    ['text that is not JSON', '{"key": ', 422, /not valid JSON/],
    ['a NUL character in a label', version((t) => (t.phases[0].sections[0].questions[0].label = 'a\u0000b')), 422, /Phase 1, section 1\.1, question 1.*NUL character/],
    ['a 10 MB template', JSON.stringify({ ...OPENMRS, source: 'x'.repeat(10 * 1024 * 1024) }), 413, /larger than 1 MB/],
    ['a built-in key', TEXT.replaceAll('openmrs', 'commcare'), 422, /taken by the built-in questionnaire/],
  ])('refuses %s in words and stores nothing', async (_name, text, status, words) => {
    const { actors } = await makeOrganization(['admin']);
    const error = await refusal(save(actors.admin, text));
    expect(error.status).toBe(status);
    expect(`${error.message} ${JSON.stringify(error.details ?? '')}`).toMatch(words);
    expect(await testDb().templateVersion.count({ where: { organizationId: { not: null } } })).toBe(0);
  });

  it('is for administrators only', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer', 'consultant']);
    for (const actor of Object.values(actors)) expect((await refusal(save(actor, TEXT))).status).toBe(403);
  });

  it('keeps versions: a changed text needs a higher version, and assessments stay pinned until upgraded', async () => {
    const { actors } = await makeOrganization(['admin', 'planner', 'reviewer']);
    await save(actors.admin, TEXT);
    expect((await save(actors.admin, TEXT)).created).toBe(false); // the same text again: nothing new
    const reworded = version((t) => (t.phases[0].sections[0].questions[0].label = 'How many facilities?'));
    expect((await refusal(save(actors.admin, reworded))).status).toBe(409);

    const { id } = await createAssessment(testDb(), actors.planner, { name: 'OpenMRS', country: 'Kenya', platforms: [], templates: ['openmrs'] });
    await answer(actors.planner, id, 'openmrs.p1.s1.facilities', 120);
    await answer(actors.planner, id, 'openmrs.p1.s1.distribution', 'o3');
    await decide(actors.planner, id, 'openmrs.p1.s1.cp-scope', 'submit');
    await decide(actors.reviewer, id, 'openmrs.p1.s1.cp-scope', 'approve');
    await answer(actors.planner, id, 'openmrs.p2.s1.sync', 'yes');

    const v2 = version((t) => {
      t.version = 2;
      t.phases[0].sections[0].questions[0].label = 'How many facilities?';
      t.phases[1].sections[0].questions.splice(0, 1); // the synchronisation question goes
      t.phases[1].sections[0].questions.push({ id: 'openmrs.p2.s1.backups', kind: 'yesno', label: 'Are nightly backups kept off site?' });
      t.phases[0].sections[0].checkpoints.push(t.phases[1].sections[0].checkpoints.pop());
      t.phases[1].sections[0].checkpoints.push({ id: 'openmrs.p2.s1.cp-backups', label: 'Backups are kept off site', evidence: ['openmrs.p2.s1.backups'] });
    });
    expect(ZTemplate.safeParse(JSON.parse(v2)).success).toBe(true);
    await save(actors.admin, v2);
    expect((await loadAssessmentStatus(testDb(), actors.planner, id)).tracks[0]!.templateVersion).toBe(1); // pinned

    const [preview] = await upgradePreview(testDb(), actors.planner, id);
    expect(preview).toMatchObject({ platform: 'openmrs', from: 1, to: 2, answersNoLongerShown: ['Do facility servers synchronise with a national concentrator?'] });
    expect(preview!.diff).toEqual({
      questionsAdded: [{ id: 'openmrs.p2.s1.backups', label: 'Are nightly backups kept off site?', where: 'Phase 2, section 2.1' }],
      questionsRemoved: [{ id: 'openmrs.p2.s1.sync', label: 'Do facility servers synchronise with a national concentrator?', where: 'Phase 2, section 2.1' }],
      questionsReworded: [{ id: 'openmrs.p1.s1.facilities', from: 'How many health facilities run OpenMRS today?', to: 'How many facilities?', where: 'Phase 1, section 1.1' }],
      checkpointsAdded: [{ id: 'openmrs.p2.s1.cp-backups', label: 'Backups are kept off site', where: 'Phase 2, section 2.1' }],
      checkpointsRemoved: [],
      checkpointsMoved: [{ id: 'openmrs.p2.s1.cp-law', label: 'Patient data is hosted as the data-protection law requires', from: 'Phase 2, section 2.1', to: 'Phase 1, section 1.1' }],
    });
    expect(await testDb().templateVersion.count({ where: { templateKey: 'openmrs' } })).toBe(2);

    const upgraded = await upgradeTemplate(testDb(), actors.planner, { assessmentId: id, platform: 'openmrs' });
    expect(upgraded).toMatchObject({ from: 1, to: 2, orphaned: ['openmrs.p2.s1.sync'] });
    const status = await loadAssessmentStatus(testDb(), actors.planner, id);
    expect(status.tracks[0]!.templateVersion).toBe(2);
    // Answers whose question still exists are kept; the approved checkpoint keeps its decision.
    expect((await testDb().answer.findMany({ where: { assessmentId: id } })).map((a) => a.questionId).sort()).toEqual(['openmrs.p1.s1.distribution', 'openmrs.p1.s1.facilities', 'openmrs.p2.s1.sync']);
    expect(status.tracks[0]!.phases[0]!.checkpoints.find((c) => c.id === 'openmrs.p1.s1.cp-scope')!.status).toBe('approved');
    expect(await testDb().auditEvent.count({ where: { action: 'template.upgraded', assessmentId: id } })).toBe(1);
    expect(await upgradePreview(testDb(), actors.planner, id)).toEqual([]);
  });

  it('refuses another organisation’s questionnaire when creating an assessment', async () => {
    const { actors } = await makeOrganization(['admin']);
    const other = await makeOrganization(['planner']);
    await save(actors.admin, TEXT);
    const error = await refusal(createAssessment(testDb(), other.actors.planner, { name: 'A', country: 'B', platforms: [], templates: ['openmrs'] }));
    expect(error.status).toBe(422);
    expect(await testDb().assessment.count()).toBe(0);
  });
});
