import { describe, expect, it } from 'vitest';
import type { TMissingAnswer } from '@/lib/domain/assessment-outputs';
import { OUTPUT_REQUIREMENTS, outputReadiness, type TOutputKind, type TReadinessInput } from '@/lib/domain/output-readiness';

const defaulted: TMissingAnswer = { platform: 'commcare', questionId: 'commcare.p1.s1-2.forms-per-user-month', effect: 'default used', why: { key: 'missingInput.defaulted' }, isBlocking: false };
const blocking: TMissingAnswer = { platform: 'dhis2', questionId: 'dhis2.p1.s1-1.systems', effect: 'no DHIS2 sizing', why: { key: 'missingInput.dhis2NoSystem' }, isBlocking: true };
const ready: TReadinessInput = { missing: [], teamSize: 3, hasBudgetSettings: true, hasSizing: true };

describe('outputReadiness: which inputs each output needs', () => {
  it('names the requirements of every output', () => {
    expect(OUTPUT_REQUIREMENTS).toEqual({
      sizing: ['sizing-answers'],
      skills: ['sizing-answers', 'team'],
      budget: ['sizing-answers', 'budget-settings'],
      report: ['sizing-answers', 'team', 'budget-settings'],
    });
  });

  it.each<[string, TOutputKind, Partial<TReadinessInput>, { state: string; answers: number; team: boolean; settings: boolean }]>([
    ['everything given: sizing complete', 'sizing', {}, { state: 'complete', answers: 0, team: false, settings: false }],
    ['everything given: report complete', 'report', {}, { state: 'complete', answers: 0, team: false, settings: false }],
    ['a defaulted answer makes the sizing provisional', 'sizing', { missing: [defaulted] }, { state: 'provisional', answers: 1, team: false, settings: false }],
    ['a defaulted answer makes the budget provisional too', 'budget', { missing: [defaulted] }, { state: 'provisional', answers: 1, team: false, settings: false }],
    ['one platform blocked, the other sized: provisional', 'sizing', { missing: [blocking] }, { state: 'provisional', answers: 1, team: false, settings: false }],
    ['nothing sized: unavailable', 'sizing', { missing: [blocking], hasSizing: false }, { state: 'unavailable', answers: 1, team: false, settings: false }],
    ['no team: the sizing does not care', 'sizing', { teamSize: 0 }, { state: 'complete', answers: 0, team: false, settings: false }],
    ['no team: the skills gap is provisional', 'skills', { teamSize: 0 }, { state: 'provisional', answers: 0, team: true, settings: false }],
    ['no team: the budget does not need one', 'budget', { teamSize: 0 }, { state: 'complete', answers: 0, team: false, settings: false }],
    ['no budget settings: the budget is provisional', 'budget', { hasBudgetSettings: false }, { state: 'provisional', answers: 0, team: false, settings: true }],
    ['no budget settings: the skills gap does not care', 'skills', { hasBudgetSettings: false }, { state: 'complete', answers: 0, team: false, settings: false }],
    ['the report needs all three', 'report', { missing: [defaulted], teamSize: 0, hasBudgetSettings: false }, { state: 'provisional', answers: 1, team: true, settings: true }],
  ])('%s', (_name, output, overrides, expected) => {
    const r = outputReadiness(output, { ...ready, ...overrides });
    expect({ state: r.state, answers: r.missingAnswers.length, team: r.needsTeam, settings: r.needsBudgetSettings }).toEqual(expected);
  });
});
