import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { can, type TAction } from '@/lib/auth/permissions';
import { ARCHIVED_READ_ONLY_MESSAGE } from '@/lib/domain/assessment-read-only';
import { DEFAULT_COMMCARE_CONFIG_TEXT } from '@/lib/content/sizing-reference';
import { archiveAssessment, restoreAssessment } from '@/lib/server/assessments/archive-assessment';
import { deleteAssessment } from '@/lib/server/assessments/delete-assessment';
import { upgradeTemplate } from '@/lib/server/assessments/upgrade-template';
import { postComment } from '@/lib/server/discussion/post-comment';
import { setThreadResolved } from '@/lib/server/discussion/resolve-thread';
import { issueRfp } from '@/lib/server/documents/issue-rfp';
import { closeRenderPool } from '@/lib/server/documents/render-pool';
import { draftRefreshSettled } from '@/lib/server/documents/refresh-drafts';
import { saveRfpDetails } from '@/lib/server/documents/save-rfp-details';
import { addEvidence, removeEvidence } from '@/lib/server/evidence/evidence-files';
import { saveMilestone } from '@/lib/server/milestones/save-milestone';
import { saveBudgetSettings } from '@/lib/server/outputs/save-budget-settings';
import { removeRateOverride, saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { resetSizingConfig, saveSizingConfig } from '@/lib/server/outputs/save-sizing-config';
import { saveTeam } from '@/lib/server/outputs/save-team';
import { loadReadOnly } from '@/lib/server/assessments/load-read-only';
import { pdfBytes } from '../fixtures/evidence-files';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { answer, decide, fixtureAssessment } from './assessment-fixture';

afterAll(closeRenderPool);

/** Every row that belongs to the assessment, as the database holds it (audit rows counted). */
async function everything(assessmentId: string) {
  const db = testDb();
  const where = { where: { assessmentId } };
  const [assessment, answers, checkpoints, evidence, threads, comments, milestones, team, budget, overrides, sizing, rfpDraft, issued, tracks, audit] = await Promise.all([
    db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { updatedAt: true, archivedAt: true } }),
    db.answer.findMany({ ...where, orderBy: { questionId: 'asc' } }),
    db.checkpointState.findMany({ ...where, orderBy: { checkpointId: 'asc' } }),
    db.evidenceFile.findMany({ ...where, select: { id: true, fileName: true, sha256: true }, orderBy: { fileName: 'asc' } }),
    db.discussionThread.findMany({ ...where, orderBy: { subjectId: 'asc' } }),
    db.discussionComment.count({ where: { thread: { assessmentId } } }),
    db.milestone.count(where),
    db.teamMember.findMany({ ...where, orderBy: { position: 'asc' } }),
    db.budgetSettings.findMany(where),
    db.rateOverride.findMany({ ...where, orderBy: { rateKey: 'asc' } }),
    db.sizingConfigVersion.count(where),
    db.rfpDraft.findMany(where),
    db.issuedRfp.count(where),
    db.assessmentTemplate.findMany({ ...where, select: { platform: true, templateVersionId: true } }),
    db.auditEvent.count(where),
  ]);
  return { assessment, answers, checkpoints, evidence, threads, comments, milestones, team, budget, overrides, sizing, rfpDraft, issued, tracks, audit };
}

