import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import dhis2Json from '@/content/sizing/dhis2.json';
import { calculateBudget } from '@/lib/domain/budget';
import { ZDhis2SizingConstants } from '@/lib/domain/dhis2-sizing-constants';
import { calculateDhis2Sizing, dhis2Tier } from '@/lib/domain/dhis2-sizing';
import { postgresConf, postgresSettings } from '@/lib/domain/dhis2-postgres-settings';
import { ZRateCard } from '@/lib/domain/rate-card';
import { ZDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';
import { reasonSayer } from '@/lib/i18n/reason-text';
import rateCardJson from '@/content/rate-cards/default.json';

/**
 * The DHIS2 sizing against DHIS2's own pages. Expected values are read from the cited pages
 * (dhis2/dhis2-docs @ 06b3727, dhis2/dhis2-server-tools @ dce3c4a); the comments quote them.
 */

const C = ZDhis2SizingConstants.parse(dhis2Json);
const size = (system: Record<string, unknown>, extra: Record<string, unknown> = {}) => calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems: [{ name: 'S', ...system }], ...extra }), C).systems[0];
const component = (s: ReturnType<typeof size>, id: string) => s.components.find((c) => c.id === id)!;
const setting = (s: { setting: string; value: string }[], name: string) => s.find((x) => x.setting === name)!.value;

describe('tier floors (dhis2-docs src/sysadmin/index.md, Server specifications)', () => {
  // "RAM | 8 GB minimum | 16 GB | 64 GB or more"; "CPU Cores | 4 cores | 8 cores | 16+ cores"; "Storage | 100 GB+ | 200 GB+ | 500 GB+"
  // Database server (how-to/PostgreSQL-setup.md): RAM 2 / 16 / 64+ GB (small raised to the current 8 GB minimum), 4 / 8 / 16 cores.
  it.each([
    ['small', 8, 4, 100, 8, 4],
    ['medium', 16, 8, 200, 16, 8],
    ['large', 64, 16, 500, 64, 16],
  ])('%s: instance %i GB / %i cores / %i GB, database server %i GB / %i cores', (tier, ram, cores, storage, dbRam, dbCores) => {
    const t = C.tiers.find((x) => x.tier === tier)!;
    expect([t.instance.ramGb, t.instance.cores, t.instance.storageGb, t.database.ramGb, t.database.cores, t.database.storageGb]).toEqual([ram, cores, storage, dbRam, dbCores, storage]);
  });

  // Our bands: small ≤ 50 concurrent and ≤ 100 GB; medium ≤ 200 and ≤ 200 GB; large beyond.
  it.each([
    [50, 100, 'small'],
    [51, 10, 'medium'],
    [10, 100.1, 'medium'],
    [200, 200, 'medium'],
    [201, 10, 'large'],
    [10, 201, 'large'],
  ])('%i concurrent users and a %d GB database → %s', (concurrent, db, tier) => {
    expect(dhis2Tier(concurrent, db, C).tier).toBe(tier);
  });

  it.each([
    ['small tracker', { kind: 'tracker', users: 100, concurrentUsers: 20, trackedEntities: 1_000, eventsPerYear: 1_000 }, 'small', 8, 4, 100],
    ['medium tracker', { kind: 'tracker', users: 1_000, concurrentUsers: 100, trackedEntities: 1_000, eventsPerYear: 1_000 }, 'medium', 16, 8, 200],
    ['large aggregate', { kind: 'aggregate', users: 3_000 }, 'large', 64, 16, 500],
  ])('%s: the database server meets its tier floor on its own (RAM, cores, disk)', (_n, system, tier, ram, cores, disk) => {
    const s = size(system);
    expect(s.tier.tier).toBe(tier);
    const pg = component(s, 'postgres');
    expect(pg.ramGb).toBeGreaterThanOrEqual(ram);
    expect(pg.cores).toBeGreaterThanOrEqual(cores);
    expect(pg.diskGb).toBeGreaterThanOrEqual(disk);
    expect(s.tier.source?.path).toBe('src/sysadmin/index.md');
  });
});

