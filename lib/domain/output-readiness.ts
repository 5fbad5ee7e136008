import type { TMissingAnswer } from './assessment-outputs';

/**
 * Which inputs each output needs before its figures are more than provisional, and how ready an
 * output is now. Pure. An output is:
 * - `complete` when every input it needs is given;
 * - `provisional` when it has figures but some input is missing or defaulted (the page lists what is
 *   missing first and marks the figures as provisional);
 * - `unavailable` when it has no figures at all (every sized platform lacks a blocking answer).
 */
export type TOutputKind = 'sizing' | 'skills' | 'budget' | 'report';
export type TRequirement = 'sizing-answers' | 'team' | 'budget-settings';
export type TReadinessState = 'complete' | 'provisional' | 'unavailable';

export const OUTPUT_REQUIREMENTS: Record<TOutputKind, readonly TRequirement[]> = {
  /** The phase-1 answers the sizing engines read (users, volumes, DHIS2 systems). */
  sizing: ['sizing-answers'],
  /** The skills gap compares the recorded team with what the sizing calls for. */
  skills: ['sizing-answers', 'team'],
  /** The budget costs the sizing over the chosen horizon, in the chosen currency. */
  budget: ['sizing-answers', 'budget-settings'],
  /** The report carries all three. */
  report: ['sizing-answers', 'team', 'budget-settings'],
};

export type TReadinessInput = {
  missing: readonly TMissingAnswer[];
  /** People recorded in the team (skills-gap input). */
  teamSize: number;
  /** Whether the budget's horizon and currency were saved (otherwise 5 years in US dollars is assumed). */
  hasBudgetSettings: boolean;
  /** Whether at least one platform could be sized (no output has figures otherwise). */
  hasSizing: boolean;
};

export type TOutputReadiness = {
  state: TReadinessState;
  missingAnswers: TMissingAnswer[];
  needsTeam: boolean;
  needsBudgetSettings: boolean;
};

export function outputReadiness(output: TOutputKind, input: TReadinessInput): TOutputReadiness {
  const needs = new Set(OUTPUT_REQUIREMENTS[output]);
  const missingAnswers = needs.has('sizing-answers') ? [...input.missing] : [];
  const needsTeam = needs.has('team') && input.teamSize === 0;
  const needsBudgetSettings = needs.has('budget-settings') && !input.hasBudgetSettings;
  const state: TReadinessState = !input.hasSizing ? 'unavailable' : missingAnswers.length || needsTeam || needsBudgetSettings ? 'provisional' : 'complete';
  return { state, missingAnswers, needsTeam, needsBudgetSettings };
}
