import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import cardJson from '@/content/rate-cards/default.json';
import { BUDGET_CATEGORIES, BUDGET_LINES, calculateBudget, OVERLOOKED_LINE_IDS, roundHalfAwayFromZero, toMinorUnits, type TBudgetInput } from '@/lib/domain/budget';
import type { TFootprint } from '@/lib/domain/footprint';
import { HOSTING_OPTIONS, RATE_KEYS, ZRateCard, ZRateOverrides, type TRateOverrides } from '@/lib/domain/rate-card';

/** The reasons in English, as an English reader sees them (the engine gives message keys). */
const en = reasonSayer('en');

const card = ZRateCard.parse(cardJson);

const hmis: TFootprint = {
  platform: 'dhis2',
  label: 'DHIS2 — HMIS (aggregate)',
  backupStorageGb: 500,
  environments: [
    { kind: 'production', label: 'Production', uptimeFraction: 1, vms: 4, cores: 14, ramGb: 48, storageGb: 300 },
    { kind: 'staging', label: 'Staging / test', uptimeFraction: 0.3, vms: 2, cores: 6, ramGb: 24, storageGb: 200 },
    { kind: 'training', label: 'Training', uptimeFraction: 0.3, vms: 2, cores: 4, ramGb: 16, storageGb: 80 },
  ],
};
const base: TBudgetInput = { footprints: [hmis], personnel: { fteNeeded: 1.5, trainingPeople: 3 }, users: 3_000 };
const run = (extra: Partial<TBudgetInput> = {}, overrides: TRateOverrides = {}) => calculateBudget({ ...base, ...extra }, card, overrides);
const lineOf = (r: ReturnType<typeof run>, option: string, id: string) => r.options.find((o) => o.option === option)!.lines.find((l) => l.id === id)!;