describe('memory split', () => {
  // getting-started/linux-manual-install.md: "allocate PostgreSQL database more that half of the available RAM"
  it('on a shared host PostgreSQL gets more than half the RAM', () => {
    const s = size({ kind: 'aggregate', users: 200, concurrentUsers: 20 });
    expect(s.memorySplit).toMatchObject({ placement: 'shared-host', hostRamGb: 16, postgresGb: 9, tomcatGb: 5 });
    expect(s.memorySplit.postgresShare).toBeGreaterThan(0.5);
    expect(s.environments[0].ramGb).toBe(16);
    expect(s.javaHeap.javaOpts).toBe('-Xms3g -Xmx3g'); // the manual install's own sample starts the heap at 3g
  });

  it.each([
    // 300 concurrent users: a 32 GB Tomcat; before this change the database had 16 GB.
    [{ kind: 'aggregate', users: 3_000 }, 32, 64],
    [{ kind: 'tracker', users: 1_000, concurrentUsers: 150, trackedEntities: 1_000, eventsPerYear: 1_000 }, 16, 16],
  ])('on separate machines the database server is never smaller than a Tomcat or the tier: %j', (system, tomcat, pg) => {
    const s = size(system);
    expect(component(s, 'core').ramGb).toBe(tomcat);
    expect(component(s, 'postgres').ramGb).toBe(pg);
    expect(s.memorySplit.postgresShare).toBeGreaterThanOrEqual(0.5);
  });
});

