import { z } from 'zod';
import type { TEnvironmentFootprint, TFootprint } from './footprint';
import { reason, type TReason } from './reason';
import { HOSTING_OPTIONS, RATE_UNITS, resolveRate, type THostingOption, type TRateCard, type TRateKey, type TRateOverrides, type TResolvedRate } from './rate-card';

/**
 * Multi-year cost of ownership per hosting option, from the sizing footprints, the skills gap's
 * personnel and a rate card (with the user's overrides). Every line is present for every option,
 * zero or not, so the items the sources say are often overlooked (001: backups and archiving,
 * test/staging/training systems, OS/database upgrades; 000: patching every 4-6 weeks, the annual
 * upgrade, monitoring) are never silently dropped. A zero line always says why.
 *
 * Money: the rate card is in USD cents; each line's yearly amount is computed in USD cents, then
 * converted to the chosen currency and rounded ONCE to an integer number of minor units, half away
 * from zero (see `roundHalfAwayFromZero`). Totals are sums of those integers, so a total always
 * equals the sum of the lines shown.
 */

export const BUDGET_CATEGORIES = ['compute', 'storage', 'backups', 'environments', 'upgrades', 'patching', 'monitoring', 'hardware-refresh', 'power-network', 'personnel', 'training', 'subscription'] as const;
export type TBudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** The lines of every option, in display order. */
export const BUDGET_LINES = [
  { id: 'compute.production', category: 'compute', label: 'Production compute (servers or VMs)' },
  { id: 'storage.production', category: 'storage', label: 'Production storage' },
  { id: 'environments.non-production', category: 'environments', label: 'Staging, test and training instances' },
  { id: 'backups.storage', category: 'backups', label: 'Backups and archiving: backup storage' },
  { id: 'backups.offsite', category: 'backups', label: 'Backups and archiving: off-site copy' },
  { id: 'upgrades.annual-major', category: 'upgrades', label: 'Annual major upgrade (labour)' },
  { id: 'upgrades.os-db', category: 'upgrades', label: 'Major OS/database server upgrade, every 2-3 years (labour)' },
  { id: 'patching', category: 'patching', label: 'Patching every 4-6 weeks (labour)' },
  { id: 'monitoring', category: 'monitoring', label: 'Monitoring and alerting' },
  { id: 'hardware.refresh', category: 'hardware-refresh', label: 'Hardware refresh' },
  { id: 'power-network.power-ups', category: 'power-network', label: 'Power, UPS and cooling' },
  { id: 'power-network.network', category: 'power-network', label: 'Network connectivity' },
  { id: 'personnel', category: 'personnel', label: 'Personnel (FTE from the skills gap)' },
  { id: 'training', category: 'training', label: 'Training' },
  { id: 'subscription', category: 'subscription', label: 'SaaS subscription' },
] as const satisfies readonly { id: string; category: TBudgetCategory; label: string }[];
export type TBudgetLineId = (typeof BUDGET_LINES)[number]['id'];

/** The lines the sources say budgets often overlook: always shown, a zero only with a reason. */
export const OVERLOOKED_LINE_IDS: TBudgetLineId[] = ['backups.storage', 'backups.offsite', 'environments.non-production', 'upgrades.os-db', 'upgrades.annual-major', 'patching', 'monitoring', 'hardware.refresh', 'power-network.power-ups', 'power-network.network', 'personnel', 'training'];

const ZEnvironment = z.object({
  kind: z.enum(['production', 'staging', 'test', 'training']),
  label: z.string(),
  uptimeFraction: z.number().min(0).max(1),
  vms: z.number().int().min(0),
  cores: z.number().min(0),
  ramGb: z.number().min(0),
  storageGb: z.number().min(0),
}) satisfies z.ZodType<TEnvironmentFootprint>;
const ZFootprint = z.object({
  platform: z.enum(['commcare', 'dhis2']),
  label: z.string(),
  environments: z.array(ZEnvironment),
  backupStorageGb: z.number().min(0),
  osUpgradeServer: z.object({ cores: z.number().min(0), ramGb: z.number().min(0), storageGb: z.number().min(0), months: z.number().min(0) }).optional(),
}) satisfies z.ZodType<TFootprint>;

