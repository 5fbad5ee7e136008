import type { TFootprint } from './footprint';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import type { TDhis2SizingParsed } from '@/lib/schemas/sizing-dhis2';

/**
 * DHIS2 sizing per system (each provisioned separately, 001): the components of the hosting notes
 * (web proxy, Tomcat/DHIS2 core, PostgreSQL, monitoring) with cores, RAM and disk; the Java heap;
 * PostgreSQL memory settings derived from the database machine's RAM; database and disk growth per
 * year; the isolation level (a single "boombox" machine only for very simple aggregate setups,
 * 001/002); a clustered core with Redis and a PostgreSQL read replica past a threshold (003);
 * production, staging/test and training environments (on demand, 001); backup storage from the
 * retention policy. Every number carries the rule that produced it.
 */

export type TComponent = {
  id: 'proxy' | 'core' | 'postgres' | 'postgres-replica' | 'redis' | 'monitoring';
  component: string;
  machines: number;
  cores: number;
  ramGb: number;
  diskGb: number;
  /** `shared-host`: in a container on the single machine of a boombox setup. */
  placement: 'own-machine' | 'shared-host';
  reason: string;
};
export type TPostgresSetting = { setting: string; value: string; reason: string };
export type TDiskYear = { year: number; transactionalGb: number; databaseGb: number; postgresDiskGb: number; reason: string };
export type TDhis2Environment = { kind: 'production' | 'staging' | 'training'; label: string; uptimeFraction: number; vms: number; cores: number; ramGb: number; diskGb: number; reason: string };
export type TDhis2SystemSizing = {
  name: string;
  kind: 'aggregate' | 'tracker';
  inputs: { users: number; concurrentUsers: number; dataValuesPerYear: number; trackedEntities: number; eventsPerYear: number; defaulted: string[] };
  isolation: { level: 'boombox' | 'separate'; recommendation: string; reason: string };
  clustered: { isClustered: boolean; coreNodes: number; hasRedis: boolean; hasReadReplica: boolean; reason: string };
  components: TComponent[];
  /** -Xmx of each Tomcat, in GB. */
  javaHeapGb: number;
  javaHeap: { xmxGb: number; javaOpts: string; reason: string };
  postgresRam: { gb: number; reason: string };
  postgresSettings: TPostgresSetting[];
  /** Database size at the end of years 1..N (GB), analytics included. */
  databaseGbPerYear: number[];
  /** Year 0 (now) to N: the database and the PostgreSQL disk it needs. */
  disk: TDiskYear[];
  environments: TDhis2Environment[];
  backupStorageGb: number;
  backup: { gb: number; copies: number; dumpGb: number; reason: string };
  footprint: TFootprint;
};
export type TDhis2SizingResult = { systems: TDhis2SystemSizing[]; footprints: TFootprint[]; assumptions: string[] };

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => n.toLocaleString('en');
const pct = (f: number) => `${Math.round(f * 100)}%`;
const mb = (n: number) => (n >= 1024 && n % 1024 === 0 ? `${n / 1024}GB` : `${n}MB`);

/** max_connections: every core server's connection pool plus a reserve, with a floor. */
export function postgresMaxConnections(coreNodes: number, p: TDhis2SizingConstants['postgres']) {
  return Math.max(p.minMaxConnections, coreNodes * p.poolPerCoreNode + p.reservedConnections);
}

/** PostgreSQL memory settings derived from the database machine's RAM (GB) and max_connections. */
export function postgresSettings(ramGb: number, maxConnections: number, p: TDhis2SizingConstants['postgres']): TPostgresSetting[] {
  const ramMb = ramGb * 1024;
  const sharedMb = Math.floor(ramMb * p.sharedBuffersFraction);
  const cacheMb = Math.floor(ramMb * p.effectiveCacheFraction);
  const workMb = Math.max(p.workMemMinMb, Math.min(p.workMemMaxMb, Math.floor((ramMb - sharedMb) / (p.workMemDivisor * maxConnections))));
  const maintenanceMb = Math.min(p.maintenanceMaxMb, Math.floor(ramMb / p.maintenanceDivisor));
  return [
    { setting: 'shared_buffers', value: mb(sharedMb), reason: `${pct(p.sharedBuffersFraction)} of the database machine's ${ramGb} GB RAM (PostgreSQL docs: about 25% on a dedicated server)` },
    { setting: 'effective_cache_size', value: mb(cacheMb), reason: `${pct(p.effectiveCacheFraction)} of ${ramGb} GB: what shared buffers and the OS cache hold together (50-75% usual)` },
    { setting: 'work_mem', value: mb(workMb), reason: `(RAM − shared_buffers) / (${p.workMemDivisor} × ${maxConnections} connections), between ${p.workMemMinMb} and ${p.workMemMaxMb} MB; per sort or hash, so it is kept modest` },
    { setting: 'maintenance_work_mem', value: mb(maintenanceMb), reason: `RAM / ${p.maintenanceDivisor}, at most ${mb(p.maintenanceMaxMb)} (VACUUM, index builds, analytics table generation)` },
    { setting: 'max_connections', value: String(maxConnections), reason: `each core server's connection pool (${p.poolPerCoreNode}) plus ${p.reservedConnections} for administration, backups and replication, at least ${p.minMaxConnections}` },
  ];
}

