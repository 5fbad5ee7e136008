import { beforeEach, describe, expect, it } from 'vitest';
import { syncTemplates } from '@/lib/content/sync-templates';
import { ZTemplate } from '@/lib/content/template-schema';
import { decideCheckpoint } from '@/lib/server/assessments/decide-checkpoint';
import { exportAssessment, importAssessment } from '@/lib/server/assessments/export-import';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { decide, fixtureAssessment, signOffPhase1 } from './assessment-fixture';

/**
 * An import is held to the rules of the live app: answers are checked per question and per phase
 * lock, checkpoint states go through the state machine, and whatever cannot be honoured comes in
 * as open and is listed in the response.
 */
const FILE = { format: 'hosting-readiness/assessment', formatVersion: 1, assessment: { name: 'Imported', country: 'Bénin' } } as const;
const FIXTURE = { ...FILE, templates: [{ platform: 'commcare', key: 'commcare', version: 1 }] };

async function tables() {
  const prisma = testDb();
  return {
    assessments: await prisma.assessment.count(),
    answers: await prisma.answer.count(),
    checkpoints: await prisma.checkpointState.count(),
    audit: await prisma.auditEvent.count(),
  };
}

const checkpointsOf = async (assessmentId: string) =>
  Object.fromEntries((await testDb().checkpointState.findMany({ where: { assessmentId } })).map((c) => [c.checkpointId, { status: c.status, notApplicable: c.notApplicable }]));
const answersOf = async (assessmentId: string) => Object.fromEntries((await testDb().answer.findMany({ where: { assessmentId } })).map((a) => [a.questionId, a.value]));

