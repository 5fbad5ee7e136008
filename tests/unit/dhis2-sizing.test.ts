import { describe, expect, it } from 'vitest';
import dhis2Json from '@/content/sizing/dhis2.json';
import { ZDhis2SizingConstants } from '@/lib/domain/dhis2-sizing-constants';
import { calculateDhis2Sizing, postgresMaxConnections } from '@/lib/domain/dhis2-sizing';
import { ZDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';
import { reasonSayer } from '@/lib/i18n/reason-text';

const C = ZDhis2SizingConstants.parse(dhis2Json);
const size = (systems: Record<string, unknown>[], extra: Record<string, unknown> = {}) => calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems: systems.map((s, i) => ({ name: `S${i}`, ...s })), ...extra }), C);
const one = (system: Record<string, unknown>, extra: Record<string, unknown> = {}) => size([system], extra).systems[0];
const B = C.boombox;
const en = reasonSayer('en');
const T = C.clusterThreshold;

describe('isolation: a single machine only for a very simple aggregate system', () => {
  it.each([
    ['small aggregate', { kind: 'aggregate', users: 200, concurrentUsers: 20 }, 'boombox'],
    ['aggregate exactly at every limit', { kind: 'aggregate', users: B.maxUsers, concurrentUsers: B.maxConcurrent, dataValuesPerYear: B.maxDataValuesPerYear }, 'boombox'],
    ['aggregate with defaults at the users limit', { kind: 'aggregate', users: B.maxUsers }, 'boombox'],
    ['one user past the limit', { kind: 'aggregate', users: B.maxUsers + 1, concurrentUsers: 10 }, 'separate'],
    ['one concurrent user past the limit', { kind: 'aggregate', users: 100, concurrentUsers: B.maxConcurrent + 1 }, 'separate'],
    ['one data value a year past the limit', { kind: 'aggregate', users: 100, concurrentUsers: 10, dataValuesPerYear: B.maxDataValuesPerYear + 1 }, 'separate'],
    ['tiny tracker', { kind: 'tracker', users: 5, concurrentUsers: 1, trackedEntities: 10 }, 'separate'],
    ['large tracker', { kind: 'tracker', users: 20_000 }, 'separate'],
  ])('%s → %s', (_n, system, level) => {
    const s = one(system);
    expect(s.isolation.level).toBe(level);
    expect(en(s.isolation.reason).length).toBeGreaterThan(20);
  });

  it('a boombox is one production machine hosting every component in containers', () => {
    const s = one({ kind: 'aggregate', users: 200, concurrentUsers: 20 });
    expect(s.components.every((c) => c.placement === 'shared-host')).toBe(true);
    const prod = s.footprint.environments[0];
    expect(prod.vms).toBe(1);
    expect(prod.cores).toBe(s.components.reduce((t, c) => t + c.cores * c.machines, 0));
  });

  it('separate components each get their own VM or container', () => {
    const s = one({ kind: 'tracker', users: 1_000 });
    expect(s.components.every((c) => c.placement === 'own-machine')).toBe(true);
    expect(s.footprint.environments[0].vms).toBe(s.components.reduce((n, c) => n + c.machines, 0));
  });
});

describe('clustering: from the threshold on, 2+ core servers with Redis and a read replica', () => {
  it.each([
    ['concurrent just below', T.concurrentUsers - 1, 0, false, 1],
    ['concurrent at the threshold', T.concurrentUsers, 0, true, 2],
    ['concurrent for two nodes', 1_000, 0, true, 2],
    ['concurrent for three nodes', 1_001, 0, true, 3],
    ['2,600 concurrent', 2_600, 0, true, 6],
    ['tracked entities just below', 100, T.trackedEntities - 1, false, 1],
    ['tracked entities at the threshold', 100, T.trackedEntities, true, 2],
  ])('%s (%i concurrent, %i tracked entities) → clustered %s, %i core servers', (_n, concurrentUsers, trackedEntities, isClustered, nodes) => {
    const s = one({ kind: 'tracker', users: 20_000, concurrentUsers, trackedEntities });
    expect([s.clustered.isClustered, s.clustered.coreNodes, s.clustered.hasRedis, s.clustered.isExperimental]).toEqual([isClustered, nodes, isClustered, isClustered]);
    expect(s.components.some((c) => c.id === 'redis')).toBe(isClustered);
    if (isClustered) expect(s.components.some((c) => c.id === 'postgres-replica')).toBe(true);
    expect(s.components.find((c) => c.id === 'core')!.machines).toBe(nodes);
    expect(en(s.clustered.reason)).toMatch(isClustered ? /Redis/ : /one DHIS2 server suffices/);
  });
});

