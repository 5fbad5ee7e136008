import { beforeEach, describe, expect, it } from 'vitest';
import { archiveAssessment, restoreAssessment } from '@/lib/server/assessments/archive-assessment';
import { deleteAssessment } from '@/lib/server/assessments/delete-assessment';
import { listReviewQueue } from '@/lib/server/assessments/review-queue';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { reviewerOverview } from '@/lib/server/assessments/reviewer-overview';
import { listAssessments } from '@/lib/server/list-assessments';
import { listOrganizationAudit } from '@/lib/server/organization-audit';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { answer, decide, fixtureAssessment, signOffPhase1 } from './assessment-fixture';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('archiving, restoring and deleting an assessment', () => {
  beforeEach(truncateAll);

  it('an archived assessment leaves the list and the review queue, stays readable, and comes back when restored; both audited', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');
    await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
    await decide(actors.planner, id, 'commcare.p1.s1.cp-summary', 'submit');
    expect(ids(await listAssessments(testDb(), actors.reviewer))).toEqual([id]);
    expect((await listReviewQueue(testDb(), actors.reviewer)).map((q) => q.assessmentId)).toEqual([id]);

    await archiveAssessment(testDb(), actors.admin, { assessmentId: id });
    expect(await listAssessments(testDb(), actors.reviewer)).toEqual([]);
    expect(ids(await listAssessments(testDb(), actors.reviewer, { archived: true }))).toEqual([id]);
    expect(await listReviewQueue(testDb(), actors.reviewer)).toEqual([]);
    await expect(loadAssessmentPage(testDb(), actors.planner, id)).resolves.toMatchObject({ name: 'Évaluation' });
    expect((await refusal(archiveAssessment(testDb(), actors.admin, { assessmentId: id }))).status).toBe(409);

    await restoreAssessment(testDb(), actors.admin, { assessmentId: id });
    expect(ids(await listAssessments(testDb(), actors.reviewer))).toEqual([id]);
    expect(await listAssessments(testDb(), actors.reviewer, { archived: true })).toEqual([]);
    expect(await listReviewQueue(testDb(), actors.reviewer)).toHaveLength(1);

    const audit = await testDb().auditEvent.findMany({ where: { assessmentId: id, action: { startsWith: 'assessment.' } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId, a.subject])).toEqual([
      ['assessment.created', actors.planner.userId, null],
      ['assessment.archived', actors.admin.userId, 'Évaluation'],
      ['assessment.restored', actors.admin.userId, 'Évaluation'],
    ]);
  });

  it('only administrators archive, restore and delete; another organisation gets "not found" and changes nothing', async () => {
    const home = await makeOrganization();
    const other = await makeOrganization(['admin'], 'Other');
    const { id } = await fixtureAssessment(home.actors.planner);
    for (const role of ['planner', 'reviewer', 'consultant'] as const) {
      expect((await refusal(archiveAssessment(testDb(), home.actors[role], { assessmentId: id }))).status).toBe(403);
      expect((await refusal(deleteAssessment(testDb(), home.actors[role], { assessmentId: id, confirmName: 'Évaluation' }))).status).toBe(403);
    }
    expect((await refusal(archiveAssessment(testDb(), other.actors.admin, { assessmentId: id }))).status).toBe(404);
    expect((await refusal(deleteAssessment(testDb(), other.actors.admin, { assessmentId: id, confirmName: 'Évaluation' }))).status).toBe(404);
    expect(await testDb().assessment.findUnique({ where: { id } })).toMatchObject({ archivedAt: null });
  });

  it('deleting needs the typed name, removes every row of the assessment, and the organisation’s audit keeps a record of it', async () => {
    const { actors, organization } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    await signOffPhase1(actors.planner, actors.reviewer, id);
    await archiveAssessment(testDb(), actors.admin, { assessmentId: id });

    const wrong = await refusal(deleteAssessment(testDb(), actors.admin, { assessmentId: id, confirmName: 'evaluation' }));
    expect(wrong.status).toBe(422);
    expect(wrong.message).toBe('The name you typed is not this assessment’s name.');
    expect(await testDb().assessment.count({ where: { id } })).toBe(1);

    await deleteAssessment(testDb(), actors.admin, { assessmentId: id, confirmName: '  Évaluation ' });
    const prisma = testDb();
    expect(await prisma.assessment.count({ where: { id } })).toBe(0);
    expect(await prisma.answer.count({ where: { assessmentId: id } })).toBe(0);
    expect(await prisma.checkpointState.count({ where: { assessmentId: id } })).toBe(0);
    expect(await prisma.assessmentTemplate.count({ where: { assessmentId: id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { assessmentId: id } })).toBe(0);
    const record = await prisma.auditEvent.findFirstOrThrow({ where: { organizationId: organization.id, action: 'assessment.deleted' } });
    expect(record).toMatchObject({ actorId: actors.admin.userId, assessmentId: null, subject: 'Évaluation', before: { name: 'Évaluation', country: "Côte d'Ivoire", platforms: ['commcare'], answers: 3, wasArchived: true } });

    // The organisation's audit page says it in words.
    const page = await listOrganizationAudit(prisma, actors.admin);
    const adminName = (await prisma.user.findUniqueOrThrow({ where: { id: actors.admin.userId } })).name;
    expect(page.events[0]).toMatchObject({ kind: 'Assessment deleted', subject: 'Évaluation', actorName: adminName, assessmentName: null });
    expect(page.events[0].before).toEqual({ kind: 'text', text: "Country: Côte d'Ivoire. CommCare. 3 answers. Archived" });
  });
});

