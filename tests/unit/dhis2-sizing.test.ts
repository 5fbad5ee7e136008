import { describe, expect, it } from 'vitest';
import { DHIS2_SIZING as C } from '@/lib/content/sizing-reference';
import { calculateDhis2Sizing, postgresSettings } from '@/lib/domain/dhis2-sizing';
import { ZDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';

const one = (system: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems: [{ name: 'S', ...system }], ...extra }), C).systems[0];

describe('DHIS2 isolation and clustering', () => {
  it.each([
    ['small aggregate', { kind: 'aggregate', users: 200, concurrentUsers: 20 }, 'boombox'],
    ['aggregate at the limit', { kind: 'aggregate', users: C.boombox.maxUsers, concurrentUsers: C.boombox.maxConcurrent }, 'boombox'],
    ['aggregate just past the users limit', { kind: 'aggregate', users: C.boombox.maxUsers + 1, concurrentUsers: 10 }, 'separate'],
    ['aggregate just past the concurrency limit', { kind: 'aggregate', users: 100, concurrentUsers: C.boombox.maxConcurrent + 1 }, 'separate'],
    ['tiny tracker', { kind: 'tracker', users: 5, concurrentUsers: 1 }, 'separate'],
  ])('%s → %s', (_n, system, level) => {
    expect(one(system).isolation.level).toBe(level);
  });

  it.each([
    [C.clusterThreshold.concurrentUsers, 0, false, 1],
    [C.clusterThreshold.concurrentUsers + 1, 0, true, 2],
    [2_600, 0, true, 6],
    [100, C.clusterThreshold.trackedEntities + 1, true, 2],
  ])('%i concurrent users, %i tracked entities → clustered %s with %i core servers', (concurrentUsers, trackedEntities, isClustered, nodes) => {
    const s = one({ kind: 'tracker', users: 20_000, concurrentUsers, trackedEntities });
    expect([s.clustered.isClustered, s.clustered.coreNodes]).toEqual([isClustered, nodes]);
    expect(s.components.some((c) => c.component.startsWith('Redis'))).toBe(isClustered);
    expect(s.components.some((c) => c.component.startsWith('PostgreSQL read replica'))).toBe(isClustered);
  });
});

describe('DHIS2 memory, disk and environments', () => {
  it.each([
    [8, '2GB', '6GB'],
    [16, '4GB', '12GB'],
    [64, '16GB', '48GB'],
  ])('PostgreSQL with %i GB RAM: shared_buffers %s, effective_cache_size %s', (ram, shared, cache) => {
    const settings = Object.fromEntries(postgresSettings(ram, 200).map((s) => [s.setting, s.value]));
    expect([settings.shared_buffers, settings.effective_cache_size]).toEqual([shared, cache]);
  });

  it('derives the Java heap from the Tomcat RAM', () => {
    const s = one({ kind: 'aggregate', users: 3_000, concurrentUsers: 300 });
    const tomcat = s.components.find((c) => c.component.startsWith('DHIS2 core'))!;
    expect(s.javaHeapGb).toBe(Math.floor(tomcat.ramGb * C.heapFraction.value));
  });

  it('grows the database every year and keeps backups, staging and training', () => {
    const s = one({ kind: 'tracker', users: 2_000 }, { years: 4 });
    expect(s.databaseGbPerYear).toHaveLength(4);
    for (let y = 1; y < 4; y++) expect(s.databaseGbPerYear[y]).toBeGreaterThan(s.databaseGbPerYear[y - 1]);
    expect(s.environments.map((e) => e.kind)).toEqual(['production', 'staging', 'training']);
    expect(s.environments[1].uptimeFraction).toBe(0.3);
    const longer = one({ kind: 'tracker', users: 2_000 }, { years: 4, backupRetention: { daily: 30, weekly: 8, monthly: 12 } });
    expect(longer.backupStorageGb).toBeGreaterThan(s.backupStorageGb);
  });
});
