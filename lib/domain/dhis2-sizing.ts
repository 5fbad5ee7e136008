import type { TFootprint } from './footprint';
import { cite } from './dhis2-citations';
import type { TDhis2SizingConstants, TDhis2Tier } from './dhis2-sizing-constants';
import { backupSizing, fileStoreSizing, softwareVersions, upgradePlan } from './dhis2-operations';
import { postgresConf, postgresMaxConnections, postgresSettings, type TPostgresSetting } from './dhis2-postgres-settings';
import type { TDhis2SizingParsed } from '@/lib/schemas/sizing-dhis2';
import { testEnvironments } from './dhis2-environments';
import { reason } from './reason';

/**
 * DHIS2 sizing per system (each provisioned separately), held to DHIS2's own documentation: the
 * small / medium / large server specifications as floors for the instance and the database server
 * (our bands map a system to them), PostgreSQL more than half the RAM of a shared host and never
 * less than a Tomcat on its own machine, every postgresql.conf setting DHIS2 recommends, the
 * parts a cluster must have, read replicas, staging of production's specification, backups of the
 * database and the file store, software versions and upgrades. Every figure carries its `source`
 * (a page of DHIS2's documentation) or our `assumption`, and the rule that produced it.
 */

export { postgresMaxConnections, postgresSettings, type TPostgresSetting };

export type { TComponent, TDiskYear, TDhis2Environment, TFloor, TDhis2SystemSizing, TDhis2SizingResult } from './dhis2-sizing-types';
import type { TComponent, TDiskYear, TDhis2Environment, TDhis2SystemSizing, TDhis2SizingResult } from './dhis2-sizing-types';

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => n.toLocaleString('en');
const pct = (f: number) => `${Math.round(f * 100)}%`;

