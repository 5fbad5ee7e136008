import { z } from 'zod';

/**
 * The rate card: unit prices and cadences the budget multiplies the sizing by, per hosting option.
 * Money is in integer USD cents. A rate is `null` when it does not apply to an option (the budget
 * then still shows the line, at zero, with the rate's `source` as the reason). A zero in the card
 * itself is refused: a zero must be an explicit user choice, made as an override with a reason.
 */

export const HOSTING_OPTIONS = ['on-premise', 'national-data-centre', 'co-location', 'commercial-cloud', 'saas'] as const;
export type THostingOption = (typeof HOSTING_OPTIONS)[number];

/** Every rate the budget reads, with its unit. `usd-cents` rates are whole cents. */
export const RATE_UNITS = {
  corePerMonth: 'usd-cents',
  ramGbPerMonth: 'usd-cents',
  storageGbPerMonth: 'usd-cents',
  backupGbPerMonth: 'usd-cents',
  offsiteCopyGbPerMonth: 'usd-cents',
  serverCapex: 'usd-cents',
  serverCores: 'count',
  serverRamGb: 'count',
  hardwareRefreshYears: 'years',
  powerUpsPerServerMonth: 'usd-cents',
  networkPerServerMonth: 'usd-cents',
  labourDayRate: 'usd-cents',
  patchesPerYear: 'count',
  daysPerPatch: 'days',
  majorUpgradeDaysPerYear: 'days',
  osDbUpgradeEveryYears: 'years',
  osDbUpgradeDays: 'days',
  monitoringPerSystemYear: 'usd-cents',
  trainingPerPerson: 'usd-cents',
  trainingRefresherFraction: 'fraction',
  fteSalaryPerYear: 'usd-cents',
  personnelFteFactor: 'fraction',
  subscriptionPerUserMonth: 'usd-cents',
} as const;
export type TRateKey = keyof typeof RATE_UNITS;
export const RATE_KEYS = Object.keys(RATE_UNITS) as TRateKey[];

/** What each rate is, in words, for pickers, notes and the audit trail. */
export const RATE_LABELS: Record<TRateKey, string> = {
  corePerMonth: 'Cost of one processor core per month',
  ramGbPerMonth: 'Cost of 1 GB of memory per month',
  storageGbPerMonth: 'Cost of 1 GB of storage per month',
  backupGbPerMonth: 'Cost of 1 GB of backup per month',
  offsiteCopyGbPerMonth: 'Cost of 1 GB of off-site copy per month',
  serverCapex: 'Price of one server',
  serverCores: 'Processor cores per server',
  serverRamGb: 'Memory per server (GB)',
  hardwareRefreshYears: 'Years before hardware is replaced',
  powerUpsPerServerMonth: 'Power and UPS per server per month',
  networkPerServerMonth: 'Network per server per month',
  labourDayRate: 'Cost of one working day',
  patchesPerYear: 'Patch rounds per year',
  daysPerPatch: 'Working days per patch round',
  majorUpgradeDaysPerYear: 'Working days of major upgrades per year',
  osDbUpgradeEveryYears: 'Years between operating system and database upgrades',
  osDbUpgradeDays: 'Working days per operating system and database upgrade',
  monitoringPerSystemYear: 'Monitoring per system per year',
  trainingPerPerson: 'Training per person',
  trainingRefresherFraction: 'Share of the team retrained each year',
  fteSalaryPerYear: 'Salary of one full-time person per year',
  personnelFteFactor: 'Share of the team’s time spent on hosting',
  subscriptionPerUserMonth: 'Subscription per user per month',
};

export const isMoneyRate = (key: TRateKey) => RATE_UNITS[key] === 'usd-cents';

const ZRateKey = z.enum(RATE_KEYS as [TRateKey, ...TRateKey[]]);

export const ZRate = z
  .object({
    /** `null`: not applicable to this option; `source` says why. */
    value: z.number().positive('A rate card figure is positive; zeros are user overrides with a reason.').nullable(),
    source: z.string().trim().min(1, 'Every figure states its source.'),
  })
  .strict();
