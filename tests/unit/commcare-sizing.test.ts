import { describe, expect, it } from 'vitest';
import { COMMCARE_SIZING as C } from '@/lib/content/sizing-reference';
import { calculateCommCareSizing, commcareTier } from '@/lib/domain/commcare-sizing';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import { runSizing } from '@/lib/app/sizing';

const size = (raw: Record<string, unknown>) => calculateCommCareSizing(ZCommCareSizingInput.parse(raw), C);

describe('CommCare configuration tier (guide, section 1.2)', () => {
  it.each([
    [1, 'single-server'],
    [1_499, 'single-server'],
    [1_500, 'micro-cluster'],
    [3_499, 'micro-cluster'],
    [3_500, 'small-cluster'],
    [14_999, 'small-cluster'],
    [15_000, 'large-cluster'],
    [15_001, 'large-cluster'],
  ])('%i users → %s', (users, tier) => {
    const result = commcareTier(users, C);
    expect(result.tier).toBe(tier);
    expect(result.reason).toContain(users.toLocaleString('en'));
  });
});

describe('CommCare projection in the manner of the commcare-resource-model', () => {
  it('grows storage period by period and follows the growth schedule', () => {
    const r = size({ users: 2_000, growth: [{ date: '2028-01-01', users: 6_000 }], startDate: '2027-01-01' });
    expect(r.periods.map((p) => p.users)).toEqual([2_000, 6_000, 6_000]);
    expect(r.tier.tier).toBe('small-cluster'); // sized for the peak
    const storage = r.totals.map((t) => t.dataStorageGb);
    expect(storage[1]).toBeGreaterThan(storage[0]);
    expect(storage[2]).toBeGreaterThan(storage[1]);
  });

  it('computes a service by the stated rule: Elasticsearch storage from forms, cases and updates', () => {
    const r = size({ users: 1_000, formsPerUserPerMonth: 50, casesPerUserPerMonth: 10, caseUpdatesPerUserPerMonth: 30, horizonMonths: 12, existingForms: 100_000 });
    const es = C.services.find((s) => s.id === 'elasticsearch')!;
    const forms = 100_000 + 1_000 * 50 * 12;
    const cases = 1_000 * 10 * 12;
    const updates = 1_000 * 30 * 12;
    const unit = Object.fromEntries(es.dataModels.map((m) => [m.field, m.unitBytes]));
    const bytes = (forms * unit.formsTotal + cases * unit.casesTotal + updates * unit.caseTransactionsTotal) * es.redundancy * (1 + C.storageBuffer.value);
    const period = r.services.find((s) => s.id === 'elasticsearch')!.perPeriod[0];
    const vms = Math.ceil(1_000 / es.usersPerNode!);
    expect(period.vms).toBe(vms + Math.ceil(vms * C.estimationBuffer.value));
    expect(period.dataStorageGb).toBeCloseTo(((bytes / vms) * period.vms) / 1e9, 1);
    expect(r.periods[0].formsTotal).toBe(forms);
  });

  it.each([
    ['forms per user', { formsPerUserPerMonth: 200 }, 'formsTotal'],
    ['attachments', { attachmentKbPerForm: 100 }, 'attachmentGb'],
  ] as const)('more %s means more storage', (_name, extra, field) => {
    const base = size({ users: 3_000 });
    const more = size({ users: 3_000, ...extra });
    expect(more.totals.at(-1)!.dataStorageGb).toBeGreaterThan(base.totals.at(-1)!.dataStorageGb);
    expect(more.periods.at(-1)![field]).toBeGreaterThan(base.periods.at(-1)![field]);
  });

  it.each([
    ['micro cluster: no HA minimums', 2_500, 1],
    ['small cluster: CouchDB keeps 3 nodes', 5_000, 3],
  ])('%s', (_name, users, couchVms) => {
    expect(size({ users }).services.find((s) => s.id === 'couchdb')!.perPeriod[0].vms).toBeGreaterThanOrEqual(couchVms);
    if (couchVms === 1) expect(size({ users }).services.find((s) => s.id === 'couchdb')!.perPeriod[0].vms).toBeLessThan(3);
  });

  it('never forgets backups and staging in the footprint', () => {
    const r = size({ users: 2_500 });
    expect(r.footprint.environments.map((e) => e.kind)).toEqual(['production', 'staging']);
    expect(r.footprint.backupStorageGb).toBeGreaterThan(r.totals.at(-1)!.dataStorageGb);
    expect(r.assumptions.join(' ')).toMatch(/default/);
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
