import type { TFootprint } from './footprint';
import { cite } from './dhis2-citations';
import type { TDhis2SizingConstants, TDhis2Tier } from './dhis2-sizing-constants';
import { backupSizing, fileStoreSizing, softwareVersions, upgradePlan } from './dhis2-operations';
import { postgresConf, postgresMaxConnections, postgresSettings, type TPostgresSetting } from './dhis2-postgres-settings';
import type { TDhis2SizingParsed } from '@/lib/schemas/sizing-dhis2';
import { testEnvironments } from './dhis2-environments';
import { reason, type TReason } from './reason';

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
/** The environments' names in the footprint (the budget's and the API's; people read the environment's `label`). */
const FOOTPRINT_LABELS = { production: 'Production', staging: 'Staging / test', training: 'Training' } as const;
/** DHIS2's small / medium / large, in words. */
const size = (tier: TDhis2Tier['tier']) => reason(`dhis2.sizes.${tier}`);

/** Our band: the larger of the tier by concurrent users and the tier by database size at the horizon. */
export function dhis2Tier(concurrentUsers: number, databaseGb: number, c: TDhis2SizingConstants): TDhis2Tier {
  const fits = (t: TDhis2Tier) => (t.maxConcurrent === null || concurrentUsers <= t.maxConcurrent) && (t.maxDatabaseGb === null || databaseGb <= t.maxDatabaseGb);
  return c.tiers.find(fits) ?? c.tiers[c.tiers.length - 1];
}