describe('the default rate card', () => {
  it('validates, covers every option and every figure has a source', () => {
    expect(Object.keys(card.options).sort()).toEqual([...HOSTING_OPTIONS].sort());
    expect(RATE_KEYS.length).toBeGreaterThan(15);
    expect(card.note).toMatch(/indicative/i);
  });

  it.each([
    ['a zero figure', { value: 0, source: 'x' }, /positive/],
    ['a figure without a source', { value: 10, source: '' }, /source/],
    ['fractional cents', { value: 10.5, source: 'x' }, /whole cents/],
  ])('refuses %s', (_n, rate, message) => {
    const bad = structuredClone(cardJson) as unknown as { shared: Record<string, unknown> };
    bad.shared.labourDayRate = rate;
    const error = ZRateCard.safeParse(bad).error;
    expect(error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
});

describe('overrides', () => {
  it.each([
    ['zero without a reason', { 'on-premise': { serverCapex: { value: 0 } } }, false],
    ['zero with an empty reason', { 'on-premise': { serverCapex: { value: 0, reason: '   ' } } }, false],
    ['zero with a reason', { 'on-premise': { serverCapex: { value: 0, reason: 'servers donated' } } }, true],
    ['a number without a reason', { 'commercial-cloud': { corePerMonth: { value: 1200 } } }, true],
    ['a negative number', { 'commercial-cloud': { corePerMonth: { value: -1, reason: 'x' } } }, false],
    ['fractional cents', { 'commercial-cloud': { corePerMonth: { value: 12.5 } } }, false],
    ['an unknown option', { 'mars-base': { corePerMonth: { value: 1 } } }, false],
    ['an unknown figure', { saas: { unicorns: { value: 1 } } }, false],
  ])('%s → accepted %s', (_n, overrides, ok) => {
    expect(ZRateOverrides.safeParse(overrides).success).toBe(ok);
  });

  it('a zero override shows the user’s reason and marks the line overridden', () => {
    const l = lineOf(run({}, ZRateOverrides.parse({ 'on-premise': { monitoringPerSystemYear: { value: 0, reason: 'covered by the ministry-wide Zabbix' } } })), 'on-premise', 'monitoring');
    expect(l.perYear).toEqual([0, 0, 0, 0, 0]);
    expect(en(l.reason)).toBe('set to zero by user: covered by the ministry-wide Zabbix (monitoring per system per year)');
    expect(l.overridden).toBe(true);
  });

  it('a zero override is a reason with the user’s words and the rate, in each language', () => {
    const l = lineOf(run({}, ZRateOverrides.parse({ 'on-premise': { monitoringPerSystemYear: { value: 0, reason: 'couvert par le Zabbix du ministère' } } })), 'on-premise', 'monitoring');
    expect(l.reason).toEqual({ key: 'budget.zeroedByUser', params: { why: 'couvert par le Zabbix du ministère', rate: { key: 'budget.rateName', params: { key: 'monitoringPerSystemYear' } } } });
    expect(reasonSayer('fr')(l.reason)).toBe('mis à zéro par l’utilisateur : couvert par le Zabbix du ministère (supervision par système et par an)');
    expect(reasonSayer('pt')(l.reason)).toBe('posto a zero pelo utilizador: couvert par le Zabbix du ministère (monitorização por sistema por ano)');
  });

  it('a rule carries its figures; the reader’s language writes them (USD 1,234.5 / 1 234,5 USD)', () => {
    const l = lineOf(run({ years: 5 }), 'commercial-cloud', 'storage.production');
    expect(l.reason).toEqual({ key: 'budget.storage', params: { gb: 300, rate: expect.any(Number) } });
    const rate = (l.reason.params!.rate as number).toLocaleString('en');
    expect(en(l.reason)).toBe(`12 months × 300 GB × USD ${rate}; provisioned at the size reached at the end of the sizing horizon from year 1`);
    expect(reasonSayer('fr')(l.reason)).toBe(`12 mois × 300 Go × ${(l.reason.params!.rate as number).toLocaleString('fr')} USD ; provisionné dès l’année 1 à la taille atteinte à la fin de l’horizon du dimensionnement`);
    const big = lineOf(run({ footprints: [{ ...hmis, environments: hmis.environments.map((e) => ({ ...e, storageGb: e.storageGb * 10 })) }] }), 'commercial-cloud', 'storage.production');
    expect(reasonSayer('fr')(big.reason)).toMatch(/^12 mois × 3\u202f000 Go × /);
    expect(en(big.reason)).toMatch(/^12 months × 3,000 GB × /);
  });

  it('an override of a money rate is written in the budget’s currency the reader’s way', () => {
    const r = run({ currency: { code: 'XOF', exchangeRate: 600, minorDigits: 0 } }, ZRateOverrides.parse({ 'commercial-cloud': { monitoringPerSystemYear: { value: 30000, reason: 'devis' } } }));
    const l = lineOf(r, 'commercial-cloud', 'monitoring');
    expect(l.reason.key).toBe('budget.withNote');
    expect(reasonSayer('fr')(l.reason)).toMatch(/ ; supervision par système et par an modifié par l’utilisateur : 180\u202f000\u00a0FCFA au lieu de 720\u202f000\u00a0FCFA \(devis\)$/);
    expect(en(l.reason)).toMatch(/; monitoring per system per year overridden by user: XOF 180,000 instead of XOF 720,000 \(devis\)$/);
  });

  it('a number override is applied and explained', () => {
    const l = lineOf(run({}, ZRateOverrides.parse({ 'commercial-cloud': { monitoringPerSystemYear: { value: 30000, reason: 'quote' } } })), 'commercial-cloud', 'monitoring');
    expect(l.perYear[0]).toBe(30000);
    expect(en(l.reason)).toMatch(/^.*; monitoring per system per year overridden by user: USD 300\.00 instead of USD 1,200\.00 \(quote\)$/);
  });

  it('an override can make a not-applicable figure apply', () => {
    const l = lineOf(run({}, ZRateOverrides.parse({ saas: { monitoringPerSystemYear: { value: 10000 } } })), 'saas', 'monitoring');
    expect(l.perYear[0]).toBe(10000);
  });
});

describe('lines', () => {
  const result = run();

  it.each(HOSTING_OPTIONS.map((o) => [o]))('%s has every line, overlooked items included, each with a reason', (option) => {
    const o = result.options.find((x) => x.option === option)!;
    expect(o.lines.map((l) => l.id)).toEqual(BUDGET_LINES.map((l) => l.id));
    for (const id of OVERLOOKED_LINE_IDS) expect(o.lines.map((l) => l.id)).toContain(id);
    for (const l of o.lines) {
      expect(en(l.reason).length).toBeGreaterThan(10);
      if (l.total === 0) expect(en(l.reason)).toMatch(/^(not applicable|set to zero by user|missing input|no )/);
    }
  });

  it.each([
    ['commercial-cloud', 'power-network.power-ups', /^not applicable to this option/],
    ['commercial-cloud', 'hardware.refresh', /^not applicable to this option/],
    ['saas', 'patching', /^not applicable to this option/],
    ['on-premise', 'subscription', /^not applicable to this option/],
  ])('%s %s is zero with a reason', (option, id, reason) => {
    const l = lineOf(result, option, id);
    expect(l.total).toBe(0);
    expect(en(l.reason)).toMatch(reason);
  });

  it.each([
    ['on-premise', 'power-network.power-ups'],
    ['on-premise', 'power-network.network'],
    ['national-data-centre', 'power-network.power-ups'],
    ['on-premise', 'backups.offsite'],
    ['commercial-cloud', 'environments.non-production'],
    ['saas', 'subscription'],
  ])('%s %s costs something', (option, id) => {
    expect(lineOf(result, option, id).total).toBeGreaterThan(0);
  });

  it.each([1, 3, 5, 10])('with %i years every per-year array has that length and totals add up', (years) => {
    const r = run({ years });
    for (const o of r.options) {
      expect(o.totalsPerYear).toHaveLength(years);
      for (const l of o.lines) {
        expect(l.perYear).toHaveLength(years);
        expect(l.total).toBe(l.perYear.reduce((a, b) => a + b, 0));
        for (const v of l.perYear) expect(Number.isInteger(v)).toBe(true);
      }
      for (let y = 0; y < years; y++) expect(o.totalsPerYear[y]).toBe(o.lines.reduce((t, l) => t + l.perYear[y], 0));
      expect(o.grandTotal).toBe(o.lines.reduce((t, l) => t + l.total, 0));
      expect(BUDGET_CATEGORIES.reduce((t, c) => t + o.totalsPerCategory[c], 0)).toBe(o.grandTotal);
    }
  });

  it.each([
    [3, 5, [3]],
    [2, 5, [2, 4]],
    [3, 10, [3, 6, 9]],
    [2, 1, []],
  ])('OS/DB upgrades every %i years over %i years fall in years %j', (every, years, due) => {
    const l = lineOf(run({ years }, ZRateOverrides.parse({ 'on-premise': { osDbUpgradeEveryYears: { value: every } } })), 'on-premise', 'upgrades.os-db');
    const nonZero = l.perYear.flatMap((v, i) => (v > 0 ? [i + 1] : []));
    expect(nonZero).toEqual(due);
    if (due.length === 0) expect(en(l.reason)).toMatch(/^not applicable within the 1-year horizon/);
  });

  it.each([
    [5, [5]],
    [4, [5]],
    [10, [5, 9]],
  ])('hardware bought in year 1 is refreshed every 4 years: %i years → years %j', (years, due) => {
    const l = lineOf(run({ years }), 'on-premise', 'hardware.refresh');
    expect(l.perYear.flatMap((v, i) => (v > 0 ? [i + 1] : []))).toEqual(years === 4 ? [] : due);
  });

  it('patching and the annual upgrade are labour every year, per system', () => {
    const one = lineOf(run(), 'on-premise', 'patching');
    const two = lineOf(run({ footprints: [hmis, { ...hmis, label: 'DHIS2 — TB tracker' }] }), 'on-premise', 'patching');
    expect(one.perYear).toEqual(Array(5).fill(10 * 1 * 25000));
    expect(two.perYear[0]).toBe(2 * one.perYear[0]);
    expect(lineOf(run(), 'on-premise', 'upgrades.annual-major').perYear.every((v) => v === 10 * 25000)).toBe(true);
  });

  it('on-demand environments cost their uptime share in the cloud', () => {
    const l = lineOf(run(), 'commercial-cloud', 'environments.non-production');
    // 0.3 × (6×1500 + 24×400) + 0.3 × (4×1500 + 16×400) + (200 + 80) × 10 per month
    expect(l.perYear[0]).toBe(12 * (0.3 * (9000 + 9600) + 0.3 * (6000 + 6400) + 2800));
  });

  it('with no staging/training in the sizing the line stays, at zero, saying so', () => {
    const prodOnly = { ...hmis, environments: hmis.environments.slice(0, 1) };
    const l = lineOf(run({ footprints: [prodOnly] }), 'commercial-cloud', 'environments.non-production');
    expect([l.total, en(l.reason)]).toEqual([0, expect.stringMatching(/no staging, test or training environment/)]);
  });

  it('SaaS without a user count lists the missing input instead of guessing', () => {
    const r = run({ users: undefined });
    expect(en(lineOf(r, 'saas', 'subscription').reason)).toMatch(/^missing input/);
    expect(r.missing).toEqual([{ key: 'budget.missingUsers' }]);
    expect(r.missing.map(en)).toEqual([expect.stringMatching(/^users/)]);
  });

  it('options can be restricted', () => {
    expect(run({ options: ['saas', 'commercial-cloud'] }).options.map((o) => o.option)).toEqual(['saas', 'commercial-cloud']);
  });

  it.each([
    ['no footprints', { footprints: [] }],
    ['0 years', { years: 0 }],
    ['11 years', { years: 11 }],
    ['a bad currency code', { currency: { code: 'dollars' } }],
    ['a zero exchange rate', { currency: { code: 'KES', exchangeRate: 0 } }],
    ['an exchange rate that would overflow every amount', { currency: { code: 'KES', exchangeRate: 1e308 } }],
  ])('rejects %s', (_n, extra) => {
    expect(() => run(extra as Partial<TBudgetInput>)).toThrow();
  });
});

describe('currency and rounding (half away from zero, once per line and year)', () => {
  it.each([
    [0.5, 1],
    [1.5, 2],
    [2.5, 3],
    [-0.5, -1],
    [-2.5, -3],
    [2.4999, 2],
    [1.005 * 100, 101], // 100.49999999999999 in binary: trimmed to 100.5 first
    [0, 0],
  ])('roundHalfAwayFromZero(%d) = %d', (x, y) => {
    expect(roundHalfAwayFromZero(x)).toBe(y);
  });

  it.each([
    // usd cents, code, rate, digits, expected minor units
    [100, 'USD', 1, 2, 100],
    [0.5, 'USD', 1, 2, 1],
    [12345, 'KES', 129.5, 2, 1598678], // 123.45 USD × 129.5 = 15986.775 KES → 1598677.5 cents → 1598678
    [100, 'UGX', 3700, 0, 3700], // no minor unit
    [150, 'UGX', 3701, 0, 5552], // 1.5 × 3701 = 5551.5 → 5552
    [100, 'KWD', 0.307, 3, 307], // three-digit minor unit (fils)
    [1, 'EUR', 0.925, 2, 1], // 0.925 → 1
  ])('%d US cents in %s at %d with %d digits = %d', (cents, code, exchangeRate, minorDigits, expected) => {
    expect(toMinorUnits(cents, { code, exchangeRate, minorDigits })).toBe(expected);
  });

  it('a whole budget converts line by line and totals stay exact', () => {
    const usd = run();
    const ugx = run({ currency: { code: 'UGX', exchangeRate: 3_700, minorDigits: 0 } });
    const u = lineOf(usd, 'commercial-cloud', 'compute.production').perYear[0];
    expect(lineOf(ugx, 'commercial-cloud', 'compute.production').perYear[0]).toBe(roundHalfAwayFromZero((u / 100) * 3_700));
    for (const o of ugx.options) expect(o.grandTotal).toBe(o.lines.reduce((t, l) => t + l.total, 0));
    expect(ugx.assumptions.map(en).join(' ')).toMatch(/3,700 UGX per USD/);
  });
});