describe('importing an assessment', () => {
  beforeEach(truncateAll);

  it('the probe: every CommCare checkpoint imported as "not applicable" in locked phases signs nothing off, and each is listed', async () => {
    const { actors } = await makeOrganization();
    await syncTemplates(testDb());
    const row = await testDb().templateVersion.findFirstOrThrow({ where: { templateKey: 'commcare' }, orderBy: { version: 'desc' } });
    const template = ZTemplate.parse(row.definition);
    const ids = template.phases.flatMap((p) => p.sections.flatMap((s) => s.checkpoints.map((c) => c.id)));
    expect(ids).toHaveLength(24);
    const file = {
      ...FILE,
      templates: [{ platform: 'commcare', key: 'commcare', version: row.version }],
      answers: [],
      checkpoints: ids.map((checkpointId) => ({ checkpointId, status: 'submitted', notApplicable: true, justification: 'Does not apply to us.' })),
    };
    const result = await importAssessment(testDb(), actors.planner, file);

    // What the probe did next: a reviewer approves everything waiting for review.
    for (const [checkpointId, state] of Object.entries(await checkpointsOf(result.id))) {
      if (state.status === 'submitted') await decideCheckpoint(testDb(), actors.reviewer, { type: 'approve', assessmentId: result.id, checkpointId, expectedVersion: 1 });
    }
    const page = await loadAssessmentPage(testDb(), actors.reviewer, result.id);
    expect(page.tracks[0].phases.filter((p) => p.complete).map((p) => p.number)).toEqual([]);
    expect(page.tracks[0].phases.filter((p) => !p.locked).map((p) => p.number)).toEqual([1]);
    expect(Object.values(await checkpointsOf(result.id)).filter((s) => s.status !== 'open')).toEqual([]);

    expect(result.checkpoints.submitted).toBe(0);
    expect(result.checkpoints.downgraded.map((d) => d.checkpointId).sort()).toEqual([...ids].sort());
    const reasonOf = (id: string) => result.checkpoints.downgraded.find((d) => d.checkpointId === id)!.reason;
    expect(reasonOf(ids[0])).toMatch(/optional/);
    expect(reasonOf(ids.at(-1)!)).toMatch(/^Phase 6 .* is locked/);
    for (const d of result.checkpoints.downgraded) expect(d).toMatchObject({ from: 'submitted', notApplicable: true, to: 'open', label: expect.any(String) });
  });

  it('refuses answers to questions of locked phases and lists them; the earlier phase is kept', async () => {
    const { actors } = await makeOrganization();
    await fixtureAssessment(actors.planner);
    const file = {
      ...FIXTURE,
      answers: [
        { questionId: 'commcare.p1.s2.sized', value: 'yes' },
        { questionId: 'commcare.p2.s1.vendor', value: 'Acme' },
        { questionId: 'commcare.p3.s1.done', value: 'no' },
      ],
      checkpoints: [
        { checkpointId: 'commcare.p1.s2.cp-sized', status: 'approved' },
        { checkpointId: 'commcare.p2.s1.cp-vendor', status: 'approved' },
      ],
    };
    const result = await importAssessment(testDb(), actors.planner, file);
    expect(await answersOf(result.id)).toEqual({ 'commcare.p1.s2.sized': 'yes' });
    expect(result.answers.imported).toBe(1);
    expect(result.answers.refused).toEqual([
      { questionId: 'commcare.p2.s1.vendor', label: 'Vendor', phase: 2, reason: expect.stringMatching(/^Phase 2 \(Procure\) is locked/) },
      { questionId: 'commcare.p3.s1.done', label: 'Installed?', phase: 3, reason: expect.stringMatching(/^Phase 3 \(Install\) is locked/) },
    ]);
    expect(await checkpointsOf(result.id)).toEqual({ 'commcare.p1.s2.cp-sized': { status: 'submitted', notApplicable: false }, 'commcare.p2.s1.cp-vendor': { status: 'open', notApplicable: false } });
    expect(result.checkpoints.downgraded).toEqual([
      expect.objectContaining({ checkpointId: 'commcare.p1.s2.cp-sized', from: 'approved', to: 'submitted', reason: expect.stringMatching(/reviewer/) }),
      expect.objectContaining({ checkpointId: 'commcare.p2.s1.cp-vendor', from: 'approved', to: 'open', reason: expect.stringMatching(/^Phase 2 \(Procure\) is locked/) }),
    ]);
  });

  it('refuses answers that do not fit their question, lists them, and keeps the checkpoints they were evidence for open', async () => {
    const { actors } = await makeOrganization();
    await fixtureAssessment(actors.planner);
    const file = {
      ...FIXTURE,
      answers: [
        { questionId: 'commcare.p1.s1.summary', value: 'x'.repeat(201) },
        { questionId: 'commcare.p1.s1.users', value: 'not a number' },
        { questionId: 'commcare.p1.s1.notes', value: 'Kept' },
        { questionId: 'commcare.p1.s2.sized', value: 'maybe' },
      ],
      checkpoints: [
        { checkpointId: 'commcare.p1.s1.cp-summary', status: 'submitted' },
        { checkpointId: 'commcare.p1.s2.cp-sized', status: 'changes_requested', comment: 'Which servers?' },
      ],
    };
    const before = await tables();
    const result = await importAssessment(testDb(), actors.planner, file);
    expect(await answersOf(result.id)).toEqual({ 'commcare.p1.s1.notes': 'Kept' });
    expect(result.answers.refused.map((r) => [r.questionId, r.reason])).toEqual([
      ['commcare.p1.s1.summary', 'That answer does not fit the question: At most 200 characters.'],
      ['commcare.p1.s1.users', 'That answer does not fit the question: Enter a number.'],
      ['commcare.p1.s2.sized', 'That answer does not fit the question: Choose yes, no or partly.'],
    ]);
    expect(await checkpointsOf(result.id)).toEqual({
      'commcare.p1.s1.cp-summary': { status: 'open', notApplicable: false },
      'commcare.p1.s2.cp-sized': { status: 'open', notApplicable: false },
    });
    expect(result.checkpoints.downgraded.map((d) => [d.checkpointId, d.to, d.reason])).toEqual([
      ['commcare.p1.s1.cp-summary', 'open', 'Answer every required question this checkpoint cites, and fill in or remove empty table rows, before submitting it.'],
      ['commcare.p1.s2.cp-sized', 'open', expect.stringContaining('Which servers?')],
    ]);
    // Audited like live changes: the import, one row per answer stored; nothing for what was refused.
    const audit = await testDb().auditEvent.findMany({ where: { assessmentId: result.id }, orderBy: { action: 'asc' } });
    expect(audit.map((e) => [e.action, e.subject])).toEqual([
      ['answer.changed', 'commcare.p1.s1.notes'],
      ['assessment.imported', null],
    ]);
    expect((await tables()).answers).toBe(before.answers + 1);
  });

  it('refuses a file naming a question or checkpoint twice with a 422 naming them, and stores nothing', async () => {
    const { actors } = await makeOrganization();
    await fixtureAssessment(actors.planner);
    const before = await tables();
    const error = await refusal(
      importAssessment(testDb(), actors.planner, {
        ...FIXTURE,
        answers: [
          { questionId: 'commcare.p1.s2.sized', value: 'yes' },
          { questionId: 'commcare.p1.s1.notes', value: 'a' },
          { questionId: 'commcare.p1.s2.sized', value: 'no' },
        ],
        checkpoints: [
          { checkpointId: 'commcare.p1.s2.cp-sized', status: 'open' },
          { checkpointId: 'commcare.p1.s2.cp-sized', status: 'submitted' },
        ],
      }),
    );
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/more than once/);
    expect(error.details).toMatchObject({ duplicateQuestionIds: ['commcare.p1.s2.sized'], duplicateCheckpointIds: ['commcare.p1.s2.cp-sized'] });
    expect(await tables()).toEqual(before);
  });

  it('round trip: an export imports again, approvals come back for a reviewer here, audited, under a dated name', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await signOffPhase1(actors.planner, actors.reviewer, id);
    const exported = await exportAssessment(testDb(), actors.planner, id);
    const result = await importAssessment(testDb(), actors.planner, JSON.parse(JSON.stringify(exported)));

    const copied = await exportAssessment(testDb(), actors.planner, result.id);
    expect(copied.answers.map((a) => [a.questionId, a.value])).toEqual(exported.answers.map((a) => [a.questionId, a.value]));
    expect(copied.checkpoints.map((c) => [c.checkpointId, c.status])).toEqual([
      ['commcare.p1.s1.cp-summary', 'submitted'],
      ['commcare.p1.s2.cp-sized', 'submitted'],
    ]);
    expect(result).toMatchObject({ answers: { imported: 3, refused: [] }, checkpoints: { submitted: 2, open: 0 } });
    expect(result.checkpoints.downgraded.map((d) => [d.checkpointId, d.from, d.to])).toEqual([
      ['commcare.p1.s1.cp-summary', 'approved', 'submitted'],
      ['commcare.p1.s2.cp-sized', 'approved', 'submitted'],
    ]);
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    expect(result.name).toBe(`Évaluation (imported ${today})`);
    expect(copied.assessment.name).toBe(result.name);
    // Importing the copy again replaces the date rather than stacking a second one.
    expect((await importAssessment(testDb(), actors.planner, copied)).name).toBe(result.name);

    const audit = await testDb().auditEvent.findMany({ where: { assessmentId: result.id }, orderBy: [{ action: 'asc' }, { subject: 'asc' }] });
    expect(audit.map((e) => [e.action, e.subject])).toEqual([
      ['answer.changed', 'commcare.p1.s1.summary'],
      ['answer.changed', 'commcare.p1.s1.users'],
      ['answer.changed', 'commcare.p1.s2.sized'],
      ['assessment.imported', null],
      ['checkpoint.submit', 'commcare.p1.s1.cp-summary'],
      ['checkpoint.submit', 'commcare.p1.s2.cp-sized'],
    ]);

    // The importer submitted them, so a reviewer here can approve, and phase 2 opens as it would live.
    for (const cp of ['commcare.p1.s1.cp-summary', 'commcare.p1.s2.cp-sized']) await decide(actors.reviewer, result.id, cp, 'approve');
    const page = await loadAssessmentPage(testDb(), actors.planner, result.id);
    expect(page.tracks[0].phases.map((p) => [p.number, p.locked, p.complete])).toEqual([
      [1, false, true],
      [2, false, false],
      [3, true, false],
    ]);
  });
});
