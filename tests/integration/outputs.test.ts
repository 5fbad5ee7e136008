import { beforeEach, describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { TEMPLATES_DIR } from '@/lib/content/load-templates';
import { syncTemplates } from '@/lib/content/sync-templates';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { OVERLOOKED_LINE_IDS } from '@/lib/domain/budget';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';
import { calculateDhis2Sizing } from '@/lib/domain/dhis2-sizing';
import { HOSTING_OPTIONS } from '@/lib/domain/rate-card';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import { ZDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import type { TActor } from '@/lib/server/actor';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { saveBudgetSettings } from '@/lib/server/outputs/save-budget-settings';
import { removeRateOverride, saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { saveTeam } from '@/lib/server/outputs/save-team';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';

const answer = (actor: TActor, assessmentId: string, questionId: string, value: unknown) => saveAnswer(testDb(), actor, { assessmentId, questionId, value, expectedVersion: 0 });

const SYSTEMS = [
  { name: 'HMIS', kind: 'aggregate', users: 1200, concurrentUsers: 150, dataValuesPerYear: 40_000_000, trackedEntities: null, eventsPerYear: null },
  { name: 'HIV tracker', kind: 'tracker', users: 800, concurrentUsers: null, dataValuesPerYear: null, trackedEntities: 600_000, eventsPerYear: 3_000_000 },
  { name: '', kind: 'tracker', users: 50 },
];
const TEAM = [
  { name: 'Aïcha Ndiaye', role: 'System administrator', engagement: 'in-house' as const, fte: 1, levels: { 'dhis2.postgresql': 3, 'dhis2.ubuntu-linux': 2, 'commcare.deploys': 1 } },
  { name: 'João Silva', role: 'Contractor', engagement: 'contractor' as const, fte: 0.5, levels: { 'dhis2.postgresql': 2 } },
];

async function answeredAssessment() {
  const org = await makeOrganization();
  await syncTemplates(testDb(), TEMPLATES_DIR);
  const { id } = await createAssessment(testDb(), org.actors.planner, { name: 'Santé numérique', country: 'Sénégal', platforms: ['commcare', 'dhis2'] });
  const p = org.actors.planner;
  await answer(p, id, 'commcare.p1.s1-2.mobile-users', 2500);
  await answer(p, id, 'commcare.p1.s1-2.user-growth', [{ date: '2028-01-01', users: 4000 }, { date: '2027-06-01', users: 3000 }]);
  await answer(p, id, 'commcare.p1.s1-2.forms-per-user-month', 80);
  await answer(p, id, 'commcare.p1.s1-2.cases-per-user-month', 10);
  await answer(p, id, 'dhis2.p1.s1-1.systems', SYSTEMS);
  return { ...org, id };
}

describe('assessment outputs: sizing, skills gap and budget from the answers', () => {
  beforeEach(truncateAll);

  it('produces the report of the answers, the saved team and overrides, and lists what is missing with links', async () => {
    const { actors, id } = await answeredAssessment();
    await saveTeam(testDb(), actors.planner, { assessmentId: id, team: TEAM });
    await saveRateOverride(testDb(), actors.consultant, { assessmentId: id, option: 'on-premise', rateKey: 'serverCapex', value: 900_000, reason: 'Quote from a local vendor' });
    await saveRateOverride(testDb(), actors.consultant, { assessmentId: id, option: 'commercial-cloud', rateKey: 'monitoringPerSystemYear', value: 0, reason: 'Included in the cloud plan' });
    const report = await loadOutputs(testDb(), actors.reviewer, id);
    const json = JSON.parse(JSON.stringify(report));

    // The engines get exactly the answers (growth sorted by date, horizon = budget years).
    const cc = ZCommCareSizingInput.parse({ users: 2500, growth: [{ date: '2027-06-01', users: 3000 }, { date: '2028-01-01', users: 4000 }], horizonMonths: 60, formsPerUserPerMonth: 80, casesPerUserPerMonth: 10 });
    expect(json.sizing.commcare).toEqual(JSON.parse(JSON.stringify(calculateCommCareSizing(cc, COMMCARE_SIZING))));
    expect(json.sizing.commcare.tier.tier).toBe('small-cluster');
    const dhis2 = ZDhis2SizingInput.parse({
      years: 5,
      systems: [
        { name: 'HMIS', kind: 'aggregate', users: 1200, concurrentUsers: 150, dataValuesPerYear: 40_000_000 },
        { name: 'HIV tracker', kind: 'tracker', users: 800, trackedEntities: 600_000, eventsPerYear: 3_000_000 },
      ],
    });
    expect(json.sizing.dhis2).toEqual(JSON.parse(JSON.stringify(calculateDhis2Sizing(dhis2, DHIS2_SIZING))));

    // Missing answers: each with its question's label and a link to it, never silently defaulted.
    const missing = Object.fromEntries(json.missing.map((m: { questionId: string }) => [m.questionId, m]));
    expect(missing['commcare.p1.s1-2.attachment-kb-per-form']).toMatchObject({ isBlocking: false, phaseNumber: 1, href: `/assessments/${id}/phases/commcare.p1#q-commcare.p1.s1-2.attachment-kb-per-form` });
    expect(missing['commcare.p1.s1-2.attachment-kb-per-form'].label).toMatch(/attachments/i);
    expect(missing['commcare.p1.s1-2.existing-forms'].effect).toMatch(/default/);
    expect(missing['dhis2.p1.s1-1.systems'].effect).toBe('row 3 is left out of the sizing: it has no name');
    expect(missing['commcare.p1.s1-2.forms-per-user-month']).toBeUndefined();

    // Skills: the saved team, against the tier the sizing found.
    expect(json.skills.team.map((m: { name: string }) => m.name)).toEqual(['Aïcha Ndiaye', 'João Silva']);
    expect(json.skills.scale.commcare.tier).toBe('small-cluster');
    const pg = json.skills.skills.find((s: { skillId: string }) => s.skillId === 'dhis2.postgresql');
    expect(pg).toMatchObject({ bestAvailable: 3, levels: [{ member: 'Aïcha Ndiaye', level: 3 }, { member: 'João Silva', level: 2 }] });
    expect(json.budgetInputs.fteNeeded).toBe(json.skills.fte.needed);

    // Budget: every option, every overlooked line, the overrides applied with their reasons.
    expect(json.budget.options.map((o: { option: string }) => o.option)).toEqual([...HOSTING_OPTIONS]);
    for (const option of json.budget.options) {
      expect(option.lines.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(OVERLOOKED_LINE_IDS));
      expect(option.totalsPerYear).toHaveLength(5);
      expect(option.grandTotal).toBe(option.lines.reduce((t: number, l: { total: number }) => t + l.total, 0));
    }
    const onPrem = json.budget.options.find((o: { option: string }) => o.option === 'on-premise');
    // Reasons come as message keys with their figures; in English they read as before.
    expect(reasonSayer('en')(onPrem.lines.find((l: { id: string }) => l.id === 'compute.production').reason)).toMatch(/USD 9,000/);
    const cloudMonitoring = json.budget.options.find((o: { option: string }) => o.option === 'commercial-cloud').lines.find((l: { id: string }) => l.id === 'monitoring');
    expect(cloudMonitoring).toMatchObject({ total: 0, reason: { key: 'budget.zeroedByUser', params: { why: 'Included in the cloud plan', rate: { key: 'budget.rateName', params: { key: 'monitoringPerSystemYear' } } } } });
    expect(reasonSayer('en')(cloudMonitoring.reason)).toBe('set to zero by user: Included in the cloud plan (monitoring per system per year)');
    expect(json.overrides['on-premise'].serverCapex).toEqual({ value: 900_000, reason: 'Quote from a local vendor' });
  });

  it('audits the team, settings and overrides, and refuses a zero without a reason', async () => {
    const { actors, id } = await answeredAssessment();
    await saveTeam(testDb(), actors.planner, { assessmentId: id, team: TEAM });
    await saveTeam(testDb(), actors.planner, { assessmentId: id, team: TEAM.slice(0, 1) });
    expect(await testDb().teamMember.count({ where: { assessmentId: id } })).toBe(1);

    const zero = await refusal(saveRateOverride(testDb(), actors.consultant, { assessmentId: id, option: 'saas', rateKey: 'labourDayRate', value: 0 }));
    expect(zero.status).toBe(422);
    expect(zero.details).toEqual({ reason: ['Setting a figure to zero needs a reason.'] });
    await saveRateOverride(testDb(), actors.consultant, { assessmentId: id, option: 'saas', rateKey: 'labourDayRate', value: 30_000 });
    await saveRateOverride(testDb(), actors.consultant, { assessmentId: id, option: 'saas', rateKey: 'labourDayRate', value: 35_000, reason: 'Updated quote' });
    await removeRateOverride(testDb(), actors.consultant, { assessmentId: id, option: 'saas', rateKey: 'labourDayRate' });
    expect(await testDb().rateOverride.count()).toBe(0);

    await saveBudgetSettings(testDb(), actors.consultant, { assessmentId: id, years: 3, currency: { code: 'XOF', exchangeRate: 600, minorDigits: 0 }, expectedVersion: 0 });
    const stale = await refusal(saveBudgetSettings(testDb(), actors.planner, { assessmentId: id, years: 4, currency: { code: 'XOF', exchangeRate: 600, minorDigits: 0 }, expectedVersion: 0 }));
    expect(stale.status).toBe(409);
    const report = await loadOutputs(testDb(), actors.planner, id);
    expect(report.budget!.years).toBe(3);
    expect(report.budget!.currency.code).toBe('XOF');
    expect(report.budget!.options[0].totalsPerYear).toHaveLength(3);

    const audit = await testDb().auditEvent.findMany({ where: { assessmentId: id, action: { in: ['team.saved', 'rate.overridden', 'rate.override-removed', 'budget.settings-changed'] } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['team.saved', 'team.saved', 'rate.overridden', 'rate.overridden', 'rate.override-removed', 'budget.settings-changed']);
    expect(audit[3]).toMatchObject({ subject: 'saas.labourDayRate', before: { value: 30_000, reason: null }, after: { value: 35_000, reason: 'Updated quote' } });
    expect((audit[1].before as unknown[]).length).toBe(2);
  });

  it('keeps other organisations and read-only roles out, and changes nothing when refused', async () => {
    const { actors, id } = await answeredAssessment();
    const other = await makeOrganization(['planner', 'consultant'], 'Other');
    expect((await refusal(loadOutputs(testDb(), other.actors.planner, id))).status).toBe(404);
    expect((await refusal(saveTeam(testDb(), other.actors.planner, { assessmentId: id, team: TEAM }))).status).toBe(404);
    expect((await refusal(saveRateOverride(testDb(), other.actors.consultant, { assessmentId: id, option: 'saas', rateKey: 'labourDayRate', value: 1 }))).status).toBe(404);
    expect((await refusal(saveTeam(testDb(), actors.reviewer, { assessmentId: id, team: TEAM }))).status).toBe(403);
    expect((await refusal(loadOutputs(testDb(), actors.planner, 'not-a-uuid'))).status).toBe(404);
    const unknownSkill = await refusal(saveTeam(testDb(), actors.planner, { assessmentId: id, team: [{ ...TEAM[0], levels: { 'made.up': 2 } }] }));
    expect(unknownSkill.message).toBe('Unknown skill: made.up.');
    expect(await testDb().teamMember.count()).toBe(0);
    expect(await testDb().rateOverride.count()).toBe(0);
  });

  it('reports what blocks an output instead of guessing it', async () => {
    const { actors } = await makeOrganization();
    await syncTemplates(testDb(), TEMPLATES_DIR);
    const { id } = await createAssessment(testDb(), actors.planner, { name: 'Vide', country: 'Mali', platforms: ['commcare'] });
    const report = await loadOutputs(testDb(), actors.planner, id);
    expect(report.sizing.commcare).toBeUndefined();
    expect(report.budget).toBeUndefined();
    expect(report.missing.filter((m) => m.isBlocking).map((m) => m.questionId)).toEqual(['commcare.p1.s1-2.mobile-users']);
  });
});
