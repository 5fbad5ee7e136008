import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '@/lib/content/load-templates';
import { syncTemplates } from '@/lib/content/sync-templates';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import { buildCurrentReport, buildCurrentRfp, issuedRfpFile, issueRfp, listIssuedRfps } from '@/lib/server/documents/issue-rfp';
import { closeRenderPool } from '@/lib/server/documents/render-pool';
import { saveRfpDetails } from '@/lib/server/documents/save-rfp-details';
import type { TActor } from '@/lib/server/actor';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';

const DETAILS = {
  clientName: 'Ministère de la Santé Publique — São Tomé e Príncipe',
  saasDescription: 'CommCare is used today on Dimagi’s cloud for community health workers.',
  hostingQuotes: 3,
  periodOfPerformance: '6 months',
  submissionEmail: 'rfp@sante.example.st',
  submissionDeadline: '2027-03-31',
  contacts: [{ name: 'Adèle Yao', role: 'Directrice du numérique', email: 'adele@sante.example.st', phone: '+239 000 000' }],
};

async function commcareAssessment() {
  const org = await makeOrganization();
  await syncTemplates(testDb(), TEMPLATES_DIR);
  const { id } = await createAssessment(testDb(), org.actors.planner, { name: 'Transition CommCare', country: 'São Tomé e Príncipe', platforms: ['commcare'] });
  return { ...org, id };
}

async function answerScale(planner: TActor, assessmentId: string) {
  const answers: Record<string, unknown> = {
    'commcare.p1.s1-2.mobile-users': 2500,
    'commcare.p1.s1-2.forms-per-user-month': 300,
    'commcare.p1.s1-2.cases-per-user-month': 150,
    'commcare.p1.s1-2.case-updates-per-user-month': 900,
    'commcare.p1.s1-2.attachment-kb-per-form': 15,
    'commcare.p1.s1-2.existing-forms': 0,
  };
  for (const [questionId, value] of Object.entries(answers)) await saveAnswer(testDb(), planner, { assessmentId, questionId, value, expectedVersion: 0 });
}

afterAll(closeRenderPool);

describe('the RFP: details, draft, issue and download', () => {
  beforeEach(truncateAll);

  it('stays a draft listing what is missing, and a draft cannot be issued', async () => {
    const { actors, id } = await commcareAssessment();
    const model = await buildCurrentRfp(testDb(), actors.reviewer, id);
    expect(model.isDraft).toBe(true);
    const keys = model.missing.map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['rfp.submissionEmail', 'rfp.submissionDeadline', 'question.commcare.p1.s1-2.mobile-users']));
    expect(model.missing.find((m) => m.key === 'question.commcare.p1.s1-2.mobile-users')!.target).toEqual({ kind: 'question', questionId: 'commcare.p1.s1-2.mobile-users', phaseId: 'commcare.p1' });

    const error = await refusal(issueRfp(testDb(), actors.consultant, { assessmentId: id }));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/^The RFP is still a draft: \d+ items missing/);
    expect(await testDb().issuedRfp.count()).toBe(0);
  });

  it('saves the details with a version check and an audit row; planners and other organisations are refused', async () => {
    const { actors, id } = await commcareAssessment();
    await expect(saveRfpDetails(testDb(), actors.consultant, { assessmentId: id, details: DETAILS, expectedVersion: 0 })).resolves.toEqual({ version: 1 });
    expect((await refusal(saveRfpDetails(testDb(), actors.admin, { assessmentId: id, details: { ...DETAILS, hostingQuotes: 2 }, expectedVersion: 0 }))).status).toBe(409);
    expect((await refusal(saveRfpDetails(testDb(), actors.planner, { assessmentId: id, details: DETAILS, expectedVersion: 1 }))).status).toBe(403);
    const other = await makeOrganization(['consultant'], 'Other');
    expect((await refusal(saveRfpDetails(testDb(), other.actors.consultant, { assessmentId: id, details: DETAILS, expectedVersion: 1 }))).status).toBe(404);
    expect((await refusal(buildCurrentRfp(testDb(), other.actors.consultant, id))).status).toBe(404);
    const bad = await refusal(saveRfpDetails(testDb(), actors.consultant, { assessmentId: id, details: { ...DETAILS, submissionEmail: 'not an e-mail' }, expectedVersion: 1 }));
    expect(bad.status).toBe(422);
    expect(bad.details).toMatchObject({ details: expect.anything() });
    const row = await testDb().rfpDraft.findUniqueOrThrow({ where: { assessmentId: id } });
    expect(row).toMatchObject({ version: 1, details: DETAILS });
    expect(await testDb().auditEvent.count({ where: { assessmentId: id, action: 'rfp.details-saved' } })).toBe(1);
  });

  it('issues numbered versions whose stored bytes are downloaded unchanged', async () => {
    const { actors, id } = await commcareAssessment();
    await answerScale(actors.planner, id);
    await saveRfpDetails(testDb(), actors.consultant, { assessmentId: id, details: DETAILS, expectedVersion: 0 });
    const model = await buildCurrentRfp(testDb(), actors.consultant, id);
    expect(model.missing).toEqual([]);
    expect(model.isDraft).toBe(false);
    expect(model.clientName).toBe(DETAILS.clientName);

    expect((await refusal(issueRfp(testDb(), actors.planner, { assessmentId: id }))).status).toBe(403);
    const first = await issueRfp(testDb(), actors.consultant, { assessmentId: id });
    const second = await issueRfp(testDb(), actors.admin, { assessmentId: id });
    expect([first.version, second.version]).toEqual([1, 2]);

    const pdf = await issuedRfpFile(testDb(), actors.reviewer, id, 1, 'pdf');
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(first.pdfSha256);
    const docx = await issuedRfpFile(testDb(), actors.planner, id, 1, 'docx');
    expect(createHash('sha256').update(docx.bytes).digest('hex')).toBe(first.docxSha256);
    expect((await refusal(issuedRfpFile(testDb(), actors.planner, id, 3, 'pdf'))).status).toBe(404);

    const nameOf = async (actor: TActor) => (await testDb().user.findUniqueOrThrow({ where: { id: actor.userId } })).name;
    const listed = await listIssuedRfps(testDb(), actors.planner, id);
    expect(listed.map((r) => [r.version, r.issuedBy])).toEqual([
      [2, await nameOf(actors.admin)],
      [1, await nameOf(actors.consultant)],
    ]);
    expect(listed[1].pdfBytes).toBe(pdf.bytes.length);
    const other = await makeOrganization(['planner'], 'Other');
    expect(await listIssuedRfps(testDb(), other.actors.planner, id)).toEqual([]);
    expect((await refusal(issuedRfpFile(testDb(), other.actors.planner, id, 1, 'pdf'))).status).toBe(404);
    expect(await testDb().auditEvent.count({ where: { assessmentId: id, action: 'rfp.issued' } })).toBe(2);
  });

  it('builds the assessment report for any role of the organisation', async () => {
    const { actors, id } = await commcareAssessment();
    await answerScale(actors.planner, id);
    const report = await buildCurrentReport(testDb(), actors.reviewer, id);
    expect(report.kind).toBe('report');
    expect(report.isDraft).toBe(false);
    expect(report.sections.map((s) => s.title).join(' | ')).toMatch(/Sizing/);
  });
});
