import { describe, expect, it } from 'vitest';
import { COMMCARE_SIZING as C } from '@/lib/content/sizing-reference';
import { tenthRound } from '@/lib/domain/commcare-services';
import { calculateCommCareSizing, commcareTier } from '@/lib/domain/commcare-sizing';
import { ZCommCareSizingConstants } from '@/lib/domain/commcare-sizing-constants';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import { runSizing } from '@/lib/app/sizing';

const size = (raw: Record<string, unknown>) => calculateCommCareSizing(ZCommCareSizingInput.parse(raw), C);

describe('CommCare configuration tier (guide, section 1.2)', () => {
  const name = (key: string) => ({ key: `commcare.tiers.${key}` });
  it.each([
    [1, 'single-server', { key: 'commcare.tierFirst', params: { users: 1, max: 1_500, tier: name('singleServer') } }],
    [1_499, 'single-server', { key: 'commcare.tierFirst', params: { users: 1_499, max: 1_500, tier: name('singleServer') } }],
    [1_500, 'micro-cluster', { key: 'commcare.tierBetween', params: { users: 1_500, min: 1_500, max: 3_500, tier: name('microCluster') } }],
    [3_499, 'micro-cluster', { key: 'commcare.tierBetween', params: { users: 3_499, min: 1_500, max: 3_500, tier: name('microCluster') } }],
    [3_500, 'small-cluster', { key: 'commcare.tierBetween', params: { users: 3_500, min: 3_500, max: 15_000, tier: name('smallCluster') } }],
    [14_999, 'small-cluster', { key: 'commcare.tierBetween', params: { users: 14_999, min: 3_500, max: 15_000, tier: name('smallCluster') } }],
    [15_000, 'large-cluster', { key: 'commcare.tierLarge', params: { users: 15_000, min: 15_000, tier: name('largeCluster') } }],
    [15_001, 'large-cluster', { key: 'commcare.tierLarge', params: { users: 15_001, min: 15_000, tier: name('largeCluster') } }],
  ])('%i users → %s', (users, tier, why) => {
    const result = commcareTier(users, C);
    expect(result.tier).toBe(tier);
    expect(result.why).toEqual(why);
    expect(result.reason).toContain(users.toLocaleString('en'));
  });
});

describe('tenth_round of core/utils.py (ceil to the power of ten nearest 1%)', () => {
  it.each([
    [0, 0],
    [5.6445, 5.7], // 1% = 0.056 → 10^-1
    [0.1749, 0.175], // 1% = 0.0017 → 10^-3
    [0.0077, 0.0078], // 1% = 0.000077 → 10^-4
    [0.2, 0.2],
    [123.4, 124],
  ])('%f → %f', (value, rounded) => expect(tenthRound(value)).toBeCloseTo(rounded, 9));
});

/*
 * 2,500 users, defaults (configs/bka-test.yml@59d31816), 60 months, final month index 59.
 * Usage: forms_monthly = 2,500 × 300 = 750,000; forms_total F = 60 × that = 45,000,000;
 * cases_total = 2,500 × 10 + 2,500 × 150 × 60 = 22,525,000 (= case_indices, factor 1);
 * case_transactions_total = 3 × F = 135,000,000; synclogs_total = 2 months × 2,500 × 30 = 150,000;
 * kafka_changes = 750,000 + 375,000 + 2,250,000 + 75,000 = 3,450,000 a month, kept 2 months → 6,900,000;
 * requests_per_second = 750,000 × 0.00000666666 + 75,000 × 0.000001325 = 5.0994.
 * Estimation buffer of month 59 (summarize.py): 0.25 × 1.01^59 = 0.44958; static_number services get none.
 * - pg_shards: (F × 1,200 + 22,525,000 × (1,800 + 380) + 135,000,000 × 515) × 1.33 = 229.6 GB, × 2 for HA = 459.2 GB.
 * - pg_main: 100 GB on every VM × (1 + 0.44958), × 2 for HA = 289.9 GB; 1 + 1 HA VM × 2 / 8.
 * - pg_synclogs: 150,000 × 210,000 B × 1.33 = 41.9 GB. couchdb: 2 fixed VMs, (2,500 × 600 KB + 50 GB) × 2 × 1.8 = 185.4 GB.
 * - es_datanode: (F × 5,500 + 22,525,000 × 1,800) × 1.33 = 383.1 GB.
 * - riakcs: (F × 15,700 + 250 GB) × 3 × 1.33 = 3,816.4 GB. VMs: ceil(2,500 / 50,000) = 1; under 25 TB per VM;
 *   RAM model F × 130 B × 3 = 17.55 GB over (16 − 1) GB per VM adds ceil(2.55 / 15) = 1 → 2; buffer ceil(2 × 0.44958) = 1 → 3 × 4 / 16.
 * - pg_ucr: 22,525,000 × 8,000 B × 1.33 × 2 (HA) = 479.3 GB. pg_warehouse: F × 4,000 B × 1.33 = 239.4 GB.
 * - django: ceil(5.0994 / 0.5) = 11 gunicorn workers → 11 cores, 7.7 GB → by cores 11 / 4 → 3 VMs; buffer ceil(3 × 0.44958) = 2
 *   → 5 × 4 / 8; 50 GB on every VM (buffers overridden to 0) = 250 GB.
 * - redis: 2,500 × 50 KB × 1.33 = 0.17 GB (RAM 0.125 GB < 8 − 4). kafka: 6,900,000 × 500 B × 1.33 = 4.6 GB.
 * - pillowtop, celery, nginx, rabbitmq, formplayer: one fixed VM each with their static baseline.
 * - OS disks: 26 VMs × 50 GB = 1,300 GB → VM_os group ceil(1.3 TB) = 2 TB.
 */