describe('an archived assessment is read-only', () => {
  beforeEach(truncateAll);

  it('refuses every write (answers, checkpoints, evidence, discussion, milestones, outputs, RFP, upgrade) in words and changes nothing; restored, it is editable again', async () => {
    const { actors } = await makeOrganization();
    const { planner, reviewer, consultant, admin } = actors;
    const anyone = (action: TAction) => [planner, reviewer, consultant, admin].find((a) => can(a.role, action))!;
    const { id } = await fixtureAssessment(planner);
    // Something of every kind to change: a submitted checkpoint, an evidence file, a thread, a rate override.
    await answer(planner, id, 'commcare.p1.s1.summary', 'Ready');
    await answer(planner, id, 'commcare.p1.s1.users', 2500);
    await answer(planner, id, 'commcare.p1.s2.sized', 'yes');
    await decide(planner, id, 'commcare.p1.s1.cp-summary', 'submit');
    const file = await addEvidence(testDb(), planner, { assessmentId: id, checkpointId: 'commcare.p1.s2.cp-sized', fileName: 'contrat.pdf' }, pdfBytes());
    const { threadId } = await postComment(testDb(), reviewer, { assessmentId: id, subjectId: 'commcare.p1.s1.cp-summary', body: 'Where does the 2,500 come from?' });
    await saveRateOverride(testDb(), consultant, { assessmentId: id, option: 'on-premise', rateKey: 'serverCapex', value: 900_000 });
    await draftRefreshSettled();

    await archiveAssessment(testDb(), admin, { assessmentId: id });
    expect(await loadReadOnly(testDb(), reviewer, id)).toMatchObject({ isReadOnly: true });
    const before = await everything(id);

    const member = [{ name: 'Aïcha Ndiaye', role: 'System administrator', engagement: 'in-house' as const, fte: 1, levels: { 'commcare.deploys': 2 } }];
    const writes: [string, () => Promise<unknown>][] = [
      ['an answer', () => answer(anyone('answer.write'), id, 'commcare.p1.s1.summary', 'Changed after archiving')],
      ['a new answer', () => answer(anyone('answer.write'), id, 'commcare.p1.s1.notes', 'Added after archiving')],
      ['a submission', () => decide(anyone('checkpoint.submit'), id, 'commcare.p1.s2.cp-sized', 'submit')],
      ['an approval', () => decide(reviewer, id, 'commcare.p1.s1.cp-summary', 'approve')],
      ['a request for changes', () => decide(reviewer, id, 'commcare.p1.s1.cp-summary', 'request_changes', { comment: 'Say where the figure comes from.' })],
      ['an evidence file added', () => addEvidence(testDb(), anyone('evidence.write'), { assessmentId: id, checkpointId: 'commcare.p1.s2.cp-sized', fileName: 'autre.pdf' }, pdfBytes('Another'))],
      ['an evidence file removed', () => removeEvidence(testDb(), anyone('evidence.write'), { assessmentId: id, fileId: file.fileId })],
      ['a comment', () => postComment(testDb(), planner, { assessmentId: id, subjectId: 'commcare.p1.s1.cp-summary', body: 'From the HMIS.' })],
      ['a thread resolved', () => setThreadResolved(testDb(), reviewer, { threadId, action: 'resolve', expectedVersion: 1 })],
      ['a milestone', () => saveMilestone(testDb(), anyone('milestone.save'), { assessmentId: id, name: 'After archiving' })],
      ['the team', () => saveTeam(testDb(), anyone('outputs.edit'), { assessmentId: id, team: member })],
      ['the budget settings', () => saveBudgetSettings(testDb(), consultant, { assessmentId: id, years: 3, currency: { code: 'XOF', exchangeRate: 600, minorDigits: 0 }, expectedVersion: 0 })],
      ['a rate override', () => saveRateOverride(testDb(), consultant, { assessmentId: id, option: 'on-premise', rateKey: 'serverCapex', value: 950_000 })],
      ['a rate override removed', () => removeRateOverride(testDb(), consultant, { assessmentId: id, option: 'on-premise', rateKey: 'serverCapex' })],
      ['the sizing configuration', () => saveSizingConfig(testDb(), consultant, { assessmentId: id, yaml: DEFAULT_COMMCARE_CONFIG_TEXT, expectedVersion: 0 })],
      ['the sizing configuration reset', () => resetSizingConfig(testDb(), consultant, { assessmentId: id, expectedVersion: 0 })],
      ['the RFP details', () => saveRfpDetails(testDb(), anyone('rfp.edit'), { assessmentId: id, details: { clientName: 'Ministère de la Santé' }, expectedVersion: 0 })],
      ['the RFP issued', () => issueRfp(testDb(), anyone('rfp.issue'), { assessmentId: id })],
      ['a questionnaire upgrade', () => upgradeTemplate(testDb(), anyone('assessment.upgrade'), { assessmentId: id, platform: 'commcare' })],
    ];
    for (const [what, write] of writes) {
      const error = await refusal(write());
      expect([what, error.status, error.message]).toEqual([what, 409, ARCHIVED_READ_ONLY_MESSAGE]);
    }
    await draftRefreshSettled();
    expect(await everything(id)).toEqual(before);

    // Restored, it takes changes again.
    await restoreAssessment(testDb(), admin, { assessmentId: id });
    expect(await loadReadOnly(testDb(), reviewer, id)).toMatchObject({ isReadOnly: false, archivedAt: null });
    await expect(decide(reviewer, id, 'commcare.p1.s1.cp-summary', 'approve')).resolves.toMatchObject({ status: 'approved' });
    await expect(answer(planner, id, 'commcare.p1.s1.notes', 'Added after restoring')).resolves.toMatchObject({ changed: true });
    await expect(postComment(testDb(), planner, { assessmentId: id, subjectId: 'commcare.p1.s1.cp-summary', body: 'From the HMIS.' })).resolves.toMatchObject({ threadId });
    await draftRefreshSettled();
  });

  it('can still be deleted (by name) while archived, and another organisation learns nothing from the read-only check', async () => {
    const home = await makeOrganization();
    const other = await makeOrganization(['admin', 'planner'], 'Other');
    const { id } = await fixtureAssessment(home.actors.planner);
    await archiveAssessment(testDb(), home.actors.admin, { assessmentId: id });
    expect((await refusal(loadReadOnly(testDb(), other.actors.planner, id))).status).toBe(404);
    expect((await refusal(answer(other.actors.planner, id, 'commcare.p1.s1.summary', 'x'))).status).toBe(404);
    await deleteAssessment(testDb(), home.actors.admin, { assessmentId: id, confirmName: 'Évaluation' });
    expect(await testDb().assessment.count({ where: { id } })).toBe(0);
  });
});
