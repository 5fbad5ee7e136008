import type { TFootprint } from './footprint';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import type { TDhis2SizingParsed } from '@/lib/schemas/sizing-dhis2';

/**
 * DHIS2 sizing per system (each provisioned separately): the components of the hosting notes
 * (web proxy, Tomcat/DHIS2 core, PostgreSQL, monitoring), their cores, RAM, Java heap and
 * PostgreSQL memory settings, disk growth per year, the isolation level, and a clustered core
 * with Redis and a read replica past a threshold. Every figure carries its rule.
 */

export type TComponent = { component: string; machines: number; cores: number; ramGb: number; diskGb: number; reason: string };
export type TDhis2SystemSizing = {
  name: string;
  kind: 'aggregate' | 'tracker';
  inputs: { users: number; concurrentUsers: number; dataValuesPerYear: number; trackedEntities: number; eventsPerYear: number; defaulted: string[] };
  isolation: { level: 'boombox' | 'separate'; reason: string };
  clustered: { isClustered: boolean; coreNodes: number; reason: string };
  components: TComponent[];
  javaHeapGb: number;
  postgresSettings: { setting: string; value: string; reason: string }[];
  databaseGbPerYear: number[];
  environments: { kind: 'production' | 'staging' | 'training'; label: string; uptimeFraction: number; cores: number; ramGb: number; diskGb: number }[];
  backupStorageGb: number;
  footprint: TFootprint;
};
export type TDhis2SizingResult = { systems: TDhis2SystemSizing[]; footprints: TFootprint[]; assumptions: string[] };

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => n.toLocaleString('en');