describe('pinned output for the default configuration at 2,500 users, final period', () => {
  const r = size({ users: 2_500 });
  const last = (id: string) => r.services.find((s) => s.id === id)!.perPeriod.at(-1)!;
  it.each([
    // id, VMs, VM buffer, cores, RAM GB, data GB, data TB, OS GB
    ['pg_shards', 2, 0, 4, 16, 459.2, 0.46, 100],
    ['pg_main', 2, 0, 4, 16, 289.9, 0.29, 100],
    ['pg_synclogs', 1, 0, 2, 4, 41.9, 0.042, 50],
    ['couchdb', 2, 0, 4, 8, 185.4, 0.186, 100],
    ['es_datanode', 1, 0, 2, 16, 383.1, 0.39, 50],
    ['riakcs', 3, 1, 12, 48, 3816.4, 3.9, 150],
    ['pg_ucr', 2, 0, 4, 16, 479.3, 0.48, 100],
    ['pg_warehouse', 1, 0, 2, 4, 239.4, 0.24, 50],
    ['pillowtop', 1, 0, 8, 32, 100, 0.1, 50],
    ['celery', 1, 0, 8, 32, 100, 0.1, 50],
    ['django', 5, 2, 20, 40, 250, 0.25, 250],
    ['redis', 1, 0, 1, 8, 0.2, 0.000167, 50],
    ['nginx', 1, 0, 2, 4, 50, 0.05, 50],
    ['rabbitmq', 1, 0, 2, 4, 50, 0.05, 50],
    ['kafka', 1, 0, 2, 4, 4.6, 0.0046, 50],
    ['formplayer', 1, 0, 2, 4, 100, 0.1, 50],
  ] as const)('%s', (id, vms, vmBuffer, cores, ramGb, dataGb, dataTb, osGb) => {
    const p = last(id);
    expect([p.vms, p.vmBuffer, p.cores, p.ramGb, p.osStorageGb]).toEqual([vms, vmBuffer, cores, ramGb, osGb]);
    expect(p.dataStorageGb).toBeCloseTo(dataGb, 1);
    expect(p.dataStorageTb).toBeCloseTo(dataTb, 9);
  });

  it('riakcs: an extra VM for the RAM model before the buffer', () => {
    expect([last('riakcs').usageVms, last('riakcs').extraVmsForStorage, last('riakcs').extraVmsForRam]).toEqual([2, 0, 1]);
    expect([last('redis').usageVms, last('redis').extraVmsForRam]).toEqual([1, 0]);
  });

  it('totals and storage groups', () => {
    const t = r.totals.at(-1)!;
    expect([t.vms, t.cores, t.ramGb, t.osStorageGb, t.osStorageTb]).toEqual([26, 79, 256, 1300, 2]);
    expect(t.dataStorageTb).toBeCloseTo(6.642767, 9);
    expect(Object.fromEntries(r.storageByGroup.map((g) => [g.group, g.perPeriodTb.at(-1)]))).toEqual({ SAS: 0.544767, SSD: 5.598, VM_os: 2, VM_other: 0.5 });
    expect(r.footprint.environments[0]).toMatchObject({ kind: 'production', vms: 26, cores: 79, ramGb: 256 });
  });

  it('defaults are the configuration\'s own rates and a 60-month horizon', () => {
    expect(r.inputs).toMatchObject({ horizonMonths: 60, formsPerUserPerMonth: 300, casesPerUserPerMonth: 150, caseUpdatesPerUserPerMonth: 900, attachmentKbPerForm: 15.7, existingForms: 0 });
    expect(last('pg_shards').estimationBuffer).toBeCloseTo(0.25 * 1.01 ** 59, 12);
    // Summary date 2024-08 is one month after the config's first month; then the final month.
    expect(r.periods.map((p) => p.monthIndex)).toEqual([1, 59]);
    expect(r.periods.at(-1)).toMatchObject({ users: 2_500, formsTotal: 45_000_000, casesTotal: 22_525_000, caseTransactionsTotal: 135_000_000 });
  });
});