function sizeSystem(system: TDhis2SizingParsed['systems'][number], input: TDhis2SizingParsed, c: TDhis2SizingConstants): TDhis2SystemSizing {
  const d = c.defaults;
  const defaulted: string[] = [];
  const pick = (value: number | undefined, fallback: number, label: string) => {
    if (value !== undefined) return value;
    defaulted.push(label);
    return Math.round(fallback);
  };
  const isTracker = system.kind === 'tracker';
  const concurrentUsers = pick(system.concurrentUsers, Math.max(1, system.users * d.concurrentUserFraction.value), `concurrent users (${d.concurrentUserFraction.source})`);
  const dataValuesPerYear = pick(system.dataValuesPerYear, isTracker ? 0 : system.users * d.dataValuesPerUserPerYear.value, `data values per year (${isTracker ? 'none assumed for a tracker' : d.dataValuesPerUserPerYear.source})`);
  const trackedEntities = pick(system.trackedEntities, isTracker ? system.users * d.trackedEntitiesPerUser.value : 0, `tracked entities (${isTracker ? d.trackedEntitiesPerUser.source : 'none for an aggregate system'})`);
  const eventsPerYear = pick(system.eventsPerYear, isTracker ? system.users * d.eventsPerUserPerYear.value : 0, `events per year (${isTracker ? d.eventsPerUserPerYear.source : 'none for an aggregate system'})`);

  // Isolation (001/002): a single machine only for a very simple aggregate setup.
  const bb = c.boombox;
  const isBoombox = !isTracker && system.users <= bb.maxUsers && concurrentUsers <= bb.maxConcurrent && dataValuesPerYear <= bb.maxDataValuesPerYear;
  const isolation: TDhis2SystemSizing['isolation'] = isBoombox
    ? {
        level: 'boombox',
        recommendation: 'A single machine is acceptable, ideally with the proxy, Tomcat and PostgreSQL in separate containers.',
        reason: `A very simple aggregate system: ${fmt(system.users)} users, ${fmt(concurrentUsers)} concurrent and ${fmt(dataValuesPerYear)} data values a year, within ${fmt(bb.maxUsers)} / ${fmt(bb.maxConcurrent)} / ${fmt(bb.maxDataValuesPerYear)}. ${bb.source}.`,
      }
    : {
        level: 'separate',
        recommendation: 'Separate VMs or containers for the proxy, Tomcat and PostgreSQL, with minimum access between them.',
        reason: isTracker
          ? 'A tracker is never a very simple aggregate setup (001/002): isolate the components for security, monitoring and scalability.'
          : `An aggregate system past the single-machine limits (${[
              system.users > bb.maxUsers && `${fmt(system.users)} users > ${fmt(bb.maxUsers)}`,
              concurrentUsers > bb.maxConcurrent && `${fmt(concurrentUsers)} concurrent > ${fmt(bb.maxConcurrent)}`,
              dataValuesPerYear > bb.maxDataValuesPerYear && `${fmt(dataValuesPerYear)} data values a year > ${fmt(bb.maxDataValuesPerYear)}`,
            ]
              .filter(Boolean)
              .join(', ')}): isolate the components (001/002).`,
      };

  // Clustering (003), inclusive thresholds.
  const t = c.clusterThreshold;
  const isClustered = concurrentUsers >= t.concurrentUsers || trackedEntities >= t.trackedEntities;
  const coreNodes = isClustered ? Math.max(2, Math.ceil(concurrentUsers / c.clusterNode.concurrentPerNode)) : 1;
  const clustered: TDhis2SystemSizing['clustered'] = {
    isClustered,
    coreNodes,
    hasRedis: isClustered,
    hasReadReplica: isClustered,
    reason: isClustered
      ? `${fmt(concurrentUsers)} concurrent users and ${fmt(trackedEntities)} tracked entities reach the threshold (${fmt(t.concurrentUsers)} concurrent or ${fmt(t.trackedEntities)} tracked entities): ${coreNodes} DHIS2 core servers (one per ${fmt(c.clusterNode.concurrentPerNode)} concurrent, at least 2) behind the proxy sharing Redis, and a PostgreSQL read replica fed by WAL. ${t.source}.`
      : `Below ${fmt(t.concurrentUsers)} concurrent users and ${fmt(t.trackedEntities)} tracked entities, one DHIS2 core server suffices (${fmt(concurrentUsers)} concurrent, ${fmt(trackedEntities)} tracked entities).`,
  };

  const tier = c.core.find((x) => concurrentUsers <= x.maxConcurrent);
  const core = isClustered || !tier ? { cores: c.clusterNode.cores, ramGb: c.clusterNode.ramGb, source: c.clusterNode.source } : tier;
  const xmxGb = Math.max(1, Math.floor(core.ramGb * c.heapFraction.value));
  const javaHeap = { xmxGb, javaOpts: `-Xms${xmxGb}g -Xmx${xmxGb}g`, reason: `${pct(c.heapFraction.value)} of the Tomcat machine's ${core.ramGb} GB, rounded down (${c.heapFraction.source}).` };

  // Data volume per year (0 = now).
  const b = c.bytes;
  const perYearBytes = dataValuesPerYear * b.dataValue.value + eventsPerYear * b.event.value;
  const transactionalGb = (y: number) => (trackedEntities * b.trackedEntity.value + perYearBytes * y) / 1e9;
  const disk: TDiskYear[] = Array.from({ length: input.years + 1 }, (_, y) => {
    const tx = transactionalGb(y);
    const db = round1(tx * c.analyticsFactor.value + b.baselineGb.value);
    return {
      year: y,
      transactionalGb: round1(tx),
      databaseGb: db,
      postgresDiskGb: Math.ceil(db * (1 + c.diskBuffer.value)),
      reason: `${y === 0 ? 'now' : `after ${y} year(s)`}: (${fmt(trackedEntities)} tracked entities × ${b.trackedEntity.value} B + ${y} × (${fmt(dataValuesPerYear)} data values × ${b.dataValue.value} B + ${fmt(eventsPerYear)} events × ${b.event.value} B)) × ${c.analyticsFactor.value} for analytics + ${b.baselineGb.value} GB baseline; disk +${pct(c.diskBuffer.value)} headroom`,
    };
  });
  const databaseGbPerYear = disk.slice(1).map((x) => x.databaseGb);
  const final = disk[disk.length - 1];
  const pgDisk = final.postgresDiskGb;

  const p = c.postgres;
  const pgRamGb = Math.min(p.maxRamGb, Math.max(p.minRamGb, 2 ** Math.ceil(Math.log2(Math.max(1, final.databaseGb * p.ramFractionOfData)))));
  const postgresRam = { gb: pgRamGb, reason: `${pct(p.ramFractionOfData)} of the ${fmt(final.databaseGb)} GB database after ${input.years} years, rounded up to a power of two, between ${p.minRamGb} and ${p.maxRamGb} GB` };
  const pgCores = Math.min(32, Math.max(2, Math.ceil((coreNodes * core.cores) / 2), Math.ceil(pgRamGb / 8)));
  const maxConnections = postgresMaxConnections(coreNodes, p);
  const os = c.osDiskGb.value;

  const placement = isBoombox ? ('shared-host' as const) : ('own-machine' as const);
  const proxyBox = isBoombox ? bb.sharedBox : c.proxy;
  const monitorBox = isBoombox ? bb.sharedBox : c.monitoring;
  const components: TComponent[] = [
    { id: 'proxy', component: 'Web proxy (nginx or Apache2, SSL termination)', machines: 1, cores: proxyBox.cores, ramGb: proxyBox.ramGb, diskGb: c.proxy.diskGb + (isBoombox ? 0 : os), placement, reason: `${isClustered ? 'Load sharing across the core servers and SSL termination' : 'SSL termination in front of Tomcat'} (001). ${isBoombox ? `A small container on the host (${bb.sharedBox.cores} core, ${bb.sharedBox.ramGb} GB).` : c.proxy.source}.` },
    { id: 'core', component: 'DHIS2 core (Tomcat)', machines: coreNodes, cores: core.cores, ramGb: core.ramGb, diskGb: os + 20, placement, reason: isClustered ? `${coreNodes} servers, one per ${fmt(c.clusterNode.concurrentPerNode)} concurrent users, at least 2: ${c.clusterNode.source}.` : `${fmt(concurrentUsers)} concurrent users → up to ${fmt(tier!.maxConcurrent)}: ${core.cores} cores, ${core.ramGb} GB (${tier!.source}); Java heap -Xmx${xmxGb}g.` },
    { id: 'postgres', component: 'PostgreSQL (primary)', machines: 1, cores: pgCores, ramGb: pgRamGb, diskGb: pgDisk + (isBoombox ? 0 : os), placement, reason: `RAM: ${postgresRam.reason}. Cores: half those of the core server(s) and at least one per 8 GB of RAM, 2-32. Disk: ${fmt(final.databaseGb)} GB after ${input.years} years + ${pct(c.diskBuffer.value)}, on a separate encrypted disk (002).` },
    ...(isClustered
      ? [
          { id: 'postgres-replica' as const, component: 'PostgreSQL read replica (WAL streaming)', machines: 1, cores: pgCores, ramGb: pgRamGb, diskGb: pgDisk + os, placement, reason: 'Same size as the primary, which it replicates; serves the read queries of the core servers (003).' },
          { id: 'redis' as const, component: 'Redis (cluster cache and sessions)', machines: 1, cores: c.redis.cores, ramGb: c.redis.ramGb, diskGb: os, placement, reason: `Shared by the clustered core servers (003). ${c.redis.source}.` },
        ]
      : []),
    { id: 'monitoring', component: 'Monitoring and alerting (Prometheus/Grafana or munin)', machines: 1, cores: monitorBox.cores, ramGb: monitorBox.ramGb, diskGb: c.monitoring.diskGb + (isBoombox ? 0 : os), placement, reason: `Metrics of every component and alerts by mail, Telegram or Slack (001). ${isBoombox ? 'A small container on the host; add an external uptime check, since a host cannot report its own outage.' : c.monitoring.source}.` },
  ];

  const sumOf = (f: (x: TComponent) => number) => components.reduce((total, x) => total + f(x) * x.machines, 0);
  const prodVms = isBoombox ? 1 : components.reduce((n, x) => n + x.machines, 0);
  const prod: TDhis2Environment = {
    kind: 'production',
    label: 'Production',
    uptimeFraction: 1,
    vms: prodVms,
    cores: sumOf((x) => x.cores),
    ramGb: sumOf((x) => x.ramGb),
    diskGb: sumOf((x) => x.diskGb) + (isBoombox ? os : 0),
    reason: isBoombox ? 'One machine hosting every component in containers; its size is the sum of their shares.' : `${prodVms} VMs or containers: the sum of the components above.`,
  };
  const env = c.environments;
  const stagingTomcat = c.core[Math.min(1, c.core.length - 1)];
  const stagingPgRam = Math.max(p.minRamGb, pgRamGb / 2);
  const stagingDisk = Math.ceil(final.databaseGb * env.stagingDataFraction.value * (1 + c.diskBuffer.value)) + 2 * os;
  const trainingTomcat = c.core[0];
  const environments: TDhis2Environment[] = [
    prod,
    ...(input.staging
      ? [
          {
            kind: 'staging' as const,
            label: 'Staging / test',
            uptimeFraction: input.onDemandUptime,
            vms: isBoombox ? 1 : 2,
            cores: stagingTomcat.cores + Math.max(2, Math.ceil(pgCores / 2)),
            ramGb: stagingTomcat.ramGb + stagingPgRam,
            diskGb: stagingDisk,
            reason: `To rehearse patches and the annual upgrade before production (000, 001). Tomcat ${stagingTomcat.cores} cores / ${stagingTomcat.ramGb} GB, PostgreSQL half the production RAM (at least ${p.minRamGb} GB); disk: ${pct(env.stagingDataFraction.value)} of the production data + headroom (${env.stagingDataFraction.source}). Runs ${pct(input.onDemandUptime)} of the time (001: on demand).`,
          },
        ]
      : []),
    ...(input.training
      ? [
          {
            kind: 'training' as const,
            label: 'Training',
            uptimeFraction: input.onDemandUptime,
            vms: 1,
            cores: trainingTomcat.cores + 2,
            ramGb: trainingTomcat.ramGb + p.minRamGb,
            diskGb: Math.ceil(env.trainingDataGb.value * (1 + c.diskBuffer.value)) + os,
            reason: `For training users without touching production (000, 001): the smallest Tomcat (${trainingTomcat.cores} cores / ${trainingTomcat.ramGb} GB) and a ${p.minRamGb} GB database on one machine; ${env.trainingDataGb.value} GB of data (${env.trainingDataGb.source}). Runs ${pct(input.onDemandUptime)} of the time (001: on demand).`,
          },
        ]
      : []),
  ];

  const r = input.backupRetention;
  const copies = r.dailyDays + r.weeklyWeeks + r.monthlyMonths;
  const dumpGb = round1((final.transactionalGb + b.baselineGb.value) * c.backupCompression.value);
  const backupStorageGb = Math.ceil(dumpGb * copies);
  const backup = {
    gb: backupStorageGb,
    copies,
    dumpGb,
    reason: `${copies} copies kept (${r.dailyDays} daily + ${r.weeklyWeeks} weekly + ${r.monthlyMonths} monthly) × a ${fmt(dumpGb)} GB compressed dump of year ${input.years}'s data (${fmt(final.transactionalGb)} GB transactional + ${b.baselineGb.value} GB baseline, × ${c.backupCompression.value}: ${c.backupCompression.source}). Kept off the database disk, with an off-site copy (001: backups and archiving need additional resources).`,
  };

  const footprint: TFootprint = {
    platform: 'dhis2',
    label: `DHIS2 — ${system.name} (${system.kind})`,
    environments: environments.map((e) => ({ kind: e.kind, label: e.label, uptimeFraction: e.uptimeFraction, vms: e.vms, cores: e.cores, ramGb: e.ramGb, storageGb: e.diskGb })),
    backupStorageGb,
  };
  return {
    name: system.name,
    kind: system.kind,
    inputs: { users: system.users, concurrentUsers, dataValuesPerYear, trackedEntities, eventsPerYear, defaulted },
    isolation,
    clustered,
    components,
    javaHeapGb: xmxGb,
    javaHeap,
    postgresRam,
    postgresSettings: postgresSettings(pgRamGb, maxConnections, p),
    databaseGbPerYear,
    disk,
    environments,
    backupStorageGb,
    backup,
    footprint,
  };
}