export function postgresSettings(ramGb: number, maxConnections: number): TDhis2SystemSizing['postgresSettings'] {
  const ramMb = ramGb * 1024;
  const workMb = Math.max(4, Math.min(64, Math.floor((ramMb * 0.25) / maxConnections)));
  const maintenanceMb = Math.min(2048, Math.floor(ramMb / 16));
  return [
    { setting: 'shared_buffers', value: `${Math.floor(ramGb * 0.25)}GB`, reason: '25% of the database machine’s RAM' },
    { setting: 'effective_cache_size', value: `${Math.floor(ramGb * 0.75)}GB`, reason: '75% of RAM: what the OS cache and shared buffers can hold together' },
    { setting: 'work_mem', value: `${workMb}MB`, reason: `a quarter of RAM shared by ${maxConnections} connections, between 4 and 64 MB` },
    { setting: 'maintenance_work_mem', value: maintenanceMb >= 1024 ? `${maintenanceMb / 1024}GB` : `${maintenanceMb}MB`, reason: 'RAM / 16, at most 2 GB (index builds, vacuum)' },
    { setting: 'max_connections', value: String(maxConnections), reason: 'DHIS2 connection pools of the core servers plus administration' },
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
  const dataValuesPerYear = pick(system.dataValuesPerYear, isTracker ? 0 : system.users * d.dataValuesPerUserPerYear.value, `data values per year (${d.dataValuesPerUserPerYear.source})`);
  const trackedEntities = pick(system.trackedEntities, isTracker ? system.users * d.trackedEntitiesPerUser.value : 0, `tracked entities (${d.trackedEntitiesPerUser.source})`);
  const eventsPerYear = pick(system.eventsPerYear, isTracker ? system.users * d.eventsPerUserPerYear.value : 0, `events per year (${d.eventsPerUserPerYear.source})`);

  const isBoombox = !isTracker && system.users <= c.boombox.maxUsers && concurrentUsers <= c.boombox.maxConcurrent;
  const isolation = isBoombox
    ? { level: 'boombox' as const, reason: `A simple aggregate system (${fmt(system.users)} users, ${fmt(concurrentUsers)} concurrent, within ${fmt(c.boombox.maxUsers)} / ${fmt(c.boombox.maxConcurrent)}): one machine may run proxy, Tomcat and PostgreSQL, ideally still in separate containers. ${c.boombox.source}.` }
    : { level: 'separate' as const, reason: `${isTracker ? 'A tracker' : `An aggregate system with ${fmt(system.users)} users and ${fmt(concurrentUsers)} concurrent`} is not a very simple aggregate setup: proxy, Tomcat and PostgreSQL go on separate VMs or containers with minimum access between them.` };

  const isClustered = concurrentUsers > c.clusterThreshold.concurrentUsers || trackedEntities > c.clusterThreshold.trackedEntities;
  const coreNodes = isClustered ? Math.max(2, Math.ceil(concurrentUsers / c.clusterNode.concurrentPerNode)) : 1;
  const clustered = {
    isClustered,
    coreNodes,
    reason: isClustered
      ? `${fmt(concurrentUsers)} concurrent users / ${fmt(trackedEntities)} tracked entities exceeds ${fmt(c.clusterThreshold.concurrentUsers)} / ${fmt(c.clusterThreshold.trackedEntities)}: ${coreNodes} DHIS2 core servers behind nginx sharing Redis, and a PostgreSQL read replica fed by WAL. ${c.clusterThreshold.source}.`
      : `Up to ${fmt(c.clusterThreshold.concurrentUsers)} concurrent users and ${fmt(c.clusterThreshold.trackedEntities)} tracked entities one DHIS2 core server suffices.`,
  };

  const tier = c.core.find((t) => concurrentUsers <= t.maxConcurrent);
  const core = isClustered || !tier ? { cores: c.clusterNode.cores, ramGb: c.clusterNode.ramGb } : tier;
  const javaHeapGb = Math.floor(core.ramGb * c.heapFraction.value);

  const b = c.bytes;
  const perYearBytes = dataValuesPerYear * b.dataValue.value + eventsPerYear * b.event.value;
  const databaseGbPerYear = Array.from({ length: input.years }, (_, y) =>
    round1(((trackedEntities * b.trackedEntity.value + perYearBytes * (y + 1)) * c.analyticsFactor.value) / 1e9 + b.baselineGb.value),
  );
  const finalDb = databaseGbPerYear[databaseGbPerYear.length - 1];
  const pgDisk = Math.ceil(finalDb * (1 + c.diskBuffer.value));
  const pgRam = Math.min(c.postgres.maxRamGb, Math.max(c.postgres.minRamGb, 2 ** Math.ceil(Math.log2(Math.max(1, finalDb * c.postgres.ramFractionOfData)))));
  const pgCores = Math.max(2, Math.ceil(core.cores / 2) * (isClustered ? 2 : 1));
  const os = c.osDiskGb.value;

  const components: TComponent[] = [
    { component: 'Web proxy (nginx or Apache2, SSL termination)', machines: 1, cores: c.proxy.cores, ramGb: c.proxy.ramGb, diskGb: c.proxy.diskGb + os, reason: 'One proxy in front of the core server(s); load sharing when clustered.' },
    { component: 'DHIS2 core (Tomcat)', machines: coreNodes, cores: core.cores, ramGb: core.ramGb, diskGb: os + 20, reason: isClustered ? `${coreNodes} servers, one per ${fmt(c.clusterNode.concurrentPerNode)} concurrent users (${c.clusterNode.source}).` : `Sized for ${fmt(concurrentUsers)} concurrent users: up to ${tier?.maxConcurrent} concurrent → ${core.cores} cores, ${core.ramGb} GB.` },
    { component: 'PostgreSQL (primary)', machines: 1, cores: pgCores, ramGb: pgRam, diskGb: pgDisk + os, reason: `Database ${fmt(finalDb)} GB after ${input.years} years (data values ${b.dataValue.value} B, tracked entities ${b.trackedEntity.value} B, events ${b.event.value} B, ×${c.analyticsFactor.value} for analytics, +${b.baselineGb.value} GB baseline); disk +${Math.round(c.diskBuffer.value * 100)}%; RAM ${Math.round(c.postgres.ramFractionOfData * 100)}% of the data rounded up to a power of two, ${c.postgres.minRamGb}-${c.postgres.maxRamGb} GB. Separate encrypted disk.` },
    ...(isClustered
      ? [
          { component: 'PostgreSQL read replica (WAL)', machines: 1, cores: pgCores, ramGb: pgRam, diskGb: pgDisk + os, reason: 'Same size as the primary; serves read queries of the core servers.' },
          { component: 'Redis (cluster cache)', machines: 1, cores: c.redis.cores, ramGb: c.redis.ramGb, diskGb: os, reason: 'Shared by the clustered core servers.' },
        ]
      : []),
    { component: 'Monitoring and alerting (Prometheus/Grafana or munin)', machines: 1, cores: c.monitoring.cores, ramGb: c.monitoring.ramGb, diskGb: c.monitoring.diskGb + os, reason: 'Collects metrics of every component and sends alerts (mail, Telegram, Slack).' },
  ];
  const prod = components.reduce((t, x) => ({ cores: t.cores + x.cores * x.machines, ramGb: t.ramGb + x.ramGb * x.machines, diskGb: t.diskGb + x.diskGb * x.machines }), { cores: 0, ramGb: 0, diskGb: 0 });
  const singleCore = c.core[Math.min(1, c.core.length - 1)];
  const environments: TDhis2SystemSizing['environments'] = [
    { kind: 'production', label: 'Production', uptimeFraction: 1, ...prod },
    ...(input.staging ? [{ kind: 'staging' as const, label: 'Staging / test', uptimeFraction: input.onDemandUptime, cores: singleCore.cores + pgCores, ramGb: singleCore.ramGb + pgRam, diskGb: pgDisk + 2 * os }] : []),
    ...(input.training ? [{ kind: 'training' as const, label: 'Training', uptimeFraction: input.onDemandUptime, cores: c.core[0].cores + 2, ramGb: c.core[0].ramGb + 8, diskGb: Math.ceil(b.baselineGb.value * 2) + 2 * os }] : []),
  ];
  const r = input.backupRetention;
  const backupStorageGb = Math.ceil(finalDb * c.backupCompression.value * (r.daily + r.weekly + r.monthly));
  const footprint: TFootprint = {
    platform: 'dhis2',
    label: `DHIS2 — ${system.name} (${isTracker ? 'tracker' : 'aggregate'})`,
    environments: environments.map((e) => ({ kind: e.kind, label: e.label, uptimeFraction: e.uptimeFraction, vms: e.kind === 'production' ? components.reduce((n, x) => n + x.machines, 0) : 2, cores: e.cores, ramGb: e.ramGb, storageGb: e.diskGb })),
    backupStorageGb,
  };
  return {
    name: system.name,
    kind: system.kind,
    inputs: { users: system.users, concurrentUsers, dataValuesPerYear, trackedEntities, eventsPerYear, defaulted },
    isolation,
    clustered,
    components,
    javaHeapGb,
    postgresSettings: postgresSettings(pgRam, c.postgres.maxConnections),
    databaseGbPerYear,
    environments,
    backupStorageGb,
    footprint,
  };
}

export function calculateDhis2Sizing(input: TDhis2SizingParsed, constants: TDhis2SizingConstants): TDhis2SizingResult {
  const systems = input.systems.map((s) => sizeSystem(s, input, constants));
  const r = input.backupRetention;
  return {
    systems,
    footprints: systems.map((s) => s.footprint),
    assumptions: [
      'Each DHIS2 system (HMIS, each tracker) is provisioned on its own servers, as countries typically do (001).',
      `Java heap (-Xmx): ${Math.round(constants.heapFraction.value * 100)}% of the Tomcat machine's RAM (${constants.heapFraction.source}).`,
      `Storage per record: data value ${constants.bytes.dataValue.value} B, tracked entity ${constants.bytes.trackedEntity.value} B, event ${constants.bytes.event.value} B, ×${constants.analyticsFactor.value} for analytics tables (${constants.analyticsFactor.source}).`,
      `Staging/test and training instances run on demand ${Math.round(input.onDemandUptime * 100)}% of the time: with cloud or virtual systems test servers need not be permanently on (001).`,
      `Backups: ${r.daily} daily, ${r.weekly} weekly and ${r.monthly} monthly compressed copies (${constants.backupCompression.source}), kept off the database disk.`,
      constants.source,
    ],
  };
}