/*
 * 15,000 users: F = 270,000,000. riakcs: 1 VM by users, RAM F × 390 B = 105.3 GB → +7 → 8, buffer ceil(8 × 0.44958) = 4
 * → 12; data (F × 15,700 + 250 GB) × 3 × 1.33 = 17,911.1 GB. django: requests 30.596 → 62 workers → 16 VMs + 8 = 24.
 */
it('15,000 users: riakcs and django scale, the fixed services do not', () => {
  const r = size({ users: 15_000 });
  const p = (id: string) => r.services.find((s) => s.id === id)!.perPeriod.at(-1)!;
  expect([p('riakcs').vms, p('django').vms, p('couchdb').vms, p('pg_main').vms]).toEqual([12, 24, 2, 2]);
  expect(p('riakcs').dataStorageGb).toBeCloseTo(17_911.1, 1);
  expect(r.totals.at(-1)).toMatchObject({ vms: 54, cores: 191, ramGb: 552, osStorageGb: 2_700 });
});

describe('rules of the resource model', () => {
  it('static-count services get no VM buffer; others get ceil(VMs × buffer)', () => {
    const r = size({ users: 100_000 });
    const p = (id: string) => r.services.find((s) => s.id === id)!.perPeriod.at(-1)!;
    // pg_main: static_number 1, no buffer, doubled for HA.
    expect([p('pg_main').vms, p('pg_main').vmBuffer]).toEqual([2, 0]);
    // django: 30,000,000 forms a month × 0.00000666666 + 3,000,000 synclogs × 0.000001325 = 203.975 requests/s
    // → 408 workers → 102 VMs by cores; buffer ceil(102 × 0.44958) = 46 → 148 VMs × 4 cores.
    expect([p('django').vms, p('django').vmBuffer, p('django').cores]).toEqual([148, 46, 592]);
  });

  it('growth steps: users per month, a period at the end of each range, and growth across periods', () => {
    const r = size({ users: 2_000, growth: [{ date: '2027-07-01', users: 6_000 }], startDate: '2027-01-01', formsPerUserPerMonth: 300 });
    expect(r.periods.map((p) => [p.monthIndex, p.users])).toEqual([[1, 2_000], [5, 2_000], [59, 6_000]]);
    // forms_total: 2,000 × 300 × 6 months, then + 6,000 × 300 × 54 months.
    expect(r.periods.map((p) => p.formsTotal)).toEqual([1_200_000, 3_600_000, 100_800_000]);
    expect(r.tier.tier).toBe('small-cluster'); // sized for the peak
    const storage = r.totals.map((t) => t.dataStorageGb);
    expect(storage[1]).toBeGreaterThan(storage[0]);
    expect(storage[2]).toBeGreaterThan(storage[1]);
    const django = r.services.find((s) => s.id === 'django')!.perPeriod.map((p) => p.vms);
    // 2,000 users: 4.0795 requests/s → 9 workers → 3 VMs + 1; 6,000 users: 12.2385 → 25 workers → 7 VMs + ceil(7 × 0.44958) = 4.
    expect(django).toEqual([4, 4, 11]);
    const couchdb = r.services.find((s) => s.id === 'couchdb')!.perPeriod.map((p) => p.vms);
    expect(couchdb).toEqual([2, 2, 2]); // static_number 2, whatever the load
  });

  it('maps the rate inputs onto the usage models: case updates are per form', () => {
    const a = size({ users: 1_000, formsPerUserPerMonth: 100 });
    expect(a.inputs.caseUpdatesPerUserPerMonth).toBe(300);
    expect(a.periods.at(-1)!.caseTransactionsTotal).toBe(1_000 * 300 * 60);
    const b = size({ users: 1_000, formsPerUserPerMonth: 100, caseUpdatesPerUserPerMonth: 50, casesPerUserPerMonth: 10 });
    // cases_total keeps the config's baseline of 10 cases per user on top of the monthly growth.
    expect(b.periods.at(-1)).toMatchObject({ caseTransactionsTotal: 1_000 * 50 * 60, casesTotal: 1_000 * 10 + 1_000 * 10 * 60 });
    expect(b.assumptions.join(' ')).toContain('Case updates per user per month: 50 (0.5 per form).');
  });

  it('include_ha_resources doubles VMs, cores, RAM and storage', () => {
    const C2 = ZCommCareSizingConstants.parse({ ...C, services: C.services.map((s) => (s.id === 'pg_shards' ? { ...s, includeHaResources: false } : s)) });
    const a = calculateCommCareSizing(ZCommCareSizingInput.parse({ users: 2_500 }), C2).services.find((s) => s.id === 'pg_shards')!.perPeriod.at(-1)!;
    const b = size({ users: 2_500 }).services.find((s) => s.id === 'pg_shards')!.perPeriod.at(-1)!;
    expect([b.vms, b.cores, b.ramGb, b.haVms]).toEqual([a.vms * 2, a.cores * 2, a.ramGb * 2, a.vms]);
    expect(b.dataStorageGb).toBeCloseTo(a.dataStorageGb * 2, 0);
  });

  it.each([
    ['forms per user', { formsPerUserPerMonth: 20_000 }, 'formsTotal'],
    ['attachments', { attachmentKbPerForm: 100 }, 'attachmentGb'],
  ] as const)('more %s means more storage', (_name, extra, field) => {
    const base = size({ users: 3_000 });
    const more = size({ users: 3_000, ...extra });
    expect(more.totals.at(-1)!.dataStorageGb).toBeGreaterThan(base.totals.at(-1)!.dataStorageGb);
    expect(more.periods.at(-1)![field]).toBeGreaterThan(base.periods.at(-1)![field]);
  });

  it('never forgets backups and staging in the footprint', () => {
    const r = size({ users: 2_500 });
    expect(r.footprint.environments.map((e) => e.kind)).toEqual(['production', 'staging']);
    expect(r.footprint.backupStorageGb).toBeGreaterThan(r.totals.at(-1)!.dataStorageGb);
    expect(r.assumptions.join(' ')).toMatch(/default/);
  });

  it('rejects a mapping onto a parameter the usage model does not have', () => {
    const bad = { ...C, inputMapping: C.inputMapping.map((m) => (m.input === 'casesPerUserPerMonth' ? { ...m, usage: 'forms_total' } : m)) };
    expect(ZCommCareSizingConstants.safeParse(bad).success).toBe(false);
  });
});