export type TRate = z.infer<typeof ZRate>;

const ZRates = z.partialRecord(ZRateKey, ZRate);

export const ZRateCard = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    currency: z.literal('USD'),
    minorUnit: z.literal('cent'),
    note: z.string().min(1),
    /** Figures common to every option unless the option sets its own. */
    shared: ZRates,
    options: z.record(
      z.enum(HOSTING_OPTIONS),
      z.object({ label: z.string().min(1), description: z.string().min(1), rates: ZRates }).strict(),
    ),
  })
  .strict()
  .superRefine((card, ctx) => {
    for (const option of HOSTING_OPTIONS) {
      const own = card.options[option];
      if (!own) {
        ctx.addIssue({ code: 'custom', path: ['options', option], message: `the rate card has no "${option}" option` });
        continue;
      }
      for (const key of RATE_KEYS) {
        const rate = own.rates[key] ?? card.shared[key];
        if (!rate) ctx.addIssue({ code: 'custom', path: ['options', option, 'rates', key], message: `${option}: no rate "${key}" (neither the option nor "shared" sets it)` });
        else if (rate.value !== null && RATE_UNITS[key] === 'usd-cents' && !Number.isInteger(rate.value))
          ctx.addIssue({ code: 'custom', path: ['options', option, 'rates', key], message: `${option}.${key}: money is in whole cents` });
        else if (rate.value !== null && RATE_UNITS[key] === 'fraction' && rate.value > 1)
          ctx.addIssue({ code: 'custom', path: ['options', option, 'rates', key], message: `${option}.${key}: a fraction is at most 1` });
      }
    }
  });
export type TRateCard = z.infer<typeof ZRateCard>;

/**
 * A user's override of one figure. Any number (including one for a figure the card marks not
 * applicable); a zero only with a non-empty reason, which the budget line then shows.
 */
export const ZRateOverride = z
  .object({
    value: z.number({ error: 'Enter a number.' }).finite('Enter a number.').min(0, 'A rate cannot be negative.'),
    reason: z.string().trim().max(500, 'At most 500 characters.').optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.value === 0 && !o.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Setting a figure to zero needs a reason.' });
  });
export type TRateOverride = z.infer<typeof ZRateOverride>;

/** Overrides per hosting option and figure, e.g. `{ "on-premise": { "serverCapex": { "value": 900000, "reason": "quote from vendor X" } } }`. */
export const ZRateOverrides = z
  .partialRecord(z.enum(HOSTING_OPTIONS, { error: 'Unknown hosting option.' }), z.partialRecord(ZRateKey, ZRateOverride))
  .default({})
  .superRefine((overrides, ctx) => {
    for (const [option, rates] of Object.entries(overrides)) {
      for (const [key, o] of Object.entries(rates ?? {})) {
        const unit = RATE_UNITS[key as TRateKey];
        if (unit === 'usd-cents' && o && !Number.isInteger(o.value)) ctx.addIssue({ code: 'custom', path: [option, key, 'value'], message: 'Money is in whole minor units (cents).' });
        if (unit === 'fraction' && o && o.value > 1) ctx.addIssue({ code: 'custom', path: [option, key, 'value'], message: 'A fraction is at most 1.' });
      }
    }
  });
export type TRateOverrides = z.output<typeof ZRateOverrides>;

export type TResolvedRate = { key: TRateKey; value: number | null; source: string; override?: TRateOverride; cardValue: number | null };

/** The effective figure for an option: the user's override if any, else the option's own, else the shared one. */
export function resolveRate(card: TRateCard, overrides: TRateOverrides, option: THostingOption, key: TRateKey): TResolvedRate {
  const base = card.options[option]?.rates[key] ?? card.shared[key];
  if (!base) throw new Error(`rate card ${card.id}: ${option} has no rate "${key}"`);
  const override = overrides[option]?.[key];
  return override ? { key, value: override.value, source: base.source, override, cardValue: base.value } : { key, value: base.value, source: base.source, cardValue: base.value };
}