export const ZCurrency = z
  .object({
    code: z.string().regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO 4217 code, e.g. KES.'),
    /** Units of this currency per US dollar (1 for USD). */
    // Bounded: the weakest currencies trade in the hundreds of thousands per dollar; a rate like
    // 1e308 would make every amount Infinity, saved and then shown as null or "Infinity".
    exchangeRate: z.number().positive('The exchange rate is positive.').max(10_000_000, 'The exchange rate is at most 10,000,000 per US dollar.').default(1),
    /** Minor-unit digits of the currency: 2 for cents, 0 for UGX or RWF. */
    minorDigits: z.number().int().min(0).max(3).default(2),
  })
  .strict();
export type TCurrency = z.output<typeof ZCurrency>;

export const ZBudgetInput = z
  .object({
    years: z.number().int('Years: a whole number.').min(1, 'Years: at least 1.').max(10, 'Years: at most 10.').default(5),
    currency: ZCurrency.default({ code: 'USD', exchangeRate: 1, minorDigits: 2 }),
    footprints: z.array(ZFootprint).min(1, 'Size the systems first: the budget is derived from the sizing.'),
    personnel: z.object({ fteNeeded: z.number().min(0).max(100), trainingPeople: z.number().int().min(0).max(1000) }).strict(),
    /** Users of all systems, for per-user SaaS subscriptions. */
    users: z.number().int().min(1).optional(),
    options: z.array(z.enum(HOSTING_OPTIONS)).min(1).optional(),
  })
  .strict();
export type TBudgetInput = z.input<typeof ZBudgetInput>;

export type TLineRate = { key: TRateKey; value: number | null; source: string; overridden: boolean; overrideReason?: string };
export type TBudgetLine = {
  id: TBudgetLineId;
  category: TBudgetCategory;
  label: string;
  /** Integer minor units of the chosen currency, one per year. */
  perYear: number[];
  total: number;
  reason: TReason;
  overridden: boolean;
  rates: TLineRate[];
};
export type TBudgetOption = {
  option: THostingOption;
  label: string;
  lines: TBudgetLine[];
  totalsPerYear: number[];
  totalsPerCategory: Record<TBudgetCategory, number>;
  grandTotal: number;
};
/** Reasons, missing inputs and assumptions are message keys of reasons.json with their figures (lib/domain/reason.ts). */
export type TBudgetResult = { years: number; currency: TCurrency; rateCard: { id: string; version: string }; options: TBudgetOption[]; missing: TReason[]; assumptions: TReason[] };

/** Round half away from zero, after trimming binary noise (1.005 is 1.00499999... in floating point). */
export function roundHalfAwayFromZero(x: number): number {
  const clean = Number(x.toPrecision(15));
  const r = Math.sign(clean) * Math.floor(Math.abs(clean) + 0.5);
  return r === 0 ? 0 : r;
}

/** USD cents → integer minor units of `currency`, rounded half away from zero. */
export function toMinorUnits(usdCents: number, currency: TCurrency): number {
  return roundHalfAwayFromZero(usdCents * currency.exchangeRate * 10 ** (currency.minorDigits - 2));
}

/** Figures of a rule: rounded to the cent, written the reader's way by the message. */
const fmt = (n: number) => Math.round(n * 100) / 100;
/** A rate card amount (USD cents) as US dollars, for the message's "USD {x, number}". */
const usd = (cents: number) => Math.round(cents) / 100;
/**
 * The rate card's own reason (content, in the reader's language: content/rate-cards/i18n) for a rate
 * that does not apply to this option; when it already says so ("not applicable to this option: …"
 * and its translations, a test holds them to it), it is said as it is.
 */
export const SAYS_NOT_APPLICABLE = /^(not applicable|sans objet|não aplicável)\b/i;
const notApplicable = (source: string) => reason(SAYS_NOT_APPLICABLE.test(source) ? 'budget.cardSays' : 'budget.notApplicable', { source });
/** The name of a rate, and its figure in the budget's currency, in its unit, or not applicable. */
const rateName = (key: TRateKey) => reason('budget.rateName', { key });
const rateValue = (key: TRateKey, value: number | null, currency: TCurrency): TReason =>
  value === null
    ? reason('budget.rateNotApplicable')
    : RATE_UNITS[key] === 'usd-cents'
      ? reason('budget.money', { amount: { minor: toMinorUnits(value, currency), currency: { code: currency.code, minorDigits: currency.minorDigits } } })
      : reason('budget.rateValue', { unit: RATE_UNITS[key] === 'fraction' || RATE_UNITS[key] === 'years' || RATE_UNITS[key] === 'days' ? RATE_UNITS[key] : 'count', value });

