import { z } from 'zod';
import { CHECKPOINT_STATUSES } from './checkpoint-machine';
import type { TMilestoneSnapshot } from './milestone-diff';

/**
 * What a milestone stores (the `snapshot` column): the assessment frozen at a moment. Answers and
 * checkpoint states by id, the evidence list, the pinned questionnaire versions (so labels are read
 * from the questionnaire as it was), the outputs as keys and numbers (tiers, sizing totals, budget
 * per hosting option) and the progress of every phase. Words are added only when it is read, in the
 * reader's language (`toDiffInput`). Parsed with zod whenever it is read back. Pure.
 */

const ZStatus = z.enum(CHECKPOINT_STATUSES);

export const ZFrozenAssessment = z.object({
  version: z.literal(1),
  tracks: z.array(z.object({ platform: z.string(), templateVersionId: z.string() })),
  answers: z.record(z.string(), z.unknown()),
  checkpoints: z.record(z.string(), z.object({ status: ZStatus, notApplicable: z.boolean() })),
  evidence: z.array(z.object({ checkpointId: z.string(), fileName: z.string(), sha256: z.string(), size: z.number() })),
  progress: z.array(
    z.object({ platform: z.string(), phaseId: z.string(), phaseNumber: z.number().int(), answered: z.number().int(), required: z.number().int(), approved: z.number().int(), checkpoints: z.number().int() }),
  ),
  outputs: z.object({
    /** commcare: the configuration tier; dhis2: one per system, by its name. */
    tiers: z.array(z.object({ platform: z.enum(['commcare', 'dhis2']), system: z.string().optional(), tier: z.string() })),
    /** Production cores, RAM and storage of each platform (DHIS2: all systems together). */
    totals: z.array(z.object({ platform: z.enum(['commcare', 'dhis2']), cores: z.number(), ramGb: z.number(), storageGb: z.number() })),
    budget: z
      .object({ years: z.number().int(), currency: z.object({ code: z.string(), minorDigits: z.number().int() }), options: z.array(z.object({ option: z.string(), grandTotal: z.number() })) })
      .nullable(),
  }),
});
export type TFrozenAssessment = z.infer<typeof ZFrozenAssessment>;

/** The parts of the outputs a milestone keeps (a structural subset of TAssessmentOutputs). */
export type TOutputsToFreeze = {
  sizing: {
    commcare?: { tier: { tier: string }; footprint: TFootprintLike };
    dhis2?: { systems: { name: string; tier: { tier: string } }[]; footprints: TFootprintLike[] };
  };
  budget?: { years: number; currency: { code: string; minorDigits: number }; options: { option: string; grandTotal: number }[] };
};
type TFootprintLike = { environments: { kind: string; cores: number; ramGb: number; storageGb: number }[] };

const round1 = (n: number) => Math.round(n * 10) / 10;
function production(footprints: TFootprintLike[]) {
  const envs = footprints.flatMap((f) => f.environments.filter((e) => e.kind === 'production'));
  const sum = (k: 'cores' | 'ramGb' | 'storageGb') => round1(envs.reduce((t, e) => t + e[k], 0));
  return { cores: sum('cores'), ramGb: sum('ramGb'), storageGb: sum('storageGb') };
}

/** The outputs as a milestone keeps them: tiers, production totals and each option's grand total. */
export function freezeOutputs(outputs: TOutputsToFreeze): TFrozenAssessment['outputs'] {
  const { commcare, dhis2 } = outputs.sizing;
  return {
    tiers: [...(commcare ? [{ platform: 'commcare' as const, tier: commcare.tier.tier }] : []), ...(dhis2?.systems ?? []).map((s) => ({ platform: 'dhis2' as const, system: s.name, tier: s.tier.tier }))],
    totals: [...(commcare ? [{ platform: 'commcare' as const, ...production([commcare.footprint]) }] : []), ...(dhis2 && dhis2.footprints.length ? [{ platform: 'dhis2' as const, ...production(dhis2.footprints) }] : [])],
    budget: outputs.budget
      ? { years: outputs.budget.years, currency: { code: outputs.budget.currency.code, minorDigits: outputs.budget.currency.minorDigits }, options: outputs.budget.options.map((o) => ({ option: o.option, grandTotal: o.grandTotal })) }
      : null,
  };
}

/** The words a reader sees for the outputs' keys, in their language (the page or document passes them in). */
export type TSnapshotWords = {
  platform: (platform: 'commcare' | 'dhis2') => string;
  tier: (platform: 'commcare' | 'dhis2', tier: string) => string;
  tierLabel: (platformName: string, system?: string) => string;
  totalLabel: (platformName: string, what: 'cores' | 'ramGb' | 'storageGb') => string;
  budgetLabel: (option: string, years: number, currencyCode: string) => string;
};

/** The frozen assessment as the diff reads it, labelled with the reader's words. */
export function toDiffInput(frozen: TFrozenAssessment, words: TSnapshotWords): TMilestoneSnapshot {
  const labels: TMilestoneSnapshot['labels'] = {};
  for (const t of frozen.outputs.tiers) {
    labels[`tier.${t.platform}${t.system ? `.${t.system}` : ''}`] = { label: words.tierLabel(words.platform(t.platform), t.system), value: words.tier(t.platform, t.tier) };
  }
  const figures: TMilestoneSnapshot['figures'] = {};
  for (const t of frozen.outputs.totals) {
    for (const what of ['cores', 'ramGb', 'storageGb'] as const) {
      figures[`sizing.${t.platform}.${what}`] = { label: words.totalLabel(words.platform(t.platform), what), value: t[what], unit: what === 'cores' ? 'cores' : 'gb' };
    }
  }
  const budget = frozen.outputs.budget;
  // Keyed by currency and horizon too: totals in different currencies or years are not compared as a delta.
  for (const o of budget?.options ?? []) {
    figures[`budget.${o.option}.${budget!.currency.code}.${budget!.years}`] = { label: words.budgetLabel(o.option, budget!.years, budget!.currency.code), value: o.grandTotal, unit: 'money' };
  }
  return {
    answers: frozen.answers,
    checkpoints: frozen.checkpoints,
    evidence: frozen.evidence.map(({ checkpointId, fileName, sha256 }) => ({ checkpointId, fileName, sha256 })),
    labels,
    figures,
  };
}

/** The minor digits of a budget currency, for formatting money figures of the diff. */
export function budgetCurrency(frozen: TFrozenAssessment): { code: string; minorDigits: number } | undefined {
  return frozen.outputs.budget?.currency;
}