/** Sizes every DHIS2 system of the input (parsed by ZDhis2SizingInput) with the reference constants. */
export function calculateDhis2Sizing(input: TDhis2SizingParsed, constants: TDhis2SizingConstants): TDhis2SizingResult {
  const systems = input.systems.map((s) => sizeSystem(s, input, constants));
  const c = constants;
  return {
    systems,
    footprints: systems.map((s) => s.footprint),
    assumptions: [
      'Each DHIS2 system (HMIS, each tracker) is provisioned on its own servers, as countries typically do; budget them holistically (001).',
      `Single machine ("boombox") only for an aggregate system with at most ${fmt(c.boombox.maxUsers)} users, ${fmt(c.boombox.maxConcurrent)} concurrent and ${fmt(c.boombox.maxDataValuesPerYear)} data values a year; trackers are always isolated (001/002).`,
      `Clustered core with Redis and a PostgreSQL read replica from ${fmt(c.clusterThreshold.concurrentUsers)} concurrent users or ${fmt(c.clusterThreshold.trackedEntities)} tracked entities (003; the threshold is our assumption).`,
      `Java heap (-Xmx): ${pct(c.heapFraction.value)} of the Tomcat machine's RAM (${c.heapFraction.source}).`,
      `PostgreSQL settings from the database machine's RAM: shared_buffers ${pct(c.postgres.sharedBuffersFraction)}, effective_cache_size ${pct(c.postgres.effectiveCacheFraction)}, work_mem (RAM − shared_buffers) / (${c.postgres.workMemDivisor} × max_connections), maintenance_work_mem RAM / ${c.postgres.maintenanceDivisor} up to ${mb(c.postgres.maintenanceMaxMb)} (PostgreSQL documentation; tune from monitoring).`,
      `Storage per record: data value ${c.bytes.dataValue.value} B, tracked entity ${c.bytes.trackedEntity.value} B, event ${c.bytes.event.value} B, × ${c.analyticsFactor.value} for analytics tables, + ${c.bytes.baselineGb.value} GB baseline; tracked entities are the number held now, data values and events accumulate each year.`,
      `Staging/test and training instances run ${pct(input.onDemandUptime)} of the time: with cloud or virtual systems test servers need not be permanently on (001).`,
      `Backups: ${input.backupRetention.dailyDays} daily, ${input.backupRetention.weeklyWeeks} weekly and ${input.backupRetention.monthlyMonths} monthly compressed dumps without analytics tables, kept off the database disk; the file store (documents, images) is not included.`,
      c.source,
    ],
  };
}