describe('postgresql.conf (reference/postgresql.md, "based on allocating 8 GB RAM to PostgreSQL")', () => {
  const at8 = postgresSettings(8, 200, C);
  it.each([
    ['jit', 'off'], // "jit = off"
    ['max_connections', '200'], // "max_connections = 200"
    ['shared_buffers', '2GB'], // server-tools Variables.md: 0.25 × RAM (the reference says ~40%: 3GB)
    ['work_mem', '20MB'], // PostgreSQL-setup.md sample 20MB; the formula (0.25 × 8 GB / 200) gives 10 MB
    ['maintenance_work_mem', '1GB'], // "maintenance_work_mem = 1GB"
    ['temp_buffers', '16MB'], // "temp_buffers = 16MB"
    ['effective_cache_size', '2534MB'], // Variables.md: 80% × (8192 − 1024 − 200 × 20) MB
    ['checkpoint_completion_target', '0.8'], // "checkpoint_completion_target = 0.8"
    ['synchronous_commit', 'off'], // "synchronous_commit = off"
    ['wal_writer_delay', '10s'], // "wal_writer_delay = 10s"
    ['random_page_cost', '1.1'], // "random_page_cost = 1.1" (SSD only)
    ['max_locks_per_transaction', '128'], // dhis-pg.conf.j2 and PostgreSQL-setup.md 128 (the reference says 96)
    ['track_activity_query_size', '8192'], // "track_activity_query_size = 8192"
    ['log_min_duration_statement', '300s'], // dhis-pg.conf.j2
  ])('%s = %s at 8 GB', (name, value) => {
    expect(setting(at8, name)).toBe(value);
  });

  it.each([
    [16, 200, '4GB', '20MB', '2GB', '8GB'], // 80% × (16384 − 2048 − 4000) = 8268 MB, rounded down
    [64, 200, '16GB', '81MB', '4GB', '35GB'],
    [256, 500, '64GB', '131MB', '4GB', '150GB'],
  ])('scales with RAM: %i GB, %i connections → shared_buffers %s, work_mem %s, maintenance_work_mem %s, effective_cache_size %s', (ram, conns, shared, work, maintenance, cache) => {
    const s = postgresSettings(ram, conns, C);
    expect([setting(s, 'shared_buffers'), setting(s, 'work_mem'), setting(s, 'maintenance_work_mem'), setting(s, 'effective_cache_size')]).toEqual([shared, work, maintenance, cache]);
  });

  it('shows the other page’s value where DHIS2’s pages disagree', () => {
    const alt = Object.fromEntries(at8.filter((s) => s.alternative).map((s) => [s.setting, s.alternative!.value]));
    expect(alt).toMatchObject({ shared_buffers: '3276MB', work_mem: '24MB', max_locks_per_transaction: '96', effective_cache_size: '8GB' });
    for (const s of at8.filter((x) => x.alternative)) expect(reasonSayer('en')(s.reason)).toContain(s.alternative!.value.replace(/MB$/, ''));
  });

  it('is copyable as a postgresql.conf snippet', () => {
    const conf = postgresConf(at8, 8);
    expect(conf.split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(at8.length);
    expect(conf).toMatch(/^jit\s+= off$/m);
    expect(conf).toMatch(/^max_locks_per_transaction\s+= 128$/m);
  });
});

describe('cluster parts (how-to/tomcat-clustering.md)', () => {
  // "A Redis data store must be installed"; "must share the same files folder ... AWS S3 ... or a shared network drive";
  // "A load balancer such as nginx"; "you can only have one shared Redis server". index.md: clustering "is still experimental".
  const s = size({ kind: 'tracker', users: 20_000, concurrentUsers: 1_200 });
  it.each([['One shared Redis'], ['Shared file store'], ['A load balancer'], ['Cache invalidation']])('includes %s', (part) => {
    expect(s.clustered.parts.some((p) => reasonSayer('en')(p.part).startsWith(part))).toBe(true);
  });
  it('says horizontal scaling is experimental, has one Redis and sizes the shared file store', () => {
    expect(s.clustered.isExperimental).toBe(true);
    expect(reasonSayer('en')(s.clustered.reason)).toMatch(/experimental/);
    expect(component(s, 'redis').machines).toBe(1);
    expect(s.fileStore.kind).toBe('shared');
    expect(s.fileStore.gb).toBeGreaterThan(0);
    expect(s.environments[0].diskGb).toBeGreaterThanOrEqual(s.fileStore.gb);
  });

  // reference/postgresql.md: "up to 5 read replicas per DHIS 2 instance"; "analytics and event queries will benefit".
  it.each([
    [{ kind: 'tracker', users: 1_000, concurrentUsers: 100, trackedEntities: 1_000 }, 0],
    [{ kind: 'aggregate', users: 3_000 }, 1], // large, one DHIS2 server: a replica without a cluster
    [{ kind: 'tracker', users: 20_000, concurrentUsers: 1_000 }, 1],
    [{ kind: 'tracker', users: 20_000, concurrentUsers: 3_000 }, 3],
    [{ kind: 'tracker', users: 100_000, concurrentUsers: 20_000 }, 5],
  ])('read replicas for %j: %i', (system, count) => {
    expect(size(system).readReplicas.count).toBe(count);
  });
});

describe('staging (concepts/Upgrade-Guide.md: "a test server, ideally with the same specifications as the production instance")', () => {
  it.each([
    [{ kind: 'aggregate', users: 3_000 }],
    [{ kind: 'aggregate', users: 200, concurrentUsers: 20 }],
    [{ kind: 'tracker', users: 20_000 }],
  ])('is production’s specification by default: %j', (system) => {
    const s = size(system);
    const [prod, staging] = s.environments;
    expect([staging.kind, staging.vms, staging.cores, staging.ramGb, staging.diskGb]).toEqual(['staging', prod.vms, prod.cores, prod.ramGb, prod.diskGb]);
    expect(staging.uptimeFraction).toBe(0.3);
  });
  it('is smaller only as a labelled choice, never below the small database server', () => {
    const s = size({ kind: 'aggregate', users: 3_000 }, { stagingSize: 'smaller' });
    const staging = s.environments[1];
    expect(reasonSayer('en')(staging.label)).toMatch(/smaller, your choice/);
    expect(staging.ramGb).toBeLessThan(s.environments[0].ramGb);
    expect(staging.ramGb).toBeGreaterThanOrEqual(C.tiers[0].database.ramGb);
  });
});

describe('backups include the file store, per year', () => {
  it('has the database and the file store each year, growing', () => {
    const s = size({ kind: 'tracker', users: 2_000 }, { years: 4 });
    expect(s.backup.perYear.map((y) => y.year)).toEqual([0, 1, 2, 3, 4]);
    for (const y of s.backup.perYear) expect(y.totalGb).toBe(y.databaseGb + y.fileStoreGb);
    expect(s.backup.perYear[4].totalGb).toBeGreaterThan(s.backup.perYear[0].totalGb);
    expect(s.backup.fileStoreGb).toBeGreaterThanOrEqual(s.fileStore.gb);
    expect(s.backup.isDefaultRetention).toBe(true);
    expect(s.backup.source?.path).toBe('deploy/roles/backups/templates/backup-script');
  });
});

describe('software and upgrades (index.md compatibility matrix; Upgrade-Guide.md)', () => {
  it.each([
    ['2.42', '24.04 LTS', '10'],
    ['2.41', '22.04 LTS', '9'],
    ['2.40', '22.04 LTS', '9'],
  ])('DHIS2 %s → Ubuntu %s, Tomcat %s, PostgreSQL 16, Java 17', (v, ubuntu, tomcat) => {
    const items = Object.fromEntries(size({ kind: 'aggregate', users: 3_000 }, { dhis2Version: v }).software.items.map((i) => [i.component, i.version]));
    expect(items).toMatchObject({ DHIS2: v, 'Ubuntu Server': ubuntu, 'Apache Tomcat': tomcat, PostgreSQL: '16 (13 or later)', PostGIS: '3 (2.2 or later)' });
    expect(items['Java (OpenJDK JRE)']).toMatch(/^17/);
  });
  it('an OS upgrade needs a temporary server the budget costs', () => {
    const s = size({ kind: 'aggregate', users: 3_000 });
    expect(s.upgrades.osUpgradeServer.months).toBe(1);
    expect(s.footprint.osUpgradeServer).toEqual({ cores: s.upgrades.osUpgradeServer.cores, ramGb: s.upgrades.osUpgradeServer.ramGb, storageGb: s.upgrades.osUpgradeServer.storageGb, months: 1 });
    const card = ZRateCard.parse(rateCardJson);
    const budget = calculateBudget({ years: 3, footprints: [s.footprint], personnel: { fteNeeded: 1, trainingPeople: 1 } }, card, {});
    const cloud = budget.options.find((o) => o.lines.find((l) => l.id === 'upgrades.os-db')!.reason.key === 'budget.osDbRented')!;
    expect(cloud).toBeDefined();
  });
});

describe('properties over random systems', () => {
  const arbInput = fc.record({
    kind: fc.constantFrom('aggregate', 'tracker'),
    users: fc.integer({ min: 1, max: 200_000 }),
    concurrentFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    trackedEntities: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }),
    dataValuesPerYear: fc.option(fc.integer({ min: 0, max: 500_000_000 }), { nil: undefined }),
    years: fc.integer({ min: 1, max: 10 }),
    stagingSize: fc.constantFrom('production', 'smaller'),
    dhis2Version: fc.constantFrom('2.42', '2.41', '2.40'),
  });
  const sized = (i: fc.RecordValue<typeof arbInput extends fc.Arbitrary<infer T> ? T : never>) =>
    size(
      { kind: i.kind, users: i.users, concurrentUsers: Math.floor(i.users * i.concurrentFraction), ...(i.trackedEntities !== undefined ? { trackedEntities: i.trackedEntities } : {}), ...(i.dataValuesPerYear !== undefined ? { dataValuesPerYear: i.dataValuesPerYear } : {}) },
      { years: i.years, stagingSize: i.stagingSize, dhis2Version: i.dhis2Version },
    );

  it('the database server never falls below the official tier floor', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const s = sized(i);
        const pg = component(s, 'postgres');
        const floor = s.memorySplit.placement === 'shared-host' ? { ...s.tier.database, ramGb: s.tier.database.ramGb, cores: 2 } : s.tier.database;
        return pg.ramGb >= floor.ramGb && pg.cores >= floor.cores && pg.diskGb >= s.tier.database.storageGb && s.environments[0].ramGb >= s.tier.instance.ramGb;
      }),
      { numRuns: 300 },
    );
  });

  it('PostgreSQL’s share never falls below half (more than half on a shared host)', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const m = sized(i).memorySplit;
        return m.placement === 'shared-host' ? m.postgresGb / m.hostRamGb! > 0.5 : m.postgresGb >= m.tomcatGb;
      }),
      { numRuns: 300 },
    );
  });

  it('no figure lacks a source or an assumption label', () => {
    const unlabelled = (node: unknown, path: string): string[] => {
      if (Array.isArray(node)) return node.flatMap((x, i) => unlabelled(x, `${path}.${i}`));
      if (!node || typeof node !== 'object') return [];
      const o = node as Record<string, unknown>;
      const here = 'reason' in o && !(o.source && typeof (o.source as { url?: unknown }).url === 'string') && !(typeof o.assumption === 'string' && o.assumption.length > 0) ? [path] : [];
      return [...here, ...Object.entries(o).flatMap(([k, v]) => (k === 'source' || k === 'alternative' ? [] : unlabelled(v, `${path}.${k}`)))];
    };
    fc.assert(
      fc.property(arbInput, (i) => {
        const s = sized(i);
        expect(unlabelled(s, 'system')).toEqual([]);
        return true;
      }),
      { numRuns: 100 },
    );
  });
});

describe('the reference data', () => {
  it('cites DHIS2 repositories and paths for every source', () => {
    for (const s of Object.values(C.sources)) {
      expect(s.repo).toMatch(/^dhis2\//);
      expect(s.url).toBe(`https://github.com/${s.repo}/blob/${s.repo === 'dhis2/dhis2-server-tools' ? 'main' : 'master'}/${s.path}`);
    }
  });
  it('the input’s default retention is dhis2-server-tools’ (7 daily, 4 weekly, 60 days of monthly copies)', () => {
    const parsed = ZDhis2SizingInput.parse({ systems: [{ name: 'S', kind: 'aggregate', users: 1 }] });
    expect(parsed.backupRetention).toEqual({ dailyDays: C.backupRetention.dailyDays, weeklyWeeks: C.backupRetention.weeklyWeeks, monthlyMonths: C.backupRetention.monthlyMonths });
  });
  it('refuses an unknown source', () => {
    const bad = structuredClone(dhis2Json) as { instanceFloorSource: { ref: string } };
    bad.instanceFloorSource.ref = 'nowhere';
    expect(ZDhis2SizingConstants.safeParse(bad).success).toBe(false);
  });
});
