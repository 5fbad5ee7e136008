import { beforeEach, describe, expect, it } from 'vitest';
import { renderPdf } from '@/lib/documents/render-pdf';
import { buildComparisonModel } from '@/lib/domain/documents/build-comparison-model';
import { addEvidence } from '@/lib/server/evidence/evidence-files';
import { compareMilestones, type TComparisonText } from '@/lib/server/milestones/compare-milestones';
import { listMilestones } from '@/lib/server/milestones/list-milestones';
import { saveMilestone } from '@/lib/server/milestones/save-milestone';
import { loadPortfolio } from '@/lib/server/portfolio/load-portfolio';
import { archiveAssessment } from '@/lib/server/assessments/archive-assessment';
import { pdfPages } from '../fixtures/document-text';
import { pdfBytes } from '../fixtures/evidence-files';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { answer, decide, fixtureAssessment } from './assessment-fixture';

const text: TComparisonText = {
  platform: (p) => (p === 'commcare' ? 'CommCare' : 'DHIS2'),
  tier: (_p, t) => t,
  tierLabel: (p) => `${p}: configuration`,
  totalLabel: (p, w) => `${p}: ${w}`,
  budgetLabel: (o) => `Budget, ${o}`,
  status: (s) => ({ open: 'Open', submitted: 'Waiting for review', approved: 'Approved', changes_requested: 'Changes requested', 'not applicable': 'Not applicable', none: 'Open' })[s],
  empty: 'Not answered',
  unknownQuestion: 'A question no longer in the questionnaire',
  unknownCheckpoint: 'A checkpoint no longer in the questionnaire',
  cores: (n) => `${n} cores`,
  gb: (n) => `${n} GB`,
};
const CP = 'commcare.p1.s1.cp-summary';

describe('milestones', () => {
  beforeEach(truncateAll);

  it('freezes the assessment, is audited, and compares with now in words (answers, checkpoints, evidence)', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Draft');
    const saved = await saveMilestone(testDb(), actors.consultant, { assessmentId: id, name: '  Avant le comité  ' });
    expect(saved.name).toBe('Avant le comité');
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { assessmentId: id, action: 'milestone.saved' } });
    expect(audit).toMatchObject({ actorId: actors.consultant.userId, subject: saved.milestoneId, after: { name: 'Avant le comité', answers: 1, evidenceFiles: 0 } });

    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');
    await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
    await decide(actors.planner, id, CP, 'submit');
    await addEvidence(testDb(), actors.planner, { assessmentId: id, checkpointId: 'commcare.p1.s2.cp-sized', fileName: 'contrat.pdf' }, pdfBytes());

    const c = await compareMilestones(testDb(), actors.reviewer, { assessmentId: id, from: saved.milestoneId, to: 'now' }, 'en', text);
    expect(c.from).toMatchObject({ kind: 'milestone', name: 'Avant le comité' });
    expect(c.view.answers.map((a) => [a.before, a.after])).toEqual(expect.arrayContaining([['Draft', 'Ready'], ['Not answered', '2,500 users']]));
    expect(c.view.answers.every((a) => !a.label.startsWith('commcare.'))).toBe(true);
    expect(c.view.checkpoints).toEqual([{ label: expect.not.stringMatching(/^commcare\./), before: 'Open', after: 'Waiting for review' }]);
    expect(c.view.evidence).toEqual([{ checkpoint: expect.any(String), fileName: 'contrat.pdf', change: 'added' }]);

    // The milestone kept its moment: comparing it with itself finds nothing.
    const same = await compareMilestones(testDb(), actors.reviewer, { assessmentId: id, from: saved.milestoneId, to: saved.milestoneId }, 'en', text);
    expect(same.view.isUnchanged).toBe(true);

    // The real PDF says the same, in words.
    const model = buildComparisonModel(
      c.view,
      { locale: 'en', assessmentName: c.assessment.name, country: c.assessment.country, clientName: c.assessment.organizationName, fromName: 'Avant le comité', toName: 'now', generatedOn: '1 December 2026' },
      {
        title: 'Comparison of two moments', subtitle: c.assessment.name, assessment: 'Assessment', country: 'Country', from: 'Earlier', to: 'Later', unchanged: 'Nothing changed.',
        headings: { answers: 'Answers that changed', checkpoints: 'Checkpoints that moved', evidence: 'Evidence files', outputs: 'Sizing and budget' },
        none: { answers: 'No answer changed.', checkpoints: 'No checkpoint moved.', evidence: 'No evidence file.', outputs: 'No output changed.' },
        columns: { question: 'Question', checkpoint: 'Checkpoint', file: 'File', figure: 'Output', before: 'Before', after: 'After', change: 'Change' }, added: 'Added', removed: 'Removed',
      },
    );
    const pages = (await pdfPages(await renderPdf(model))).join('\n');
    expect(pages).toContain('Avant le comité');
    expect(pages).toContain('Waiting for review');
    expect(pages).toContain('contrat.pdf');
    expect(pages).not.toMatch(/commcare\.p1|[0-9a-f]{8}-[0-9a-f]{4}/);

    const list = await listMilestones(testDb(), actors.planner, id);
    expect(list).toMatchObject([{ id: saved.milestoneId, name: 'Avant le comité', createdBy: expect.stringMatching(/^consultant /) }]);
    expect(list[0]!.progress.find((p) => p.phaseNumber === 1)).toMatchObject({ answered: 1, approved: 0 });
  });

  it('is immutable: the database refuses an update or a delete, but the assessment’s deletion takes its milestones along', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    const { milestoneId } = await saveMilestone(testDb(), actors.planner, { assessmentId: id, name: 'Start' });
    await expect(testDb().milestone.update({ where: { id: milestoneId }, data: { name: 'Rewritten' } })).rejects.toThrow(/cannot be changed/);
    await expect(testDb().$executeRaw`UPDATE "Milestone" SET snapshot = '{}'::jsonb WHERE id = ${milestoneId}::uuid`).rejects.toThrow(/cannot be changed/);
    await expect(testDb().milestone.deleteMany({ where: { id: milestoneId } })).rejects.toThrow(/cannot be deleted/);
    expect(await testDb().milestone.findUniqueOrThrow({ where: { id: milestoneId } })).toMatchObject({ name: 'Start' });
    await testDb().assessment.delete({ where: { id } });
    expect(await testDb().milestone.count()).toBe(0);
  });

  it('refuses a reviewer, bad names and anything of another organisation or assessment', async () => {
    const home = await makeOrganization(undefined, 'Home');
    const other = await makeOrganization(undefined, 'Other');
    const { id } = await fixtureAssessment(home.actors.planner);
    const second = await fixtureAssessment(home.actors.planner);
    const { milestoneId } = await saveMilestone(testDb(), home.actors.planner, { assessmentId: id, name: 'Start' });

    expect((await refusal(saveMilestone(testDb(), home.actors.reviewer, { assessmentId: id, name: 'x' }))).status).toBe(403);
    for (const bad of [{ assessmentId: id, name: '   ' }, { assessmentId: id, name: 'x'.repeat(121) }, { assessmentId: id }, { assessmentId: 'nope', name: 'x' }, { assessmentId: id, name: 'x', extra: 1 }]) {
      expect((await refusal(saveMilestone(testDb(), home.actors.planner, bad))).status, JSON.stringify(bad).slice(0, 60)).toBe(422);
    }
    expect((await refusal(saveMilestone(testDb(), other.actors.admin, { assessmentId: id, name: 'Theirs' }))).status).toBe(404);
    expect((await refusal(listMilestones(testDb(), other.actors.admin, id))).status).toBe(404);
    expect((await refusal(compareMilestones(testDb(), other.actors.admin, { assessmentId: id, from: milestoneId }, 'en', text))).status).toBe(404);
    // A milestone of another assessment of the same organisation is not this one's.
    expect((await refusal(compareMilestones(testDb(), home.actors.planner, { assessmentId: second.id, from: milestoneId }, 'en', text))).status).toBe(404);
    expect((await refusal(compareMilestones(testDb(), home.actors.planner, { assessmentId: id, from: 'nope' }, 'en', text))).status).toBe(404);
    expect(await testDb().milestone.count()).toBe(1);
    expect(await testDb().auditEvent.count({ where: { action: 'milestone.saved' } })).toBe(1);
  });
});

