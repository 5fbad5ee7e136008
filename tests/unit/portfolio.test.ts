import { describe, expect, it } from 'vitest';
import { ZTemplate, type TTemplate } from '@/lib/content/template-schema';
import { rankPortfolio, summarizeAssessment, type TPortfolioAssessmentInput, type TPortfolioRow } from '@/lib/domain/portfolio';
import fixture from '../fixtures/templates/commcare.json';

const template: TTemplate = ZTemplate.parse(fixture);
const NOW = new Date('2027-03-10T12:00:00Z');
const base: TPortfolioAssessmentInput = {
  id: 'a1',
  name: 'Évaluation',
  country: 'Bénin',
  organizationId: 'o1',
  organizationName: 'Ministère',
  tracks: [{ platform: 'commcare', template }],
  statuses: {},
  values: {},
  submittedAt: {},
};
const requiredIds = template.phases.flatMap((p) => p.sections.flatMap((s) => s.questions.filter((q) => q.required).map((q) => q.id)));
const phase1Checkpoints = template.phases[0]!.sections.flatMap((s) => s.checkpoints.map((c) => c.id));

describe('summarizeAssessment', () => {
  it('an untouched assessment: phase 1 reached, nothing answered, nothing waiting, phase 1’s first checkpoint next', () => {
    const row = summarizeAssessment(base, NOW);
    expect(row.platforms).toEqual([{ platform: 'commcare', title: template.title, phases: template.phases.length, reached: { id: template.phases[0]!.id, number: 1, title: template.phases[0]!.title } }]);
    expect(row).toMatchObject({ requiredAnswered: 0, requiredTotal: requiredIds.length, percentAnswered: 0, waiting: { count: 0, oldestSubmittedAt: null, oldestDays: null } });
    expect(row.nextBlocking).toMatchObject({ checkpointId: phase1Checkpoints[0], phaseNumber: 1, status: 'open' });
  });

  it('counts checkpoints waiting for review and the oldest wait in whole days', () => {
    const row = summarizeAssessment(
      { ...base, statuses: Object.fromEntries(phase1Checkpoints.map((id) => [id, { status: 'submitted' as const, notApplicable: false }])), submittedAt: { [phase1Checkpoints[0]!]: new Date('2027-03-07T13:00:00Z'), [phase1Checkpoints[1]!]: new Date('2027-03-10T08:00:00Z') } },
      NOW,
    );
    expect(row.waiting).toEqual({ count: 2, oldestSubmittedAt: new Date('2027-03-07T13:00:00Z'), oldestDays: 2 });
    expect(row.nextBlocking?.status).toBe('submitted');
  });

  it('phase 2 is reached once phase 1 is approved; percent rounds down', () => {
    const statuses = Object.fromEntries(phase1Checkpoints.map((id) => [id, { status: 'approved' as const, notApplicable: false }]));
    const values = Object.fromEntries(requiredIds.slice(0, requiredIds.length - 1).map((id) => [id, 'x']));
    const row = summarizeAssessment({ ...base, statuses, values }, NOW);
    expect(row.platforms[0]!.reached?.number).toBe(2);
    expect(row.nextBlocking?.phaseNumber).toBe(2);
    expect(row.percentAnswered).toBeLessThan(100);
  });

  it('every checkpoint approved: every phase signed off, nothing holds it up', () => {
    const all = template.phases.flatMap((p) => p.sections.flatMap((s) => s.checkpoints.map((c) => c.id)));
    const row = summarizeAssessment({ ...base, statuses: Object.fromEntries(all.map((id) => [id, { status: 'approved' as const, notApplicable: false }])) }, NOW);
    expect(row.platforms[0]!.reached).toBeNull();
    expect(row.nextBlocking).toBeNull();
  });
});

describe('rankPortfolio', () => {
  const row = (name: string, patch: Partial<TPortfolioRow>): TPortfolioRow => ({ ...summarizeAssessment({ ...base, id: name, name }, NOW), ...patch });
  const waiting = (iso: string) => ({ count: 1, oldestSubmittedAt: new Date(iso), oldestDays: 1 });
  it.each<[string, TPortfolioRow[], string[]]>([
    ['waiting longest first', [row('b', { waiting: waiting('2027-03-09') }), row('a', { waiting: waiting('2027-03-01') })], ['a', 'b']],
    ['anything waiting before nothing waiting', [row('none', { percentAnswered: 0 }), row('w', { waiting: waiting('2027-03-09'), percentAnswered: 90 })], ['w', 'none']],
    ['sent back for changes before merely open', [row('open', {}), row('back', { nextBlocking: { platformTitle: 'C', checkpointId: 'x', label: 'x', phaseId: 'p', phaseNumber: 1, status: 'changes_requested' } })], ['back', 'open']],
    ['then the least answered', [row('most', { percentAnswered: 80 }), row('least', { percentAnswered: 10 })], ['least', 'most']],
    ['then by organisation and name', [row('b', { organizationName: 'B' }), row('z', { organizationName: 'A' }), row('a', { organizationName: 'B' })], ['z', 'a', 'b']],
  ])('%s', (_name, rows, expected) => {
    expect(rankPortfolio(rows).map((r) => r.name)).toEqual(expected);
  });
});