describe('sizing request schema', () => {
  it.each<[string, unknown, string | null]>([
    ['minimal CommCare', { platform: 'commcare', users: 2_500 }, null],
    ['no platform', { users: 2_500 }, 'platform'],
    ['negative users', { platform: 'commcare', users: -5 }, 'users'],
    ['users as text', { platform: 'commcare', users: 'many' }, 'users'],
    ['huge users', { platform: 'commcare', users: 1e12 }, 'users'],
    ['unknown field', { platform: 'commcare', users: 10, cores: 4 }, '(body)'],
    ['bad growth date', { platform: 'commcare', users: 10, growth: [{ date: '2027-02-30', users: 20 }] }, 'growth.0.date'],
    ['minimal DHIS2', { platform: 'dhis2', systems: [{ name: 'HMIS', kind: 'aggregate', users: 100 }] }, null],
    ['DHIS2 without systems', { platform: 'dhis2', systems: [] }, 'systems'],
    ['DHIS2 bad kind', { platform: 'dhis2', systems: [{ name: 'X', kind: 'other', users: 1 }] }, 'systems.0.kind'],
  ])('%s', (_name, body, errorPath) => {
    const outcome = runSizing(body);
    if (errorPath === null) expect(outcome.ok).toBe(true);
    else expect(outcome.ok ? null : Object.keys(outcome.fieldErrors)).toContain(errorPath);
  });
});