describe('Tomcat and the Java heap', () => {
  it.each([
    [1, 8, 5],
    [50, 8, 5],
    [51, 16, 11],
    [200, 16, 11],
    [201, 32, 22],
    [499, 32, 22],
    [500, 32, 22], // clustered: each node 32 GB
  ])('%i concurrent users → Tomcat %i GB, -Xmx%ig', (concurrentUsers, ram, xmx) => {
    const s = one({ kind: 'tracker', users: 10_000, concurrentUsers, trackedEntities: 1_000 });
    expect(s.components.find((c) => c.id === 'core')!.ramGb).toBe(ram);
    expect([s.javaHeapGb, s.javaHeap.xmxGb, s.javaHeap.javaOpts]).toEqual([xmx, xmx, `-Xms${xmx}g -Xmx${xmx}g`]);
    expect(en(s.javaHeap.reason)).toMatch(/70%/);
  });
});

describe('max_connections from the Tomcat connection pools', () => {
  // connection-pool.md: connection.pool.max_size default 80; reference/postgresql.md: max_connections = 200.
  it.each([
    [1, 200],
    [2, 200],
    [3, 260],
    [6, 500],
  ])('%i Tomcat(s) → max_connections %i', (nodes, conns) => {
    expect(postgresMaxConnections(nodes, C.postgres)).toBe(conns);
  });
});

describe('disk grows each year', () => {
  it.each([
    ['aggregate', 3, { kind: 'aggregate', users: 3_000 }],
    ['tracker', 5, { kind: 'tracker', users: 2_000 }],
    ['small tracker', 10, { kind: 'tracker', users: 800, concurrentUsers: 120 }],
  ])('%s over %i years', (_n, years, system) => {
    const s = one(system, { years });
    expect(s.disk.map((d) => d.year)).toEqual(Array.from({ length: years + 1 }, (_, i) => i));
    expect(s.databaseGbPerYear).toHaveLength(years);
    for (let y = 1; y <= years; y++) {
      expect(s.disk[y].databaseGb).toBeGreaterThan(s.disk[y - 1].databaseGb);
      expect(s.disk[y].postgresDiskGb).toBeGreaterThanOrEqual(s.disk[y - 1].postgresDiskGb);
    }
    expect(s.disk[0].databaseGb).toBeGreaterThanOrEqual(C.bytes.baselineGb.value);
    expect(s.components.find((c) => c.id === 'postgres')!.diskGb).toBeGreaterThanOrEqual(s.disk[years].postgresDiskGb);
  });

  it('computes the volume from the data', () => {
    // 1,000,000 data values a year × 300 B × 2 for analytics = 0.6 GB a year over the 20 GB baseline
    const s = one({ kind: 'aggregate', users: 100, concurrentUsers: 10, dataValuesPerYear: 1_000_000 }, { years: 2 });
    expect(s.disk.map((d) => d.databaseGb)).toEqual([20, 20.6, 21.2]);
  });
});

