import { beforeEach, describe, expect, it } from 'vitest';
import { syncTemplates } from '@/lib/content/sync-templates';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { listAuditTrail, AUDIT_PAGE_SIZE } from '@/lib/server/assessments/audit-trail';
import { listReviewQueue } from '@/lib/server/assessments/review-queue';
import { saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { answer, decide } from './assessment-fixture';

/** The real questionnaires: evidence of only empty rows, the review queue and the audit trail in words. */
describe('plain language against the real questionnaires', () => {
  beforeEach(truncateAll);

  async function commcareAssessment() {
    const { actors } = await makeOrganization();
    await syncTemplates(testDb());
    const { id } = await createAssessment(testDb(), actors.planner, { name: 'Évaluation', country: 'Sénégal', platforms: ['commcare'] });
    await answer(actors.planner, id, 'commcare.p1.s1-1.architecture-diagram', 'https://wiki.example.org/a');
    return { actors, id };
  }

  it('refuses a live submission whose cited table holds only empty rows, and accepts it once a row is filled in', async () => {
    const { actors, id } = await commcareAssessment();
    await answer(actors.planner, id, 'commcare.p1.s1-1.environments', [{ name: null, purpose: null, url: null }, { name: '  ' }]);
    const error = await refusal(decide(actors.planner, id, 'commcare.p1.s1-1.cp-architecture', 'submit'));
    expect(error.message).toMatch(/fill in or remove empty table rows/);
    expect(await testDb().checkpointState.count({ where: { status: 'submitted' } })).toBe(0);

    await answer(actors.planner, id, 'commcare.p1.s1-1.environments', [{ name: null }, { name: 'Production', url: 'https://hq.example.org' }]);
    await decide(actors.planner, id, 'commcare.p1.s1-1.cp-architecture', 'submit');
    const [item] = await listReviewQueue(testDb(), actors.reviewer);
    expect(item.evidence.map((e) => e.view)).toEqual([
      { kind: 'text', text: 'https://wiki.example.org/a' },
      { kind: 'table', columns: expect.any(Array), rows: [['Production', '', 'https://hq.example.org']] },
      { kind: 'empty' },
    ]);
  });

  it('pages the audit trail, filters it by person, kind and phase, and answers "not found" to another organisation', async () => {
    const { actors, id } = await commcareAssessment();
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) await answer(actors.admin, id, 'commcare.p1.s1-1.app-list', `Application ${i}`);
    const first = await listAuditTrail(testDb(), actors.reviewer, id, { page: 1 });
    expect([first.total, first.pageCount, first.events.length]).toEqual([AUDIT_PAGE_SIZE + 5, 2, AUDIT_PAGE_SIZE]);
    expect(first.events[0]).toMatchObject({ actorName: expect.any(String), kind: 'Answer changed', before: { kind: 'text', text: `Application ${AUDIT_PAGE_SIZE + 1}` }, after: { kind: 'text', text: `Application ${AUDIT_PAGE_SIZE + 2}` } });
    expect(first.events[0].subject).not.toMatch(/commcare\./);
    const second = await listAuditTrail(testDb(), actors.reviewer, id, { page: 99 });
    expect([second.page, second.events.length]).toEqual([2, 5]);
    expect(second.events.at(-1)).toMatchObject({ kind: 'Assessment created', subject: 'Évaluation' });

    const byPlanner = await listAuditTrail(testDb(), actors.reviewer, id, { page: 1, person: actors.planner.userId });
    expect(byPlanner.total).toBe(2);
    const created = await listAuditTrail(testDb(), actors.reviewer, id, { page: 1, kind: 'assessment.created' });
    expect(created.total).toBe(1);
    const phase2 = await listAuditTrail(testDb(), actors.reviewer, id, { page: 1, phase: 'commcare.p2' });
    expect(phase2.total).toBe(0);
    expect(first.filters.phases.map((p) => p.label)[0]).toMatch(/^CommCare phase 1: /);
    expect(first.filters.kinds.map((k) => k.label)).toEqual(['Answer changed', 'Assessment created']);

    const other = await makeOrganization(['admin'], 'Other');
    expect((await refusal(listAuditTrail(testDb(), other.actors.admin, id, { page: 1 }))).status).toBe(404);
  });

  it('names a rate, its hosting option and its value in the reader’s language in the audit trail', async () => {
    const { actors, id } = await commcareAssessment();
    await saveRateOverride(testDb(), actors.consultant, { assessmentId: id, option: 'on-premise', rateKey: 'hardwareRefreshYears', value: 4, reason: 'Devis local' });
    const rate = async (locale: 'en' | 'fr' | 'pt') => (await listAuditTrail(testDb(), actors.reviewer, id, { page: 1, kind: 'rate.overridden' }, locale)).events[0];
    expect(await rate('en')).toMatchObject({ subject: 'Years before hardware is replaced, On-premise (ministry server room)', after: { kind: 'text', text: '4 years. Reason: Devis local' } });
    expect(await rate('fr')).toMatchObject({ subject: 'Années avant le remplacement du matériel, Sur site (salle des serveurs du ministère)', after: { kind: 'text', text: expect.stringMatching(/^4 ans\. /) } });
    expect((await rate('pt')).subject).toBe('Anos até à substituição do hardware, Nas instalações (sala de servidores do ministério)');
  });
});