/** Our band: the larger of the tier by concurrent users and the tier by database size at the horizon. */
export function dhis2Tier(concurrentUsers: number, databaseGb: number, c: TDhis2SizingConstants): TDhis2Tier {
  const fits = (t: TDhis2Tier) => (t.maxConcurrent === null || concurrentUsers <= t.maxConcurrent) && (t.maxDatabaseGb === null || databaseGb <= t.maxDatabaseGb);
  return c.tiers.find(fits) ?? c.tiers[c.tiers.length - 1];
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
  const concurrentUsers = pick(system.concurrentUsers, Math.max(1, system.users * d.concurrentUserFraction.value), `concurrent users (assumption: ${d.concurrentUserFraction.assumption})`);
  const dataValuesPerYear = pick(system.dataValuesPerYear, isTracker ? 0 : system.users * d.dataValuesPerUserPerYear.value, `data values per year (${isTracker ? 'none assumed for a tracker' : `assumption: ${d.dataValuesPerUserPerYear.assumption}`})`);
  const trackedEntities = pick(system.trackedEntities, isTracker ? system.users * d.trackedEntitiesPerUser.value : 0, `tracked entities (${isTracker ? `assumption: ${d.trackedEntitiesPerUser.assumption}` : 'none for an aggregate system'})`);
  const eventsPerYear = pick(system.eventsPerYear, isTracker ? system.users * d.eventsPerUserPerYear.value : 0, `events per year (${isTracker ? `assumption: ${d.eventsPerUserPerYear.assumption}` : 'none for an aggregate system'})`);

  // Data volume per year (0 = now).
  const b = c.bytes;
  const perYearBytes = dataValuesPerYear * b.dataValue.value + eventsPerYear * b.event.value;
  const transactionalGb = (y: number) => (trackedEntities * b.trackedEntity.value + perYearBytes * y) / 1e9;
  const years = Array.from({ length: input.years + 1 }, (_, y) => y);
  const diskAssumption = `${b.trackedEntity.assumption}; ${b.dataValue.assumption}; ${b.event.assumption}; ${c.analyticsFactor.assumption}; ${c.diskBuffer.assumption}`;
  const disk: TDiskYear[] = years.map((y) => {
    const tx = transactionalGb(y);
    const db = round1(tx * c.analyticsFactor.value + b.baselineGb.value);
    return {
      year: y,
      transactionalGb: round1(tx),
      databaseGb: db,
      postgresDiskGb: Math.ceil(db * (1 + c.diskBuffer.value)),
      reason: `${y === 0 ? 'now' : `after ${y} year(s)`}: (${fmt(trackedEntities)} tracked entities × ${b.trackedEntity.value} B + ${y} × (${fmt(dataValuesPerYear)} data values × ${b.dataValue.value} B + ${fmt(eventsPerYear)} events × ${b.event.value} B)) × ${c.analyticsFactor.value} for analytics + ${b.baselineGb.value} GB baseline; disk +${pct(c.diskBuffer.value)} headroom`,
      assumption: diskAssumption,
    };
  });
  const final = disk[disk.length - 1];

  // DHIS2's specification (small / medium / large) by our bands.
  const tierSpec = dhis2Tier(concurrentUsers, final.databaseGb, c);
  const instanceSource = cite(c, c.instanceFloorSource);
  const databaseSource = cite(c, c.databaseFloorSource);
  const tier: TDhis2SystemSizing['tier'] = {
    tier: tierSpec.tier,
    label: tierSpec.label,
    instance: tierSpec.instance,
    database: tierSpec.database,
    databaseSource,
    reason: `${fmt(concurrentUsers)} concurrent users and a database of ${fmt(final.databaseGb)} GB after ${input.years} years make a ${tierSpec.label.toLowerCase()} system (our bands). DHIS2's ${tierSpec.label.toLowerCase()} instance: at least ${tierSpec.instance.ramGb} GB RAM, ${tierSpec.instance.cores} cores and ${tierSpec.instance.storageGb} GB of SSD; its database server: ${tierSpec.database.ramGb} GB RAM, ${tierSpec.database.cores} cores${tierSpec.tier === 'small' ? ` (${c.databaseSmallRamChoice})` : ''}. SSD is mandatory, with reads of at least 150 Mb/s (350 Mb/s or more is ideal).${isTracker && tierSpec.tier === 'large' ? ' For tracker at national scale DHIS2 suggests 32 GB and 32 CPUs as a starting point and the database on a dedicated server.' : ''}`,
    why: reason('dhis2.tier', {
      concurrent: concurrentUsers,
      databaseGb: final.databaseGb,
      years: input.years,
      size: reason(`dhis2.sizes.${tierSpec.tier}`),
      instanceRam: tierSpec.instance.ramGb,
      instanceCores: tierSpec.instance.cores,
      instanceStorage: tierSpec.instance.storageGb,
      databaseRam: tierSpec.database.ramGb,
      databaseCores: tierSpec.database.cores,
      smallChoice: tierSpec.tier === 'small' ? reason('dhis2.smallRamChoice', { choice: c.databaseSmallRamChoice }) : '',
      national: isTracker && tierSpec.tier === 'large' ? reason('dhis2.trackerNational') : '',
    }),
    source: instanceSource,
    assumption: c.tierBands.assumption,
  };

  // Clustering, inclusive thresholds.
  const t = c.clusterThreshold;
  const isClustered = concurrentUsers >= t.concurrentUsers || trackedEntities >= t.trackedEntities;
  const coreNodes = isClustered ? Math.max(2, Math.ceil(concurrentUsers / c.clusterNode.concurrentPerNode)) : 1;
  const clusterSource = cite(c, c.clustering.source);

  // Isolation: a single machine only for a very simple aggregate setup.
  const bb = c.boombox;
  const isBoombox = !isTracker && !isClustered && tierSpec.tier === 'small' && system.users <= bb.maxUsers && concurrentUsers <= bb.maxConcurrent && dataValuesPerYear <= bb.maxDataValuesPerYear;
  const isolationCite = { source: cite(c, bb.source), assumption: bb.assumption };
  const isolation: TDhis2SystemSizing['isolation'] = isBoombox
    ? {
        level: 'boombox',
        recommendation: 'A single machine is acceptable, ideally with the proxy, Tomcat and PostgreSQL in separate containers.',
        reason: `A very simple aggregate system: ${fmt(system.users)} users, ${fmt(concurrentUsers)} concurrent and ${fmt(dataValuesPerYear)} data values a year, within ${fmt(bb.maxUsers)} / ${fmt(bb.maxConcurrent)} / ${fmt(bb.maxDataValuesPerYear)}.`,
        ...isolationCite,
      }
    : {
        level: 'separate',
        recommendation: 'Separate VMs or containers for the proxy, Tomcat and PostgreSQL, with minimum access between them.',
        reason: isTracker
          ? 'A tracker is never a very simple aggregate setup: isolate the components for security, monitoring and scalability, and keep the database on its own server.'
          : `An aggregate system past the single-machine limits (${[
              system.users > bb.maxUsers && `${fmt(system.users)} users > ${fmt(bb.maxUsers)}`,
              concurrentUsers > bb.maxConcurrent && `${fmt(concurrentUsers)} concurrent > ${fmt(bb.maxConcurrent)}`,
              dataValuesPerYear > bb.maxDataValuesPerYear && `${fmt(dataValuesPerYear)} data values a year > ${fmt(bb.maxDataValuesPerYear)}`,
              tierSpec.tier !== 'small' && `a ${tierSpec.label.toLowerCase()} system`,
              isClustered && 'clustered',
            ]
              .filter(Boolean)
              .join(', ')}): isolate the components.`,
        ...isolationCite,
      };

  const fileStore = fileStoreSizing(system.users, input.years, isClustered, c);

  // Read replicas: for analytics and event queries, up to DHIS2's 5; for a large system or a cluster.
  const rr = c.readReplicas;
  const replicaCount = isClustered || tierSpec.tier === 'large' ? Math.min(rr.max, 1 + Math.floor(Math.max(0, coreNodes - 2) / rr.nodesPerReplica)) : 0;
  const readReplicas: TDhis2SystemSizing['readReplicas'] = {
    count: replicaCount,
    max: rr.max,
    reason:
      replicaCount > 0
        ? `${replicaCount} read replica(s) fed by streaming replication take the analytics and event queries off the primary (${isClustered ? `${coreNodes} DHIS2 servers` : 'a large system'}; one more per ${rr.nodesPerReplica} further servers, at most ${rr.max}).`
        : `None: a ${tierSpec.label.toLowerCase()} system with one DHIS2 server; add one (up to ${rr.max}) when analytics or event queries slow data entry down.`,
    source: cite(c, rr.source),
    assumption: rr.assumption,
  };

  // Tomcat.
  const tomcatTier = c.core.find((x) => concurrentUsers <= x.maxConcurrent);
  const tomcat = isClustered || !tomcatTier ? { cores: c.clusterNode.cores, ramGb: c.clusterNode.ramGb, assumption: c.clusterNode.assumption } : tomcatTier;

  // PostgreSQL and the memory split.
  const p = c.postgres;
  const os = c.osDiskGb.value;
  const dataRamGb = Math.min(p.maxRamGb.value, 2 ** Math.ceil(Math.log2(Math.max(1, final.databaseGb * p.ramFractionOfData.value))));
  const manualInstall = cite(c, c.sharedHost.source);
  const pgDisk = Math.max(tierSpec.database.storageGb, final.postgresDiskGb);
  let pgRamGb: number, tomcatRamGb: number, hostRamGb: number | null, memoryReason: string;
  if (isBoombox) {
    hostRamGb = Math.max(tierSpec.instance.ramGb, 2 * c.core[0].ramGb);
    pgRamGb = hostRamGb / 2 + c.sharedHost.postgresExtraGb;
    tomcatRamGb = hostRamGb - pgRamGb - 2 * bb.sharedBox.ramGb;
    memoryReason = `One host of ${hostRamGb} GB (DHIS2's ${tierSpec.label.toLowerCase()} instance floor is ${tierSpec.instance.ramGb} GB): PostgreSQL gets more than half, ${pgRamGb} GB (${pct(pgRamGb / hostRamGb)}); the proxy and monitoring containers ${bb.sharedBox.ramGb} GB each; Tomcat the remaining ${tomcatRamGb} GB.`;
  } else {
    hostRamGb = null;
    pgRamGb = Math.max(tierSpec.database.ramGb, dataRamGb, tomcat.ramGb);
    tomcatRamGb = tomcat.ramGb;
    memoryReason = `Separate machines: the database server gets the largest of DHIS2's ${tierSpec.label.toLowerCase()} database-server floor (${tierSpec.database.ramGb} GB), ${pct(p.ramFractionOfData.value)} of the ${fmt(final.databaseGb)} GB database rounded up to a power of two (${dataRamGb} GB) and the RAM of one Tomcat (${tomcat.ramGb} GB), so PostgreSQL always has at least as much memory as DHIS2 itself: ${pgRamGb} GB.`;
  }
  const memorySplit: TDhis2SystemSizing['memorySplit'] = {
    placement: isBoombox ? 'shared-host' : 'separate',
    hostRamGb,
    postgresGb: pgRamGb,
    tomcatGb: tomcatRamGb,
    postgresShare: Math.round((pgRamGb / (hostRamGb ?? pgRamGb + tomcatRamGb)) * 1000) / 1000,
    reason: memoryReason,
    source: isBoombox ? manualInstall : databaseSource,
    assumption: isBoombox ? c.sharedHost.assumption : `${p.ramFractionOfData.assumption}; ${p.maxRamGb.assumption}`,
  };
  const pgCores = Math.max(isBoombox ? 2 : tierSpec.database.cores, Math.min(32, Math.max(2, Math.ceil((coreNodes * tomcat.cores) / 2), Math.ceil(pgRamGb / 8))));
  const maxConnections = postgresMaxConnections(coreNodes, p);
  const settings = postgresSettings(pgRamGb, maxConnections, c);
  const postgresRam = { gb: pgRamGb, reason: memoryReason, source: memorySplit.source, assumption: memorySplit.assumption };

  const xmxGb = Math.max(1, Math.floor(tomcatRamGb * c.heapFraction.value));
  const javaHeap = { xmxGb, javaOpts: `-Xms${xmxGb}g -Xmx${xmxGb}g`, reason: `${pct(c.heapFraction.value)} of Tomcat's ${tomcatRamGb} GB, rounded down, with the minimum equal to the maximum as DHIS2's server tools advise for production.`, source: cite(c, c.heapSource), assumption: c.heapFraction.assumption };

  const placement = isBoombox ? ('shared-host' as const) : ('own-machine' as const);
  const proxyBox = isBoombox ? bb.sharedBox : c.proxy;
  const monitorBox = isBoombox ? bb.sharedBox : c.monitoring;
  const localFiles = isClustered ? 0 : fileStore.gb;
  const components: TComponent[] = [
    {
      id: 'proxy',
      component: isClustered ? 'Load balancer and web proxy (nginx, SSL termination)' : 'Web proxy (nginx or Apache2, SSL termination)',
      machines: 1,
      cores: proxyBox.cores,
      ramGb: proxyBox.ramGb,
      diskGb: c.proxy.diskGb + (isBoombox ? 0 : os),
      placement,
      reason: isClustered ? 'Distributes requests across the DHIS2 servers (a load balancer is part of every cluster) and terminates SSL.' : `SSL termination in front of Tomcat.${isBoombox ? ` A small container on the host (${bb.sharedBox.cores} core, ${bb.sharedBox.ramGb} GB).` : ''}`,
      ...(isClustered ? { source: clusterSource } : {}),
      assumption: c.proxy.assumption,
    },
    {
      id: 'core',
      component: 'DHIS2 (Tomcat)',
      machines: coreNodes,
      cores: tomcat.cores,
      ramGb: tomcatRamGb,
      diskGb: os + 20 + localFiles,
      placement,
      reason: `${isClustered ? `${coreNodes} servers, one per ${fmt(c.clusterNode.concurrentPerNode)} concurrent users, at least 2` : `${fmt(concurrentUsers)} concurrent users: ${tomcat.cores} cores, ${tomcat.ramGb} GB`}${isBoombox ? ` (${tomcatRamGb} GB on the shared host)` : ''}; Java heap -Xmx${xmxGb}g.${localFiles ? ` Disk includes the ${fmt(localFiles)} GB file store.` : ''}`,
      assumption: tomcat.assumption,
    },
    {
      id: 'postgres',
      component: 'PostgreSQL (primary)',
      machines: 1,
      cores: pgCores,
      ramGb: pgRamGb,
      diskGb: pgDisk + (isBoombox ? 0 : os),
      placement,
      reason: `RAM: ${memoryReason} Cores: at least DHIS2's floor (${tierSpec.database.cores}${isBoombox ? ', shared' : ''}), half those of the DHIS2 server(s) and one per 8 GB of RAM, up to 32. Disk (SSD): ${fmt(final.databaseGb)} GB after ${input.years} years + ${pct(c.diskBuffer.value)}, at least DHIS2's ${fmt(tierSpec.database.storageGb)} GB storage floor on its own: ${fmt(pgDisk)} GB.`,
      source: databaseSource,
      assumption: memorySplit.assumption,
    },
    ...(replicaCount > 0
      ? [{ id: 'postgres-replica' as const, component: 'PostgreSQL read replica (streaming replication)', machines: replicaCount, cores: pgCores, ramGb: pgRamGb, diskGb: pgDisk + os, placement, reason: `Same size as the primary, which it replicates. ${readReplicas.reason}`, source: readReplicas.source, assumption: rr.assumption }]
      : []),
    ...(isClustered
      ? [{ id: 'redis' as const, component: 'Redis (one shared server: sessions, cache invalidation)', machines: 1, cores: c.redis.cores, ramGb: c.redis.ramGb, diskGb: os, placement, reason: 'A cluster must have exactly one Redis shared by every DHIS2 server.', source: clusterSource, assumption: c.redis.assumption }]
      : []),
    {
      id: 'monitoring',
      component: 'Monitoring and alerting (Prometheus/Grafana or munin)',
      machines: 1,
      cores: monitorBox.cores,
      ramGb: monitorBox.ramGb,
      diskGb: c.monitoring.diskGb + (isBoombox ? 0 : os),
      placement,
      reason: `Metrics of every component and alerts by mail, Telegram or Slack.${isBoombox ? ' A small container on the host; add an external uptime check, since a host cannot report its own outage.' : ''}`,
      assumption: c.monitoring.assumption,
    },
  ];

  const experimentalSource = cite(c, c.clustering.experimentalSource);
  const clustered: TDhis2SystemSizing['clustered'] = {
    isClustered,
    coreNodes,
    hasRedis: isClustered,
    hasReadReplica: replicaCount > 0,
    isExperimental: isClustered,
    parts: isClustered
      ? [
          { part: `${coreNodes} DHIS2 servers`, reason: `One per ${fmt(c.clusterNode.concurrentPerNode)} concurrent users, at least two.`, assumption: c.clusterNode.assumption },
          { part: 'One shared Redis', reason: 'Shared sessions and cache invalidation; DHIS2 allows only one Redis for both. Redis 4 or later.', source: clusterSource },
          { part: `${fileStore.label} (${fmt(fileStore.gb)} GB)`, reason: 'Every DHIS2 server must use the same files folder for apps and uploads.', source: clusterSource },
          { part: 'A load balancer', reason: 'nginx distributes requests across the DHIS2 servers (the web proxy above).', source: clusterSource },
          { part: 'Cache invalidation enabled', reason: 'A setting of each DHIS2 server, through the shared Redis; no machine of its own.', source: clusterSource },
        ]
      : [],
    reason: isClustered
      ? `${fmt(concurrentUsers)} concurrent users and ${fmt(trackedEntities)} tracked entities reach the threshold (${fmt(t.concurrentUsers)} concurrent or ${fmt(t.trackedEntities)} tracked entities): ${coreNodes} DHIS2 servers behind a load balancer, one shared Redis and a shared file store. DHIS2 calls horizontally scaled DHIS2 experimental and not commonly used in production: plan for the expertise, or scale one server up as far as it goes first.`
      : `Below ${fmt(t.concurrentUsers)} concurrent users and ${fmt(t.trackedEntities)} tracked entities, one DHIS2 server suffices (${fmt(concurrentUsers)} concurrent, ${fmt(trackedEntities)} tracked entities).`,
    ...(isClustered ? { source: experimentalSource } : {}),
    assumption: t.assumption,
  };

  const sumOf = (f: (x: TComponent) => number) => components.reduce((total, x) => total + f(x) * x.machines, 0);
  const sharedFiles = isClustered ? fileStore.gb : 0;
  const prodVms = isBoombox ? 1 : components.reduce((n, x) => n + x.machines, 0);
  const prod: TDhis2Environment = {
    kind: 'production',
    label: 'Production',
    uptimeFraction: 1,
    vms: prodVms,
    cores: isBoombox ? Math.max(tierSpec.instance.cores, sumOf((x) => x.cores)) : sumOf((x) => x.cores),
    ramGb: isBoombox ? hostRamGb! : sumOf((x) => x.ramGb),
    diskGb: isBoombox ? Math.max(tierSpec.instance.storageGb, sumOf((x) => x.diskGb)) + os : sumOf((x) => x.diskGb) + sharedFiles,
    reason: isBoombox
      ? `One machine hosting every component in containers, at least DHIS2's ${tierSpec.label.toLowerCase()} instance (${tierSpec.instance.cores} cores, ${tierSpec.instance.ramGb} GB, ${tierSpec.instance.storageGb} GB SSD).`
      : `${prodVms} VMs or containers: the sum of the components above${sharedFiles ? `, plus the ${fmt(sharedFiles)} GB shared file store` : ''}.`,
    source: instanceSource,
  };

  const environments: TDhis2Environment[] = [
    prod,
    ...testEnvironments(prod, { input, c, isBoombox, pgRamGb, pgCores, finalDatabaseGb: final.databaseGb, os, fileStoreGb: fileStore.gb, instanceSource }),
  ];

  const uploadsGbPerYear = (system.users * c.fileStore.mbPerUserPerYear.value) / 1000;
  const backup = backupSizing(
    years.map((y) => transactionalGb(y)),
    fileStore.gbPerYear,
    uploadsGbPerYear,
    input.backupRetention,
    c,
  );
  const software = softwareVersions(input.dhis2Version, isClustered, c);
  const pgMachine = components.find((x) => x.id === 'postgres')!;
  const upgrades = upgradePlan(
    isBoombox
      ? { cores: prod.cores, ramGb: prod.ramGb, storageGb: prod.diskGb, what: 'host of the same size' }
      : { cores: pgMachine.cores + tomcat.cores, ramGb: pgMachine.ramGb + tomcatRamGb, storageGb: pgMachine.diskGb + os + 20 + localFiles, what: 'database server and DHIS2 server' },
    c,
  );

  const footprint: TFootprint = {
    platform: 'dhis2',
    label: `DHIS2 — ${system.name} (${system.kind})`,
    environments: environments.map((e) => ({ kind: e.kind, label: e.label, uptimeFraction: e.uptimeFraction, vms: e.vms, cores: e.cores, ramGb: e.ramGb, storageGb: e.diskGb })),
    backupStorageGb: backup.gb,
    osUpgradeServer: { cores: upgrades.osUpgradeServer.cores, ramGb: upgrades.osUpgradeServer.ramGb, storageGb: upgrades.osUpgradeServer.storageGb, months: upgrades.osUpgradeServer.months },
  };
  return {
    name: system.name,
    kind: system.kind,
    inputs: { users: system.users, concurrentUsers, dataValuesPerYear, trackedEntities, eventsPerYear, defaulted },
    tier,
    isolation,
    clustered,
    readReplicas,
    memorySplit,
    components,
    javaHeapGb: xmxGb,
    javaHeap,
    postgresRam,
    postgresSettings: settings,
    postgresConf: postgresConf(settings, pgRamGb),
    fileStore,
    databaseGbPerYear: disk.slice(1).map((x) => x.databaseGb),
    disk,
    environments,
    backupStorageGb: backup.gb,
    backup,
    software,
    upgrades,
    footprint,
  };
}