describe('environments and backups', () => {
  it.each([
    [{}, ['production', 'staging', 'training'], 0.3],
    [{ training: false }, ['production', 'staging'], 0.3],
    [{ staging: false, training: false }, ['production'], 0.3],
    [{ onDemandUptime: 0.5 }, ['production', 'staging', 'training'], 0.5],
  ])('%j → %j, on demand %d', (extra, kinds, uptime) => {
    const s = one({ kind: 'tracker', users: 2_000 }, extra);
    expect(s.environments.map((e) => e.kind)).toEqual(kinds);
    expect(s.footprint.environments.map((e) => e.kind)).toEqual(kinds);
    expect(s.environments[0].uptimeFraction).toBe(1);
    for (const e of s.environments.slice(1)) {
      expect(e.uptimeFraction).toBe(uptime);
      expect(en(e.reason)).toMatch(/on demand/);
    }
  });

  it.each([
    [{ dailyDays: 0, weeklyWeeks: 0, monthlyMonths: 0 }, 0],
    [{}, 13], // dhis2-server-tools backup-script: DAYS_TO_KEEP=7, WEEKS_TO_KEEP=4, monthly dirs removed after 60 days → 7 + 4 + 2
    [{ dailyDays: 7, weeklyWeeks: 4, monthlyMonths: 6 }, 17],
    [{ dailyDays: 30, weeklyWeeks: 52, monthlyMonths: 120 }, 202],
  ])('retention %j → %i copies', (backupRetention, copies) => {
    const s = one({ kind: 'tracker', users: 2_000 }, { backupRetention });
    expect(s.backup.copies).toBe(copies);
    const last = s.backup.perYear[s.backup.perYear.length - 1];
    expect(last.databaseGb).toBe(Math.ceil(s.backup.dumpGb * copies));
    expect(s.backupStorageGb).toBe(last.databaseGb + last.fileStoreGb);
    expect(s.footprint.backupStorageGb).toBe(s.backupStorageGb);
  });

  it('backup storage grows with retention and with the years of data', () => {
    const gb = (extra: Record<string, unknown>) => one({ kind: 'tracker', users: 2_000 }, extra).backupStorageGb;
    expect(gb({ backupRetention: { dailyDays: 3 } })).toBeLessThan(gb({}));
    expect(gb({})).toBeLessThan(gb({ backupRetention: { dailyDays: 30, monthlyMonths: 24 } }));
    expect(gb({ years: 2 })).toBeLessThan(gb({ years: 8 }));
  });

  it('returns one footprint per system, and the assumptions', () => {
    const r = size([
      { name: 'HMIS', kind: 'aggregate', users: 3_000 },
      { name: 'HIV tracker', kind: 'tracker', users: 800, concurrentUsers: 120 },
    ]);
    expect(r.footprints.map((f) => f.label)).toEqual(['DHIS2 — HMIS (aggregate)', 'DHIS2 — HIV tracker (tracker)']);
    expect(r.footprints.every((f) => f.platform === 'dhis2')).toBe(true);
    expect(r.assumptionReasons.length).toBeGreaterThan(5);
    expect(r.systems[0].inputs.defaulted.map((d) => en(d).split(' (')[0])).toEqual(['concurrent users', 'data values per year', 'tracked entities', 'events per year']);
  });
});

describe('the input schema', () => {
  it('fills every default', () => {
    expect(ZDhis2SizingInput.parse({ systems: [{ name: 'HMIS', kind: 'aggregate', users: 10 }] })).toEqual({
      systems: [{ name: 'HMIS', kind: 'aggregate', users: 10 }],
      years: 5,
      dhis2Version: '2.42',
      staging: true,
      stagingSize: 'production',
      training: true,
      onDemandUptime: 0.3,
      backupRetention: { dailyDays: 7, weeklyWeeks: 4, monthlyMonths: 2 },
    });
  });

  const sys = { name: 'HMIS', kind: 'aggregate', users: 10 };
  it.each([
    ['no systems', 'systems', {}],
    ['an empty list', 'systems', { systems: [] }],
    ['21 systems', 'systems', { systems: Array(21).fill(sys) }],
    ['a blank name', 'systems.0.name', { systems: [{ ...sys, name: ' ' }] }],
    ['an unknown kind', 'systems.0.kind', { systems: [{ ...sys, kind: 'both' }] }],
    ['0 users', 'systems.0.users', { systems: [{ ...sys, users: 0 }] }],
    ['fractional users', 'systems.0.users', { systems: [{ ...sys, users: 1.5 }] }],
    ['more concurrent than users', 'systems.0.concurrentUsers', { systems: [{ ...sys, concurrentUsers: 11 }] }],
    ['negative data values', 'systems.0.dataValuesPerYear', { systems: [{ ...sys, dataValuesPerYear: -1 }] }],
    ['an unknown field', 'systems.0', { systems: [{ ...sys, cpu: 4 }] }],
    ['0 years', 'years', { systems: [sys], years: 0 }],
    ['11 years', 'years', { systems: [sys], years: 11 }],
    ['uptime above 1', 'onDemandUptime', { systems: [sys], onDemandUptime: 1.5 }],
    ['negative retention', 'backupRetention.dailyDays', { systems: [sys], backupRetention: { dailyDays: -1 } }],
    ['a string for staging', 'staging', { systems: [sys], staging: 'yes' }],
    ['an unsupported DHIS2 version', 'dhis2Version', { systems: [sys], dhis2Version: '2.39' }],
    ['an unknown staging size', 'stagingSize', { systems: [sys], stagingSize: 'tiny' }],
  ])('rejects %s at %s', (_n, path, input) => {
    const error = ZDhis2SizingInput.safeParse(input).error;
    expect(error).toBeDefined();
    expect(error!.issues.map((i) => i.path.join('.'))).toContain(path);
    expect(error!.issues.every((i) => i.message.length > 3)).toBe(true);
  });
});