describe('portfolio', () => {
  beforeEach(truncateAll);

  it('spans only the organisations the person belongs to, and shows what waits for review', async () => {
    const ministry = await makeOrganization(['planner', 'reviewer', 'consultant'], 'Ministry');
    const ngo = await makeOrganization(['planner', 'admin'], 'NGO');
    const stranger = await makeOrganization(['planner'], 'Stranger');
    const consultant = ministry.actors.consultant;
    // The consultant is also administrator of the NGO.
    await testDb().membership.create({ data: { userId: consultant.userId, organizationId: ngo.organization.id, role: 'admin' } });
    const a = await fixtureAssessment(ministry.actors.planner);
    const ngoAssessment = await fixtureAssessment(ngo.actors.planner);
    await fixtureAssessment(stranger.actors.planner);
    await answer(ministry.actors.planner, a.id, 'commcare.p1.s1.summary', 'Ready');
    await answer(ministry.actors.planner, a.id, 'commcare.p1.s1.users', 2500);
    await decide(ministry.actors.planner, a.id, CP, 'submit');

    const rows = await loadPortfolio(testDb(), consultant, 'en');
    expect(rows.map((r) => r.organizationName).sort()).toEqual([ministry.organization.name, ngo.organization.name].sort());
    expect(rows[0]).toMatchObject({ id: a.id, waiting: { count: 1, oldestDays: 0 }, nextBlocking: { checkpointId: expect.stringMatching(/^commcare\.p1\./), phaseNumber: 1 } });
    expect(rows[0]!.requiredAnswered).toBe(2);
    expect(rows.some((r) => r.organizationName === stranger.organization.name)).toBe(false);

    // The NGO's administrator sees the NGO only, until its assessment is archived; a planner may not open a portfolio.
    expect((await loadPortfolio(testDb(), ngo.actors.admin, 'en')).map((r) => r.organizationName)).toEqual([ngo.organization.name]);
    await archiveAssessment(testDb(), ngo.actors.admin, { assessmentId: ngoAssessment.id });
    expect(await loadPortfolio(testDb(), ngo.actors.admin, 'en')).toEqual([]);
    expect((await loadPortfolio(testDb(), consultant, 'en')).map((r) => r.organizationName)).toEqual([ministry.organization.name]);
    expect((await refusal(loadPortfolio(testDb(), ministry.actors.planner, 'en'))).status).toBe(403);
  });
});
