import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/permissions';
import { syncTemplates } from '@/lib/content/sync-templates';
import { availableUpgrades, upgradePreview, upgradeTemplate } from '@/lib/server/assessments/upgrade-template';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { listReviewQueue } from '@/lib/server/assessments/review-queue';
import { exportAssessment, importAssessment } from '@/lib/server/assessments/export-import';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { answer, decide, FIXTURE_TEMPLATES, fixtureAssessment, signOffPhase1 } from './assessment-fixture';

async function tables() {
  const prisma = testDb();
  return {
    answers: await prisma.answer.findMany({ orderBy: { questionId: 'asc' } }),
    checkpoints: await prisma.checkpointState.findMany({ orderBy: { checkpointId: 'asc' } }),
    audit: await prisma.auditEvent.count(),
  };
}

const phaseLocked = async (actor: Parameters<typeof loadAssessmentPage>[1], id: string, phaseId: string) =>
  (await loadAssessmentPage(testDb(), actor, id)).tracks[0].phases.find((p) => p.id === phaseId)!.locked;

describe('assessments: answers, gating and sign-off', () => {
  beforeEach(truncateAll);

  it('keeps a locked phase\'s answers as drafts, and refuses to submit its checkpoints until the gate opens', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await expect(answer(actors.planner, id, 'commcare.p2.s1.vendor', 'Acme')).resolves.toMatchObject({ version: 1 });
    expect(await phaseLocked(actors.planner, id, 'commcare.p2')).toBe(true);
    // Why, in the reader's language: the engine's lock as a reason, said in French on a French page.
    const lock = (await loadAssessmentPage(testDb(), actors.planner, id, 'fr')).tracks[0].phases.find((p) => p.id === 'commcare.p2')!.lock!;
    expect(lock).toMatchObject({ key: 'phaseLocked', params: { phase: 1 } });
    expect(reasonSayer('fr')(lock)).toMatch(/^La phase 1 \(.+\) a encore \d+ points? de contrôle à faire approuver, à commencer par « .+ »$/);
    const before = await tables();
    const error = await refusal(decide(actors.planner, id, 'commcare.p2.s1.cp-vendor', 'submit'));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/^Phase 2 is locked/);
    expect(await tables()).toEqual(before);
  });

  it('opens phase 2 only when every phase-1 checkpoint is approved, and re-locks it when evidence changes', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    expect(await phaseLocked(actors.planner, id, 'commcare.p2')).toBe(true);
    await signOffPhase1(actors.planner, actors.reviewer, id);
    expect(await phaseLocked(actors.planner, id, 'commcare.p2')).toBe(false);
    await expect(answer(actors.planner, id, 'commcare.p2.s1.vendor', 'Acme')).resolves.toMatchObject({ version: 1 });

    const result = await answer(actors.planner, id, 'commcare.p1.s1.users', 4000);
    expect(result.reopened.map((r) => r.checkpointId)).toEqual(['commcare.p1.s1.cp-summary']);
    const reopened = await testDb().checkpointState.findFirstOrThrow({ where: { checkpointId: 'commcare.p1.s1.cp-summary' } });
    expect(reopened.status).toBe('open');
    expect(reopened.reopenReason).toMatch(/Re-opened because the answer to "Users" changed after it was approved/);
    expect(await phaseLocked(actors.planner, id, 'commcare.p2')).toBe(true);
    expect(await testDb().auditEvent.count({ where: { action: 'checkpoint.reopened' } })).toBe(1);
  });

  it('refuses an approval by the person who submitted, even an admin', async () => {
    const { actors } = await makeOrganization(['admin', 'reviewer']);
    const { id } = await fixtureAssessment(actors.admin);
    await answer(actors.admin, id, 'commcare.p1.s2.sized', 'yes');
    await decide(actors.admin, id, 'commcare.p1.s2.cp-sized', 'submit');
    const error = await refusal(decide(actors.admin, id, 'commcare.p1.s2.cp-sized', 'approve'));
    expect(error.status).toBe(403);
    expect((await testDb().checkpointState.findFirstOrThrow()).status).toBe('submitted');
    await decide(actors.reviewer, id, 'commcare.p1.s2.cp-sized', 'approve');
    expect((await testDb().checkpointState.findFirstOrThrow()).status).toBe('approved');
  });

  it('lets a reviewer request changes with a comment, and the planner resubmit', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s2.sized', 'partly');
    await decide(actors.planner, id, 'commcare.p1.s2.cp-sized', 'submit');
    expect((await listReviewQueue(testDb(), actors.reviewer)).map((q) => [q.checkpointId, q.evidence[0].view])).toEqual([['commcare.p1.s2.cp-sized', { kind: 'text', text: 'Partly' }]]);
    await refusal(decide(actors.reviewer, id, 'commcare.p1.s2.cp-sized', 'request_changes', { comment: '   ' }));
    await decide(actors.reviewer, id, 'commcare.p1.s2.cp-sized', 'request_changes', { comment: 'Size it fully.' });
    const row = await testDb().checkpointState.findFirstOrThrow();
    expect([row.status, row.comment]).toEqual(['changes_requested', 'Size it fully.']);
    await answer(actors.planner, id, 'commcare.p1.s2.sized', 'yes');
    await decide(actors.planner, id, 'commcare.p1.s2.cp-sized', 'submit');
    expect((await testDb().checkpointState.findFirstOrThrow()).status).toBe('submitted');
  });

  it('refuses to submit a checkpoint whose required evidence is unanswered', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Only half');
    const error = await refusal(decide(actors.planner, id, 'commcare.p1.s1.cp-summary', 'submit'));
    expect(error.message).toMatch(/\w/);
    expect(await testDb().checkpointState.count()).toBe(0);
  });

  it('accepts "not applicable" only for optional sections, with a justification, approved by a reviewer', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await signOffPhase1(actors.planner, actors.reviewer, id);
    await refusal(decide(actors.planner, id, 'commcare.p2.s1.cp-vendor', 'submit_not_applicable', { justification: 'We want to skip it' }));
    await refusal(decide(actors.planner, id, 'commcare.p2.s2.cp-link', 'submit_not_applicable', { justification: '' }));
    await decide(actors.planner, id, 'commcare.p2.s2.cp-link', 'submit_not_applicable', { justification: 'No cloud environments to link.' });
    await decide(actors.reviewer, id, 'commcare.p2.s2.cp-link', 'approve');
    await answer(actors.planner, id, 'commcare.p2.s1.vendor', 'Acme');
    await decide(actors.planner, id, 'commcare.p2.s1.cp-vendor', 'submit');
    await decide(actors.reviewer, id, 'commcare.p2.s1.cp-vendor', 'approve');
    expect(await phaseLocked(actors.planner, id, 'commcare.p3')).toBe(false);
  });

  it('refuses a stale save with the newer value, and never overwrites it', async () => {
    const { actors } = await makeOrganization(['planner', 'admin', 'reviewer']);
    const { id } = await fixtureAssessment(actors.planner);
    await saveAnswer(testDb(), actors.planner, { assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'First', expectedVersion: 0 });
    const error = await refusal(saveAnswer(testDb(), actors.admin, { assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'Second', expectedVersion: 0 }));
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ currentVersion: 1, currentValue: 'First' });
    expect((await testDb().answer.findFirstOrThrow()).value).toBe('First');
    await saveAnswer(testDb(), actors.admin, { assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'Second', expectedVersion: 1 });
    expect((await testDb().answer.findFirstOrThrow()).value).toBe('Second');
  });

  it('writes the audit row with the change, or neither', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Before');
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'After');
    const audit = await testDb().auditEvent.findMany({ where: { action: 'answer.changed' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.before, a.after])).toEqual([[null, 'Before'], ['Before', 'After']]);

    // Make the audit insert fail for one question: the answer must not be stored either.
    await testDb().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION fail_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END $$ LANGUAGE plpgsql`);
    await testDb().$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.subject = 'commcare.p1.s1.fail') EXECUTE FUNCTION fail_audit()`);
    try {
      const before = await tables();
      await expect(answer(actors.planner, id, 'commcare.p1.s1.fail', 'x')).rejects.toThrow();
      expect(await tables()).toEqual(before);
    } finally {
      await testDb().$executeRawUnsafe(`DROP TRIGGER fail_audit ON "AuditEvent"`);
    }
  });

  it.each([
    ['wrong type for a number', 'commcare.p1.s1.users', 'many'],
    ['a fraction for an integer', 'commcare.p1.s1.users', 2.5],
    ['a negative number', 'commcare.p1.s1.users', -1],
    ['a huge number', 'commcare.p1.s1.users', 1e300],
    ['oversized text', 'commcare.p1.s1.summary', 'x'.repeat(201)],
    ['an object for text', 'commcare.p1.s1.summary', { html: '<b>' }],
    ['a value outside yes/no/partly', 'commcare.p1.s2.sized', 'maybe'],
    ['an unknown question id', 'commcare.p1.s1.nope', 'x'],
    ['a question id of another platform', 'dhis2.p1.s1-1.systems', []],
  ])('refuses %s with a clear message and keeps stored answers intact', async (_case, questionId, value) => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Kept');
    await answer(actors.planner, id, 'commcare.p1.s1.users', 10);
    const before = await tables();
    const error = await refusal(answer(actors.planner, id, questionId, value));
    expect(error.status).toBe(422);
    expect(error.message.length).toBeGreaterThan(5);
    expect(await tables()).toEqual(before);
  });

  it('stores script tags as plain text, unchanged', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    const text = '<script>alert("x")</script> & Ministère';
    await answer(actors.planner, id, 'commcare.p1.s1.summary', text);
    expect((await testDb().answer.findFirstOrThrow()).value).toBe(text);
  });

  it("treats another organisation's assessment as not found for every operation", async () => {
    const a = await makeOrganization();
    const b = await makeOrganization(undefined, 'B');
    const { id } = await fixtureAssessment(a.actors.planner);
    await answer(a.actors.planner, id, 'commcare.p1.s2.sized', 'yes');
    await decide(a.actors.planner, id, 'commcare.p1.s2.cp-sized', 'submit');
    const before = await tables();
    for (const attempt of [
      () => answer(b.actors.planner, id, 'commcare.p1.s1.summary', 'intrusion', 0),
      () => decide(b.actors.reviewer, id, 'commcare.p1.s2.cp-sized', 'approve'),
      () => loadAssessmentPage(testDb(), b.actors.planner, id),
      () => exportAssessment(testDb(), b.actors.admin, id),
    ]) {
      const error = await refusal(attempt());
      expect([error.status, error.message]).toEqual([404, 'That assessment was not found.']);
    }
    expect(await listReviewQueue(testDb(), b.actors.reviewer)).toEqual([]);
    expect(await tables()).toEqual(before);
  });

  it.each([
    ['reviewer', 'answer'],
    ['consultant', 'answer'],
    ['planner', 'approve'],
    ['consultant', 'approve'],
    ['reviewer', 'create'],
  ] as const)('refuses a %s trying to %s', async (role, what) => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s2.sized', 'yes');
    await decide(actors.planner, id, 'commcare.p1.s2.cp-sized', 'submit');
    const before = await tables();
    const attempt =
      what === 'answer'
        ? answer(actors[role], id, 'commcare.p1.s1.summary', 'x', 0)
        : what === 'approve'
          ? decide(actors[role], id, 'commcare.p1.s2.cp-sized', 'approve')
          : createAssessment(testDb(), actors[role], { name: 'x', country: 'y', platforms: ['commcare'] });
    expect((await refusal(attempt)).status).toBe(403);
    expect(await tables()).toEqual(before);
  });

  it('exports and imports an assessment; approvals come back as submitted; files that do not match their questionnaire change nothing', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await signOffPhase1(actors.planner, actors.reviewer, id);
    const exported = await exportAssessment(testDb(), actors.planner, id);
    expect(exported.answers).toHaveLength(3);
    const copy = await importAssessment(testDb(), actors.planner, JSON.parse(JSON.stringify(exported)));
    const copied = await exportAssessment(testDb(), actors.planner, copy.id);
    expect(copied.answers.map((a) => [a.questionId, a.value])).toEqual(exported.answers.map((a) => [a.questionId, a.value]));
    expect(copied.checkpoints.map((c) => c.status)).toEqual(['submitted', 'submitted']);

    const before = await tables();
    const assessments = await testDb().assessment.count();
    for (const bad of [
      { ...exported, answers: [...exported.answers, { questionId: 'commcare.p9.unknown', value: 'x' }] },
      { ...exported, checkpoints: [...exported.checkpoints, { checkpointId: 'commcare.p9.unknown', status: 'open' }] },
      { ...exported, answers: [...exported.answers, exported.answers[0]] },
      { ...exported, format: 'something-else' },
      { ...exported, templates: [{ platform: 'commcare', key: 'commcare', version: 99 }] },
      'not even an object',
    ]) {
      expect((await refusal(importAssessment(testDb(), actors.planner, bad))).status).toBe(422);
    }
    expect(await tables()).toEqual(before);
    expect(await testDb().assessment.count()).toBe(assessments);
  });
});