function sizeSystem(system: TDhis2SizingParsed['systems'][number], input: TDhis2SizingParsed, c: TDhis2SizingConstants): TDhis2SystemSizing {
  const d = c.defaults;
  const defaulted: TReason[] = [];
  const pick = (value: number | undefined, fallback: number, label: TReason) => {
    if (value !== undefined) return value;
    defaulted.push(label);
    return Math.round(fallback);
  };
  const isTracker = system.kind === 'tracker';
  const concurrentUsers = pick(system.concurrentUsers, Math.max(1, system.users * d.concurrentUserFraction.value), reason('dhis2.defaulted.concurrentUsers', { assumption: d.concurrentUserFraction.assumption }));
  const dataValuesPerYear = pick(system.dataValuesPerYear, isTracker ? 0 : system.users * d.dataValuesPerUserPerYear.value, isTracker ? reason('dhis2.defaulted.dataValuesTracker') : reason('dhis2.defaulted.dataValues', { assumption: d.dataValuesPerUserPerYear.assumption }));
  const trackedEntities = pick(system.trackedEntities, isTracker ? system.users * d.trackedEntitiesPerUser.value : 0, isTracker ? reason('dhis2.defaulted.trackedEntities', { assumption: d.trackedEntitiesPerUser.assumption }) : reason('dhis2.defaulted.trackedEntitiesAggregate'));
  const eventsPerYear = pick(system.eventsPerYear, isTracker ? system.users * d.eventsPerUserPerYear.value : 0, isTracker ? reason('dhis2.defaulted.events', { assumption: d.eventsPerUserPerYear.assumption }) : reason('dhis2.defaulted.eventsAggregate'));

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
      reason: reason('dhis2.disk', {
        year: y,
        trackedEntities,
        trackedEntityBytes: b.trackedEntity.value,
        dataValues: dataValuesPerYear,
        dataValueBytes: b.dataValue.value,
        events: eventsPerYear,
        eventBytes: b.event.value,
        analytics: c.analyticsFactor.value,
        baseline: b.baselineGb.value,
        buffer: c.diskBuffer.value,
      }),
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
    why: reason('dhis2.tier', {
      concurrent: concurrentUsers,
      databaseGb: final.databaseGb,
      years: input.years,
      size: size(tierSpec.tier),
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
        recommendation: reason('dhis2.isolation.singleMachine'),
        reason: reason('dhis2.isolation.simpleAggregate', { users: system.users, concurrent: concurrentUsers, dataValues: dataValuesPerYear, maxUsers: bb.maxUsers, maxConcurrent: bb.maxConcurrent, maxDataValues: bb.maxDataValuesPerYear }),
        ...isolationCite,
      }
    : {
        level: 'separate',
        recommendation: reason('dhis2.isolation.separate'),
        reason: isTracker
          ? reason('dhis2.isolation.tracker')
          : reason('dhis2.isolation.pastLimits', {
              limits: [
                system.users > bb.maxUsers && reason('dhis2.isolation.overUsers', { users: system.users, max: bb.maxUsers }),
                concurrentUsers > bb.maxConcurrent && reason('dhis2.isolation.overConcurrent', { concurrent: concurrentUsers, max: bb.maxConcurrent }),
                dataValuesPerYear > bb.maxDataValuesPerYear && reason('dhis2.isolation.overDataValues', { dataValues: dataValuesPerYear, max: bb.maxDataValuesPerYear }),
                tierSpec.tier !== 'small' && reason('dhis2.isolation.overSize', { size: size(tierSpec.tier) }),
                isClustered && reason('dhis2.isolation.clustered'),
              ].filter((x): x is TReason => !!x),
            }),
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
        ? reason('dhis2.replicas.some', { count: replicaCount, why: isClustered ? reason('dhis2.replicas.servers', { servers: coreNodes }) : reason('dhis2.replicas.largeSystem'), perReplica: rr.nodesPerReplica, max: rr.max })
        : reason('dhis2.replicas.none', { size: size(tierSpec.tier), max: rr.max }),
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
  let pgRamGb: number, tomcatRamGb: number, hostRamGb: number | null, memoryReason: TReason;
  if (isBoombox) {
    hostRamGb = Math.max(tierSpec.instance.ramGb, 2 * c.core[0].ramGb);
    pgRamGb = hostRamGb / 2 + c.sharedHost.postgresExtraGb;
    tomcatRamGb = hostRamGb - pgRamGb - 2 * bb.sharedBox.ramGb;
    memoryReason = reason('dhis2.memory.sharedHost', { host: hostRamGb, size: size(tierSpec.tier), floor: tierSpec.instance.ramGb, postgres: pgRamGb, share: pgRamGb / hostRamGb, container: bb.sharedBox.ramGb, tomcat: tomcatRamGb });
  } else {
    hostRamGb = null;
    pgRamGb = Math.max(tierSpec.database.ramGb, dataRamGb, tomcat.ramGb);
    tomcatRamGb = tomcat.ramGb;
    memoryReason = reason('dhis2.memory.separate', { size: size(tierSpec.tier), floor: tierSpec.database.ramGb, fraction: p.ramFractionOfData.value, databaseGb: final.databaseGb, dataRam: dataRamGb, tomcat: tomcat.ramGb, postgres: pgRamGb });
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
  const javaHeap = { xmxGb, javaOpts: `-Xms${xmxGb}g -Xmx${xmxGb}g`, reason: reason('dhis2.javaHeap', { share: c.heapFraction.value, tomcat: tomcatRamGb }), source: cite(c, c.heapSource), assumption: c.heapFraction.assumption };

  const placement = isBoombox ? ('shared-host' as const) : ('own-machine' as const);
  const proxyBox = isBoombox ? bb.sharedBox : c.proxy;
  const monitorBox = isBoombox ? bb.sharedBox : c.monitoring;
  const localFiles = isClustered ? 0 : fileStore.gb;
  const components: TComponent[] = [
    {
      id: 'proxy',
      component: reason(isClustered ? 'dhis2.components.loadBalancer' : 'dhis2.components.proxy'),
      machines: 1,
      cores: proxyBox.cores,
      ramGb: proxyBox.ramGb,
      diskGb: c.proxy.diskGb + (isBoombox ? 0 : os),
      placement,
      reason: isClustered ? reason('dhis2.components.loadBalancerReason') : reason('dhis2.components.proxyReason', { container: isBoombox ? reason('dhis2.components.smallContainer', { cores: bb.sharedBox.cores, ram: bb.sharedBox.ramGb }) : '' }),
      ...(isClustered ? { source: clusterSource } : {}),
      assumption: c.proxy.assumption,
    },
    {
      id: 'core',
      component: reason('dhis2.components.core'),
      machines: coreNodes,
      cores: tomcat.cores,
      ramGb: tomcatRamGb,
      diskGb: os + 20 + localFiles,
      placement,
      reason: reason('dhis2.components.coreReason', {
        servers: isClustered ? reason('dhis2.components.coreServers', { servers: coreNodes, perNode: c.clusterNode.concurrentPerNode }) : reason('dhis2.components.coreOne', { concurrent: concurrentUsers, cores: tomcat.cores, ram: tomcat.ramGb }),
        shared: isBoombox ? reason('dhis2.components.onSharedHost', { ram: tomcatRamGb }) : '',
        xmx: `-Xmx${xmxGb}g`,
        files: localFiles ? reason('dhis2.components.localFiles', { gb: localFiles }) : '',
      }),
      assumption: tomcat.assumption,
    },
    {
      id: 'postgres',
      component: reason('dhis2.components.postgres'),
      machines: 1,
      cores: pgCores,
      ramGb: pgRamGb,
      diskGb: pgDisk + (isBoombox ? 0 : os),
      placement,
      reason: reason('dhis2.components.postgresReason', {
        memory: memoryReason,
        cores: tierSpec.database.cores,
        shared: isBoombox ? reason('dhis2.components.sharedCores') : '',
        databaseGb: final.databaseGb,
        years: input.years,
        buffer: c.diskBuffer.value,
        floor: tierSpec.database.storageGb,
        disk: pgDisk,
      }),
      source: databaseSource,
      assumption: memorySplit.assumption,
    },
    ...(replicaCount > 0
      ? [{ id: 'postgres-replica' as const, component: reason('dhis2.components.replica'), machines: replicaCount, cores: pgCores, ramGb: pgRamGb, diskGb: pgDisk + os, placement, reason: reason('dhis2.components.replicaReason', { replicas: readReplicas.reason }), source: readReplicas.source, assumption: rr.assumption }]
      : []),
    ...(isClustered
      ? [{ id: 'redis' as const, component: reason('dhis2.components.redis'), machines: 1, cores: c.redis.cores, ramGb: c.redis.ramGb, diskGb: os, placement, reason: reason('dhis2.components.redisReason'), source: clusterSource, assumption: c.redis.assumption }]
      : []),
    {
      id: 'monitoring',
      component: reason('dhis2.components.monitoring'),
      machines: 1,
      cores: monitorBox.cores,
      ramGb: monitorBox.ramGb,
      diskGb: c.monitoring.diskGb + (isBoombox ? 0 : os),
      placement,
      reason: reason('dhis2.components.monitoringReason', { shared: isBoombox ? reason('dhis2.components.monitoringShared') : '' }),
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
          { part: reason('dhis2.parts.servers', { servers: coreNodes }), reason: reason('dhis2.parts.serversReason', { perNode: c.clusterNode.concurrentPerNode }), assumption: c.clusterNode.assumption },
          { part: reason('dhis2.parts.redis'), reason: reason('dhis2.parts.redisReason'), source: clusterSource },
          { part: reason('dhis2.parts.fileStore', { label: fileStore.label, gb: fileStore.gb }), reason: reason('dhis2.parts.fileStoreReason'), source: clusterSource },
          { part: reason('dhis2.parts.loadBalancer'), reason: reason('dhis2.parts.loadBalancerReason'), source: clusterSource },
          { part: reason('dhis2.parts.cacheInvalidation'), reason: reason('dhis2.parts.cacheInvalidationReason'), source: clusterSource },
        ]
      : [],
    reason: reason(isClustered ? 'dhis2.clustering.clustered' : 'dhis2.clustering.single', { concurrent: concurrentUsers, trackedEntities, thresholdConcurrent: t.concurrentUsers, thresholdTracked: t.trackedEntities, servers: coreNodes }),
    ...(isClustered ? { source: experimentalSource } : {}),
    assumption: t.assumption,
  };

  const sumOf = (f: (x: TComponent) => number) => components.reduce((total, x) => total + f(x) * x.machines, 0);
  const sharedFiles = isClustered ? fileStore.gb : 0;
  const prodVms = isBoombox ? 1 : components.reduce((n, x) => n + x.machines, 0);
  const prod: TDhis2Environment = {
    kind: 'production',
    label: reason('dhis2.environments.production'),
    uptimeFraction: 1,
    vms: prodVms,
    cores: isBoombox ? Math.max(tierSpec.instance.cores, sumOf((x) => x.cores)) : sumOf((x) => x.cores),
    ramGb: isBoombox ? hostRamGb! : sumOf((x) => x.ramGb),
    diskGb: isBoombox ? Math.max(tierSpec.instance.storageGb, sumOf((x) => x.diskGb)) + os : sumOf((x) => x.diskGb) + sharedFiles,
    reason: isBoombox
      ? reason('dhis2.environments.productionOneMachine', { size: size(tierSpec.tier), cores: tierSpec.instance.cores, ram: tierSpec.instance.ramGb, storage: tierSpec.instance.storageGb })
      : reason('dhis2.environments.productionSeparate', { vms: prodVms, files: sharedFiles ? reason('dhis2.environments.sharedFiles', { gb: sharedFiles }) : '' }),
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
      ? { cores: prod.cores, ramGb: prod.ramGb, storageGb: prod.diskGb, what: reason('dhis2.upgrades.sameHost') }
      : { cores: pgMachine.cores + tomcat.cores, ramGb: pgMachine.ramGb + tomcatRamGb, storageGb: pgMachine.diskGb + os + 20 + localFiles, what: reason('dhis2.upgrades.databaseAndDhis2') },
    c,
  );

  const footprint: TFootprint = {
    platform: 'dhis2',
    label: `DHIS2 — ${system.name} (${system.kind})`,
    environments: environments.map((e) => ({ kind: e.kind, label: FOOTPRINT_LABELS[e.kind], uptimeFraction: e.uptimeFraction, vms: e.vms, cores: e.cores, ramGb: e.ramGb, storageGb: e.diskGb })),
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