describe('the organisation audit page', () => {
  beforeEach(truncateAll);

  it('lists every assessment’s events and the members’ in words, filtered by person, kind and assessment, and pages', async () => {
    const { actors } = await makeOrganization();
    const other = await makeOrganization(['admin'], 'Other');
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');
    await fixtureAssessment(other.actors.admin);
    await testDb().auditEvent.create({ data: { organizationId: actors.admin.organizationId, actorId: actors.admin.userId, action: 'member.role-changed', subject: actors.planner.userId, before: { role: 'planner' }, after: { role: 'reviewer' } } });

    const all = await listOrganizationAudit(testDb(), actors.admin);
    expect(all.total).toBe(3);
    expect(all.events.map((e) => e.kind)).toEqual(['Role changed', 'Answer changed', 'Assessment created']);
    expect(all.events[1]).toMatchObject({ subject: 'Summary', assessmentName: 'Évaluation', after: { kind: 'text', text: 'Ready' } });
    expect(all.filters.assessments.map((a) => a.label)).toEqual(['Évaluation']);
    expect(all.filters.kinds.map((k) => k.label)).toEqual(['Answer changed', 'Assessment created', 'Role changed']);

    expect((await listOrganizationAudit(testDb(), actors.admin, { page: 1, person: actors.admin.userId })).events.map((e) => e.kind)).toEqual(['Role changed']);
    expect((await listOrganizationAudit(testDb(), actors.admin, { page: 1, kind: 'answer.changed' })).total).toBe(1);
    expect((await listOrganizationAudit(testDb(), actors.admin, { page: 1, assessment: id })).total).toBe(2);

    for (let i = 0; i < 30; i++) await testDb().auditEvent.create({ data: { organizationId: actors.admin.organizationId, actorId: actors.admin.userId, action: 'token.created', subject: `Script ${i}` } });
    const second = await listOrganizationAudit(testDb(), actors.admin, { page: 2 });
    expect([second.page, second.pageCount, second.events.length]).toEqual([2, 2, 8]);
    expect((await listOrganizationAudit(testDb(), actors.admin, { page: 99 })).page).toBe(2);

    for (const role of ['planner', 'reviewer', 'consultant'] as const) expect((await refusal(listOrganizationAudit(testDb(), actors[role]))).status).toBe(403);
  });
});

describe('the reviewer’s empty queue', () => {
  beforeEach(truncateAll);

  it('shows their recent decisions and the assessments they follow, without archived ones or another organisation’s', async () => {
    const { actors } = await makeOrganization();
    const other = await makeOrganization(['planner', 'reviewer'], 'Other');
    const { id } = await fixtureAssessment(actors.planner);
    await signOffPhase1(actors.planner, actors.reviewer, id);
    await fixtureAssessment(other.actors.planner);
    expect(await listReviewQueue(testDb(), actors.reviewer)).toEqual([]);

    const overview = await reviewerOverview(testDb(), actors.reviewer);
    expect(overview.decisions.map((d) => [d.decision, d.checkpointLabel, d.assessmentName])).toEqual([
      ['approved', 'The system is sized.', 'Évaluation'],
      ['approved', 'The summary is written.', 'Évaluation'],
    ]);
    expect(overview.decisions[0].href).toBe(`/assessments/${id}/phases/commcare.p1`);
    expect(overview.followed.map((f) => [f.name, f.reason])).toEqual([['Évaluation', 'reviewed']]);

    await archiveAssessment(testDb(), actors.admin, { assessmentId: id });
    expect(await reviewerOverview(testDb(), actors.reviewer)).toEqual({ decisions: [], followed: [] });
    expect((await refusal(reviewerOverview(testDb(), actors.planner))).status).toBe(403);
  });
});