describe('template versions', () => {
  beforeEach(truncateAll);

  it('keeps an assessment on its version when content changes, and upgrades only on request, audited', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');

    const v2 = JSON.parse(fs.readFileSync(path.join(FIXTURE_TEMPLATES, 'commcare.json'), 'utf8'));
    v2.version = 2;
    v2.phases[0].sections[0].questions[0].label = 'Summary, reworded';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-templates-'));
    fs.writeFileSync(path.join(dir, 'commcare.json'), JSON.stringify(v2));
    await syncTemplates(testDb(), dir);

    const before = await loadAssessmentPage(testDb(), actors.planner, id);
    expect(before.tracks[0].version).toBe(1);
    expect(await availableUpgrades(testDb(), actors.planner, id)).toEqual([{ platform: 'commcare', from: 1, to: 2 }]);

    const upgrader = [actors.admin, actors.consultant, actors.planner, actors.reviewer].find((a) => can(a.role, 'assessment.upgrade'))!;
    // What the page lists before the upgrade is applied: the reworded question, no answer lost.
    const [preview] = await upgradePreview(testDb(), upgrader, id);
    expect(preview).toMatchObject({ platform: 'commcare', from: 1, to: 2, answersNoLongerShown: [] });
    expect(preview.diff.questionsReworded.map((q) => q.to)).toEqual(['Summary, reworded']);
    // Applying the changes of a version that is no longer the newest is refused, and nothing moves.
    await expect(upgradeTemplate(testDb(), upgrader, { assessmentId: id, platform: 'commcare', toVersion: 3 })).rejects.toThrow(/Version 2 of this questionnaire was saved after you looked/);
    expect((await loadAssessmentPage(testDb(), upgrader, id)).tracks[0].version).toBe(1);
    await upgradeTemplate(testDb(), upgrader, { assessmentId: id, platform: 'commcare', toVersion: 2 });
    const after = await loadAssessmentPage(testDb(), upgrader, id);
    expect(after.tracks[0].version).toBe(2);
    expect(await testDb().answer.findFirstOrThrow({ where: { assessmentId: id, questionId: 'commcare.p1.s1.summary' } })).toMatchObject({ value: 'Ready' });
    expect(await testDb().auditEvent.findFirstOrThrow({ where: { assessmentId: id, action: 'template.upgraded' } })).toMatchObject({ before: { version: 1 }, after: { version: 2 } });

    // Publishing changed content under the same version number is refused.
    v2.phases[0].title = 'Changed without a new version';
    fs.writeFileSync(path.join(dir, 'commcare.json'), JSON.stringify(v2));
    await expect(syncTemplates(testDb(), dir)).rejects.toThrow(/changed but kept its version number/);
  });
});