/** Sizes every DHIS2 system of the input (parsed by ZDhis2SizingInput) with the reference constants. */
export function calculateDhis2Sizing(input: TDhis2SizingParsed, constants: TDhis2SizingConstants): TDhis2SizingResult {
  const systems = input.systems.map((s) => sizeSystem(s, input, constants));
  const c = constants;
  const r = input.backupRetention;
  return {
    systems,
    footprints: systems.map((s) => s.footprint),
    assumptions: [
      'Each DHIS2 system (HMIS, each tracker) is provisioned on its own servers, as countries typically do; budget them together.',
      `DHIS2's small / medium / large specifications are floors for the instance and for the database server; which one a system falls in is our band: ${c.tierBands.assumption}.`,
      `A single machine only for an aggregate system with at most ${fmt(c.boombox.maxUsers)} users, ${fmt(c.boombox.maxConcurrent)} concurrent and ${fmt(c.boombox.maxDataValuesPerYear)} data values a year, with PostgreSQL given more than half its RAM; trackers are always isolated.`,
      `Clustered from ${fmt(c.clusterThreshold.concurrentUsers)} concurrent users or ${fmt(c.clusterThreshold.trackedEntities)} tracked entities (our threshold), with the parts DHIS2 makes mandatory; DHIS2 calls clustering experimental.`,
      `Java heap: ${pct(c.heapFraction.value)} of Tomcat's RAM (our assumption), -Xms equal to -Xmx.`,
      `Storage per record: data value ${fmt(c.bytes.dataValue.value)} B, tracked entity ${fmt(c.bytes.trackedEntity.value)} B, event ${fmt(c.bytes.event.value)} B, × ${c.analyticsFactor.value} for analytics tables, + ${c.bytes.baselineGb.value} GB baseline (our assumptions); tracked entities are the number held now, data values and events accumulate each year.`,
      `Staging ${input.stagingSize === 'production' ? 'has production’s specification, as DHIS2 advises' : 'is smaller than production, by your choice'}; staging and training run ${pct(input.onDemandUptime)} of the time.`,
      `Backups: ${r.dailyDays} daily, ${r.weeklyWeeks} weekly and ${r.monthlyMonths} monthly compressed dumps without analytics tables, and a deduplicated copy of the file store, kept off the database disk.`,
      c.note,
    ],
    assumptionReasons: [
      reason('dhis2.assumptions.separateSystems'),
      reason('dhis2.assumptions.bands', { bands: c.tierBands.assumption }),
      reason('dhis2.assumptions.singleMachine', { users: c.boombox.maxUsers, concurrent: c.boombox.maxConcurrent, dataValues: c.boombox.maxDataValuesPerYear }),
      reason('dhis2.assumptions.clustered', { concurrent: c.clusterThreshold.concurrentUsers, trackedEntities: c.clusterThreshold.trackedEntities }),
      reason('dhis2.assumptions.heap', { share: c.heapFraction.value }),
      reason('dhis2.assumptions.storage', { dataValue: c.bytes.dataValue.value, trackedEntity: c.bytes.trackedEntity.value, event: c.bytes.event.value, analytics: c.analyticsFactor.value, baseline: c.bytes.baselineGb.value }),
      reason(input.stagingSize === 'production' ? 'dhis2.assumptions.stagingProduction' : 'dhis2.assumptions.stagingSmaller', { uptime: input.onDemandUptime }),
      reason('dhis2.assumptions.backups', { daily: r.dailyDays, weekly: r.weeklyWeeks, monthly: r.monthlyMonths }),
      reason('dhis2.assumptions.note', { note: c.note }),
    ],
  };
}
