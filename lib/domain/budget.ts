import { z } from 'zod';
import type { TEnvironmentFootprint, TFootprint } from './footprint';
import { formatMoney } from './money';
import { HOSTING_OPTIONS, RATE_LABELS, RATE_UNITS, resolveRate, type THostingOption, type TRateCard, type TRateKey, type TRateOverrides, type TResolvedRate } from './rate-card';

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
  reason: string;
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
export type TBudgetResult = { years: number; currency: TCurrency; rateCard: { id: string; version: string }; options: TBudgetOption[]; missing: string[]; assumptions: string[] };

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

/** A rate's figure as people read it: money in the budget's currency, counts, years and shares in words. */
export function formatRateValue(key: TRateKey, value: number, currency: TCurrency): string {
  switch (RATE_UNITS[key]) {
    case 'usd-cents':
      return formatMoney(toMinorUnits(value, currency), currency);
    case 'fraction':
      return `${Math.round(value * 1000) / 10}%`;
    case 'years':
      return `${value.toLocaleString('en')} ${value === 1 ? 'year' : 'years'}`;
    case 'days':
      return `${value.toLocaleString('en')} ${value === 1 ? 'day' : 'days'}`;
    default:
      return value.toLocaleString('en');
  }
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toLocaleString('en');
const usd = (cents: number) => `USD ${(cents / 100).toLocaleString('en', { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
const notApplicable = (source: string) => (/^not applicable/i.test(source) ? source : `not applicable to this option: ${source}`);

type TComputed = { usdPerYear: number[]; rule: string } | { zero: string };

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
    let reason: string;
    if (zeroed) reason = `set to zero by user: ${zeroed.override!.reason} (${RATE_LABELS[zeroed.key].toLowerCase()})`;
    else if (inapplicable) reason = notApplicable(inapplicable.source);
    else {
      const values = Object.fromEntries(used.map((r) => [r.key, r.value])) as Record<string, number>;
      const computed = compute(values);
      if ('zero' in computed) reason = computed.zero;
      else {
        usdPerYear = computed.usdPerYear;
        const notes = used.filter((r) => r.override).map((r) => `${RATE_LABELS[r.key]} overridden by user: ${r.value === null ? 'not applicable' : formatRateValue(r.key, r.value, currency)} instead of ${r.cardValue === null ? 'not applicable' : formatRateValue(r.key, r.cardValue, currency)}${r.override!.reason ? ` (${r.override!.reason})` : ''}`);
        reason = [computed.rule, ...notes].join('; ');
      }
    }
    const perYear = usdPerYear.map((c) => toMinorUnits(c, currency));
    return { id, category: meta.category, label: meta.label, perYear, total: perYear.reduce((a, b) => a + b, 0), reason, overridden, rates };
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
        return { usdPerYear: yearsArr.map((y) => (y === 1 ? n * v.serverCapex : 0)), rule: `${n} server(s) bought in year 1 at ${usd(v.serverCapex)}: production needs ${fmt(prodCores)} cores and ${fmt(prodRam)} GB RAM across ${systems} system(s), each system on its own server(s) of ${v.serverCores} cores / ${v.serverRamGb} GB` };
      });
    }
    return line('compute.production', ['corePerMonth', 'ramGbPerMonth'], (v) => {
      const monthly = prodCores * v.corePerMonth + prodRam * v.ramGbPerMonth;
      return { usdPerYear: flat(12 * monthly), rule: `12 months × (${fmt(prodCores)} cores × ${usd(v.corePerMonth)} + ${fmt(prodRam)} GB RAM × ${usd(v.ramGbPerMonth)}), running all the time` };
    });
  })();

  const storage = line('storage.production', ['storageGbPerMonth'], (v) => ({
    usdPerYear: flat(12 * prodStorage * v.storageGbPerMonth),
    rule: `12 months × ${fmt(prodStorage)} GB × ${usd(v.storageGbPerMonth)}; provisioned at the size reached at the end of the sizing horizon from year 1`,
  }));

  const environments = (() => {
    if (nonProd.length === 0)
      return line('environments.non-production', [], () => ({ zero: 'not applicable to this sizing: it has no staging, test or training environment (switched off in the sizing inputs); 001 advises budgeting for them' }));
    const labels = nonProd.map((e) => `${e.label} (${Math.round(e.uptimeFraction * 100)}% uptime)`).join(', ');
    const nonProdStorage = sum(nonProd, (e) => e.storageGb);
    const rental = R('corePerMonth').value !== null && R('ramGbPerMonth').value !== null;
    if (!rental && R('serverCapex').value !== null)
      return line('environments.non-production', ['serverCapex', 'serverCores', 'serverRamGb', 'storageGbPerMonth'], (v) => {
        const n = serverCount(v).nonProd;
        return {
          usdPerYear: yearsArr.map((y) => (y === 1 ? n * v.serverCapex : 0) + 12 * nonProdStorage * v.storageGbPerMonth),
          rule: `${labels}: ${n} shared server(s) bought in year 1 at ${usd(v.serverCapex)} (owned hardware is paid for whether on or off) + 12 months × ${fmt(nonProdStorage)} GB × ${usd(v.storageGbPerMonth)}`,
        };
      });
    return line('environments.non-production', ['corePerMonth', 'ramGbPerMonth', 'storageGbPerMonth'], (v) => {
      const monthly = sum(nonProd, (e) => e.uptimeFraction * (e.cores * v.corePerMonth + e.ramGb * v.ramGbPerMonth)) + nonProdStorage * v.storageGbPerMonth;
      return { usdPerYear: flat(12 * monthly), rule: `${labels}: 12 months × (cores × ${usd(v.corePerMonth)} + GB RAM × ${usd(v.ramGbPerMonth)}) × uptime fraction (001: test servers can be spun up on demand) + ${fmt(nonProdStorage)} GB storage × ${usd(v.storageGbPerMonth)} kept all year` };
    });
  })();

  const noBackups = 'no backup storage in the sizing (the retention policy keeps no copies); 001 lists backups and archiving as often overlooked';
  const backups = line('backups.storage', ['backupGbPerMonth'], (v) =>
    backupGb === 0 ? { zero: noBackups } : { usdPerYear: flat(12 * backupGb * v.backupGbPerMonth), rule: `12 months × ${fmt(backupGb)} GB of backups (from the retention policy) × ${usd(v.backupGbPerMonth)}` },
  );
  const offsite = line('backups.offsite', ['offsiteCopyGbPerMonth'], (v) =>
    backupGb === 0 ? { zero: noBackups } : { usdPerYear: flat(12 * backupGb * v.offsiteCopyGbPerMonth), rule: `a second copy off site: 12 months × ${fmt(backupGb)} GB × ${usd(v.offsiteCopyGbPerMonth)}` },
  );

  const annualUpgrade = line('upgrades.annual-major', ['majorUpgradeDaysPerYear', 'labourDayRate'], (v) => ({
    usdPerYear: flat(v.majorUpgradeDaysPerYear * systems * v.labourDayRate),
    rule: `every year: ${fmt(v.majorUpgradeDaysPerYear)} days × ${systems} system(s) × ${usd(v.labourDayRate)} per day (000: major upgrade annually)`,
  }));
  const upgradeServers = footprints.flatMap((f) => (f.osUpgradeServer ? [f.osUpgradeServer] : []));
  const osDb = line(
    'upgrades.os-db',
    ['osDbUpgradeEveryYears', 'osDbUpgradeDays', 'labourDayRate'],
    (v) => {
      const every = Math.max(1, Math.round(v.osDbUpgradeEveryYears));
      const due = yearsArr.filter((y) => y % every === 0);
      if (due.length === 0) return { zero: `not applicable within the ${years}-year horizon: the first OS/database upgrade falls in year ${every} (every ${every} years)` };
      const labour = v.osDbUpgradeDays * systems * v.labourDayRate;
      const labourRule = `in year(s) ${due.join(', ')} (every ${every} years): ${fmt(v.osDbUpgradeDays)} days × ${systems} system(s) × ${usd(v.labourDayRate)} per day (000/001: every 2-3 years)`;
      // The new server an OS upgrade is migrated to runs beside production for a while: rented, it costs its months.
      const isRented = v.corePerMonth != null && v.ramGbPerMonth != null && v.storageGbPerMonth != null;
      if (upgradeServers.length === 0) return { usdPerYear: yearsArr.map((y) => (due.includes(y) ? labour : 0)), rule: labourRule };
      const serverCost = sum(upgradeServers, (u) => u.months * (u.cores * (v.corePerMonth ?? 0) + u.ramGb * (v.ramGbPerMonth ?? 0) + u.storageGb * (v.storageGbPerMonth ?? 0)));
      const what = upgradeServers.map((u) => `${fmt(u.cores)} cores, ${fmt(u.ramGb)} GB RAM, ${fmt(u.storageGb)} GB for ${fmt(u.months)} month(s)`).join('; ');
      return isRented
        ? { usdPerYear: yearsArr.map((y) => (due.includes(y) ? labour + serverCost : 0)), rule: `${labourRule}; plus the temporary server each OS upgrade is migrated to (${what}) at the rental rates: ${usd(serverCost)} per upgrade` }
        : { usdPerYear: yearsArr.map((y) => (due.includes(y) ? labour : 0)), rule: `${labourRule}; the temporary server each OS upgrade is migrated to (${what}) is not bought for it with owned hardware: use the staging server's hardware (production's specification) or time the upgrade with the hardware refresh` };
    },
    ['corePerMonth', 'ramGbPerMonth', 'storageGbPerMonth'],
  );
  const patching = line('patching', ['patchesPerYear', 'daysPerPatch', 'labourDayRate'], (v) => ({
    usdPerYear: flat(v.patchesPerYear * v.daysPerPatch * systems * v.labourDayRate),
    rule: `every year: ${fmt(v.patchesPerYear)} patches × ${fmt(v.daysPerPatch)} day(s) × ${systems} system(s) × ${usd(v.labourDayRate)} per day (000: every 4-6 weeks)`,
  }));
  const monitoring = line('monitoring', ['monitoringPerSystemYear'], (v) => ({
    usdPerYear: flat(systems * v.monitoringPerSystemYear),
    rule: `every year: ${systems} system(s) × ${usd(v.monitoringPerSystemYear)} for monitoring and alerting tooling (001: monitoring and an alerting mechanism are needed in production)`,
  }));

  const refresh = line('hardware.refresh', ['serverCapex', 'hardwareRefreshYears', 'serverCores', 'serverRamGb'], (v) => {
    const every = Math.max(1, Math.round(v.hardwareRefreshYears));
    const { prod: p, nonProd: np } = serverCount(v);
    const due = yearsArr.filter((y) => y > 1 && (y - 1) % every === 0);
    if (due.length === 0) return { zero: `not applicable within the ${years}-year horizon: the ${p + np} server(s) bought in year 1 are replaced every ${every} years, next in year ${1 + every}` };
    return { usdPerYear: yearsArr.map((y) => (due.includes(y) ? (p + np) * v.serverCapex : 0)), rule: `${p + np} server(s) bought in year 1 replaced in year(s) ${due.join(', ')} (every ${every} years) at ${usd(v.serverCapex)}` };
  });
  const perServer = (id: 'power-network.power-ups' | 'power-network.network', key: 'powerUpsPerServerMonth' | 'networkPerServerMonth', what: string) =>
    line(id, [key, 'serverCores', 'serverRamGb'], (v) => {
      const { prod: p, nonProd: np } = serverCount(v);
      return { usdPerYear: flat(12 * (p + np) * v[key]), rule: `12 months × ${p + np} server(s) × ${usd(v[key])} for ${what}` };
    });
  const power = perServer('power-network.power-ups', 'powerUpsPerServerMonth', 'power, UPS and cooling');
  const network = perServer('power-network.network', 'networkPerServerMonth', 'network connectivity');

  const people = line('personnel', ['fteSalaryPerYear', 'personnelFteFactor'], (v) =>
    personnel.fteNeeded === 0
      ? { zero: 'no FTE needed according to the skills gap input (0 FTE)' }
      : { usdPerYear: flat(personnel.fteNeeded * v.personnelFteFactor * v.fteSalaryPerYear), rule: `every year: ${fmt(personnel.fteNeeded)} FTE needed (skills gap)${v.personnelFteFactor === 1 ? '' : ` × ${fmt(v.personnelFteFactor)} kept with this option`} × ${usd(v.fteSalaryPerYear)}` },
  );
  const training = line('training', ['trainingPerPerson', 'trainingRefresherFraction'], (v) =>
    personnel.trainingPeople === 0
      ? { zero: 'no one to train according to the skills gap input (0 people)' }
      : {
          usdPerYear: yearsArr.map((y) => personnel.trainingPeople * v.trainingPerPerson * (y === 1 ? 1 : v.trainingRefresherFraction)),
          rule: `year 1: ${personnel.trainingPeople} people × ${usd(v.trainingPerPerson)}; later years ${fmt(v.trainingRefresherFraction * 100)}% of that for refreshers and replacements`,
        },
  );
  const subscription = line('subscription', ['subscriptionPerUserMonth'], (v) => {
    if (input.users === undefined) {
      missing.add('users: the number of users of all systems, for the SaaS subscription');
      return { zero: 'missing input: the number of users is not given, so the subscription is not costed' };
    }
    return { usdPerYear: flat(12 * input.users * v.subscriptionPerUserMonth), rule: `12 months × ${fmt(input.users)} users × ${usd(v.subscriptionPerUserMonth)}` };
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
    missing: [...missing],
    assumptions: [
      `Rate card "${rateCard.id}" (${rateCard.version}): ${rateCard.note}`,
      c.code === 'USD' && c.exchangeRate === 1
        ? 'Amounts in US dollars, integer cents.'
        : `Amounts converted from US dollars at ${c.exchangeRate} ${c.code} per USD, in integer minor units (${c.minorDigits} digit(s)).`,
      'Each line and year is rounded once to an integer minor unit, half away from zero; totals are sums of the rounded lines.',
      'Storage is provisioned at the size the sizing reaches at the end of its horizon, from year 1.',
      'Owned hardware (on-premise, national data centre, co-location) is bought in year 1 and replaced after the refresh cycle; rented options pay per core, GB of RAM and GB of storage, with staging/test/training paid only for their uptime.',
      'Patching, the annual upgrade and OS/database upgrades are costed as labour days at the day rate, per system, on top of personnel: set them to zero with a reason if your own staff’s time (the personnel line) already covers them.',
      'Prices are constant over the horizon (no inflation or exchange-rate drift).',
    ],
  };
}