type TComputed = { usdPerYear: number[]; rule: TReason } | { zero: TReason };

function sum<T>(items: T[], f: (x: T) => number) {
  return items.reduce((t, x) => t + f(x), 0);
}

/** Servers to buy for a group of environments: enough cores and RAM on the reference server, at least one. */
function serversFor(envs: TEnvironmentFootprint[], serverCores: number, serverRamGb: number) {
  if (envs.length === 0) return 0;
  return Math.max(1, Math.ceil(sum(envs, (e) => e.cores) / serverCores), Math.ceil(sum(envs, (e) => e.ramGb) / serverRamGb));
}

function optionBudget(option: THostingOption, input: z.output<typeof ZBudgetInput>, card: TRateCard, overrides: TRateOverrides, missing: Set<string>): TBudgetOption {
  const { years, currency, footprints, personnel } = input;
  const R = (key: TRateKey) => resolveRate(card, overrides, option, key);
  const yearsArr = Array.from({ length: years }, (_, i) => i + 1);
  const flat = (usdCents: number) => yearsArr.map(() => usdCents);

  const prod = footprints.flatMap((f) => f.environments.filter((e) => e.kind === 'production'));
  const nonProd = footprints.flatMap((f) => f.environments.filter((e) => e.kind !== 'production'));
  const systems = footprints.length;
  const backupGb = sum(footprints, (f) => f.backupStorageGb);

  const serverCount = (v: Record<string, number>) => ({
    prod: sum(footprints, (f) => serversFor(f.environments.filter((e) => e.kind === 'production'), v.serverCores, v.serverRamGb)),
    nonProd: serversFor(nonProd, v.serverCores, v.serverRamGb),
  });

  /**
   * A line from the rates it uses. `required` rates must all apply; a user's zero on any of them
   * zeroes the line with their reason; a rate marked not applicable zeroes it with the card's reason.
   */
  const line = (id: TBudgetLineId, required: TRateKey[], compute: (v: Record<string, number>) => TComputed, optional: TRateKey[] = []): TBudgetLine => {
    const meta = BUDGET_LINES.find((l) => l.id === id)!;
    const used: TResolvedRate[] = [...required, ...optional].map(R);
    const rates: TLineRate[] = used.map((r) => ({ key: r.key, value: r.value, source: r.source, overridden: !!r.override, ...(r.override?.reason ? { overrideReason: r.override.reason } : {}) }));
    const overridden = used.some((r) => r.override);
    const zeroed = used.slice(0, required.length).find((r) => r.override && r.override.value === 0);
    const inapplicable = used.slice(0, required.length).find((r) => r.value === null);
    let usdPerYear: number[] = yearsArr.map(() => 0);
    let why: TReason;
    if (zeroed) why = reason('budget.zeroedByUser', { why: zeroed.override!.reason ?? '', rate: rateName(zeroed.key) });
    else if (inapplicable) why = notApplicable(inapplicable.source);
    else {
      const values = Object.fromEntries(used.map((r) => [r.key, r.value])) as Record<string, number>;
      const computed = compute(values);
      if ('zero' in computed) why = computed.zero;
      else {
        usdPerYear = computed.usdPerYear;
        const notes = used
          .filter((r) => r.override)
          .map((r) => {
            const figures = { rate: rateName(r.key), value: rateValue(r.key, r.value, currency), card: rateValue(r.key, r.cardValue, currency) };
            return r.override!.reason ? reason('budget.overriddenWhy', { ...figures, why: r.override!.reason }) : reason('budget.overridden', figures);
          });
        why = notes.reduce((rule, note) => reason('budget.withNote', { rule, note }), computed.rule);
      }
    }
    const perYear = usdPerYear.map((c) => toMinorUnits(c, currency));
    return { id, category: meta.category, label: meta.label, perYear, total: perYear.reduce((a, b) => a + b, 0), reason: why, overridden, rates };
  };

  const prodCores = sum(prod, (e) => e.cores);
  const prodRam = sum(prod, (e) => e.ramGb);
  const prodStorage = sum(prod, (e) => e.storageGb);

  const compute = (() => {
    const rental = R('corePerMonth').value !== null && R('ramGbPerMonth').value !== null;
    const owned = R('serverCapex').value !== null;
    if (!rental && owned) {
      return line('compute.production', ['serverCapex', 'serverCores', 'serverRamGb'], (v) => {
        const n = serverCount(v).prod;
        return { usdPerYear: yearsArr.map((y) => (y === 1 ? n * v.serverCapex : 0)), rule: reason('budget.computeOwned', { servers: n, price: usd(v.serverCapex), cores: fmt(prodCores), ram: fmt(prodRam), systems, serverCores: v.serverCores, serverRam: v.serverRamGb }) };
      });
    }
    return line('compute.production', ['corePerMonth', 'ramGbPerMonth'], (v) => {
      const monthly = prodCores * v.corePerMonth + prodRam * v.ramGbPerMonth;
      return { usdPerYear: flat(12 * monthly), rule: reason('budget.computeRented', { cores: fmt(prodCores), core: usd(v.corePerMonth), ram: fmt(prodRam), ramRate: usd(v.ramGbPerMonth) }) };
    });
  })();

  const storage = line('storage.production', ['storageGbPerMonth'], (v) => ({
    usdPerYear: flat(12 * prodStorage * v.storageGbPerMonth),
    rule: reason('budget.storage', { gb: fmt(prodStorage), rate: usd(v.storageGbPerMonth) }),
  }));

  const environments = (() => {
    if (nonProd.length === 0)
      return line('environments.non-production', [], () => ({ zero: reason('budget.noEnvironments') }));
    const labels = nonProd.map((e) => reason('budget.environment', { kind: e.kind, uptime: e.uptimeFraction }));
    const nonProdStorage = sum(nonProd, (e) => e.storageGb);
    const rental = R('corePerMonth').value !== null && R('ramGbPerMonth').value !== null;
    if (!rental && R('serverCapex').value !== null)
      return line('environments.non-production', ['serverCapex', 'serverCores', 'serverRamGb', 'storageGbPerMonth'], (v) => {
        const n = serverCount(v).nonProd;
        return {
          usdPerYear: yearsArr.map((y) => (y === 1 ? n * v.serverCapex : 0) + 12 * nonProdStorage * v.storageGbPerMonth),
          rule: reason('budget.environmentsOwned', { environments: labels, servers: n, price: usd(v.serverCapex), gb: fmt(nonProdStorage), rate: usd(v.storageGbPerMonth) }),
        };
      });
    return line('environments.non-production', ['corePerMonth', 'ramGbPerMonth', 'storageGbPerMonth'], (v) => {
      const monthly = sum(nonProd, (e) => e.uptimeFraction * (e.cores * v.corePerMonth + e.ramGb * v.ramGbPerMonth)) + nonProdStorage * v.storageGbPerMonth;
      return { usdPerYear: flat(12 * monthly), rule: reason('budget.environmentsRented', { environments: labels, core: usd(v.corePerMonth), ramRate: usd(v.ramGbPerMonth), gb: fmt(nonProdStorage), rate: usd(v.storageGbPerMonth) }) };
    });
  })();

  const noBackups = reason('budget.noBackups');
  const backups = line('backups.storage', ['backupGbPerMonth'], (v) =>
    backupGb === 0 ? { zero: noBackups } : { usdPerYear: flat(12 * backupGb * v.backupGbPerMonth), rule: reason('budget.backupStorage', { gb: fmt(backupGb), rate: usd(v.backupGbPerMonth) }) },
  );
  const offsite = line('backups.offsite', ['offsiteCopyGbPerMonth'], (v) =>
    backupGb === 0 ? { zero: noBackups } : { usdPerYear: flat(12 * backupGb * v.offsiteCopyGbPerMonth), rule: reason('budget.offsite', { gb: fmt(backupGb), rate: usd(v.offsiteCopyGbPerMonth) }) },
  );

  const annualUpgrade = line('upgrades.annual-major', ['majorUpgradeDaysPerYear', 'labourDayRate'], (v) => ({
    usdPerYear: flat(v.majorUpgradeDaysPerYear * systems * v.labourDayRate),
    rule: reason('budget.annualUpgrade', { days: fmt(v.majorUpgradeDaysPerYear), systems, rate: usd(v.labourDayRate) }),
  }));
  const upgradeServers = footprints.flatMap((f) => (f.osUpgradeServer ? [f.osUpgradeServer] : []));
  const osDb = line(
    'upgrades.os-db',
    ['osDbUpgradeEveryYears', 'osDbUpgradeDays', 'labourDayRate'],
    (v) => {
      const every = Math.max(1, Math.round(v.osDbUpgradeEveryYears));
      const due = yearsArr.filter((y) => y % every === 0);
      if (due.length === 0) return { zero: reason('budget.osDbBeyondHorizon', { years, every }) };
      const labour = v.osDbUpgradeDays * systems * v.labourDayRate;
      const labourRule = reason('budget.osDbLabour', { due: due.map(String), every, days: fmt(v.osDbUpgradeDays), systems, rate: usd(v.labourDayRate) });
      // The new server an OS upgrade is migrated to runs beside production for a while: rented, it costs its months.
      const isRented = v.corePerMonth != null && v.ramGbPerMonth != null && v.storageGbPerMonth != null;
      if (upgradeServers.length === 0) return { usdPerYear: yearsArr.map((y) => (due.includes(y) ? labour : 0)), rule: labourRule };
      const serverCost = sum(upgradeServers, (u) => u.months * (u.cores * (v.corePerMonth ?? 0) + u.ramGb * (v.ramGbPerMonth ?? 0) + u.storageGb * (v.storageGbPerMonth ?? 0)));
      const what = upgradeServers.map((u) => reason('budget.upgradeServer', { cores: fmt(u.cores), ram: fmt(u.ramGb), storage: fmt(u.storageGb), months: fmt(u.months) }));
      return isRented
        ? { usdPerYear: yearsArr.map((y) => (due.includes(y) ? labour + serverCost : 0)), rule: reason('budget.osDbRented', { labour: labourRule, servers: what, cost: usd(serverCost) }) }
        : { usdPerYear: yearsArr.map((y) => (due.includes(y) ? labour : 0)), rule: reason('budget.osDbOwned', { labour: labourRule, servers: what }) };
    },
    ['corePerMonth', 'ramGbPerMonth', 'storageGbPerMonth'],
  );
  const patching = line('patching', ['patchesPerYear', 'daysPerPatch', 'labourDayRate'], (v) => ({
    usdPerYear: flat(v.patchesPerYear * v.daysPerPatch * systems * v.labourDayRate),
    rule: reason('budget.patching', { patches: fmt(v.patchesPerYear), days: fmt(v.daysPerPatch), systems, rate: usd(v.labourDayRate) }),
  }));
  const monitoring = line('monitoring', ['monitoringPerSystemYear'], (v) => ({
    usdPerYear: flat(systems * v.monitoringPerSystemYear),
    rule: reason('budget.monitoring', { systems, rate: usd(v.monitoringPerSystemYear) }),
  }));

  const refresh = line('hardware.refresh', ['serverCapex', 'hardwareRefreshYears', 'serverCores', 'serverRamGb'], (v) => {
    const every = Math.max(1, Math.round(v.hardwareRefreshYears));
    const { prod: p, nonProd: np } = serverCount(v);
    const due = yearsArr.filter((y) => y > 1 && (y - 1) % every === 0);
    if (due.length === 0) return { zero: reason('budget.refreshBeyondHorizon', { years, servers: p + np, every, next: 1 + every }) };
    return { usdPerYear: yearsArr.map((y) => (due.includes(y) ? (p + np) * v.serverCapex : 0)), rule: reason('budget.refresh', { servers: p + np, due: due.map(String), every, price: usd(v.serverCapex) }) };
  });
  const perServer = (id: 'power-network.power-ups' | 'power-network.network', key: 'powerUpsPerServerMonth' | 'networkPerServerMonth', rule: 'budget.powerUps' | 'budget.network') =>
    line(id, [key, 'serverCores', 'serverRamGb'], (v) => {
      const { prod: p, nonProd: np } = serverCount(v);
      return { usdPerYear: flat(12 * (p + np) * v[key]), rule: reason(rule, { servers: p + np, rate: usd(v[key]) }) };
    });
  const power = perServer('power-network.power-ups', 'powerUpsPerServerMonth', 'budget.powerUps');
  const network = perServer('power-network.network', 'networkPerServerMonth', 'budget.network');

  const people = line('personnel', ['fteSalaryPerYear', 'personnelFteFactor'], (v) =>
    personnel.fteNeeded === 0
      ? { zero: reason('budget.noPersonnel') }
      : {
          usdPerYear: flat(personnel.fteNeeded * v.personnelFteFactor * v.fteSalaryPerYear),
          rule: v.personnelFteFactor === 1 ? reason('budget.personnel', { fte: fmt(personnel.fteNeeded), rate: usd(v.fteSalaryPerYear) }) : reason('budget.personnelShare', { fte: fmt(personnel.fteNeeded), factor: fmt(v.personnelFteFactor), rate: usd(v.fteSalaryPerYear) }),
        },
  );
  const training = line('training', ['trainingPerPerson', 'trainingRefresherFraction'], (v) =>
    personnel.trainingPeople === 0
      ? { zero: reason('budget.noTraining') }
      : {
          usdPerYear: yearsArr.map((y) => personnel.trainingPeople * v.trainingPerPerson * (y === 1 ? 1 : v.trainingRefresherFraction)),
          rule: reason('budget.training', { people: personnel.trainingPeople, rate: usd(v.trainingPerPerson), share: v.trainingRefresherFraction }),
        },
  );
  const subscription = line('subscription', ['subscriptionPerUserMonth'], (v) => {
    if (input.users === undefined) {
      missing.add('budget.missingUsers');
      return { zero: reason('budget.noUsers') };
    }
    return { usdPerYear: flat(12 * input.users * v.subscriptionPerUserMonth), rule: reason('budget.subscription', { users: fmt(input.users), rate: usd(v.subscriptionPerUserMonth) }) };
  });

  const lines = [compute, storage, environments, backups, offsite, annualUpgrade, osDb, patching, monitoring, refresh, power, network, people, training, subscription];
  const totalsPerYear = yearsArr.map((_, i) => lines.reduce((t, l) => t + l.perYear[i], 0));
  const totalsPerCategory = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, lines.filter((l) => l.category === c).reduce((t, l) => t + l.total, 0)])) as Record<TBudgetCategory, number>;
  return { option, label: card.options[option].label, lines, totalsPerYear, totalsPerCategory, grandTotal: totalsPerYear.reduce((a, b) => a + b, 0) };
}

/** The budget of each hosting option side by side. Throws a ZodError on invalid input. */
export function calculateBudget(input: TBudgetInput, rateCard: TRateCard, overrides: TRateOverrides = {}): TBudgetResult {
  const parsed = ZBudgetInput.parse(input);
  const missing = new Set<string>();
  const options = (parsed.options ?? [...HOSTING_OPTIONS]).map((o) => optionBudget(o, parsed, rateCard, overrides, missing));
  const c = parsed.currency;
  return {
    years: parsed.years,
    currency: c,
    rateCard: { id: rateCard.id, version: rateCard.version },
    options,
    missing: [...missing].map((key) => reason(key)),
    assumptions: [
      reason('budget.assumeRateCard', { id: rateCard.id, version: rateCard.version, note: rateCard.note }),
      c.code === 'USD' && c.exchangeRate === 1 ? reason('budget.assumeUsd') : reason('budget.assumeConverted', { rate: c.exchangeRate, code: c.code, digits: c.minorDigits }),
      reason('budget.assumeRounding'),
      reason('budget.assumeStorage'),
      reason('budget.assumeHardware'),
      reason('budget.assumeLabour'),
      reason('budget.assumeConstantPrices'),
    ],
  };
}
