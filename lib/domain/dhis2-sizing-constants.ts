import { z } from 'zod';

/**
 * Reference data of the DHIS2 sizing (content/sizing/dhis2.json). Every figure either cites a page
 * of DHIS2's documentation (`source`: a key of `sources` and the section) or is labelled as our
 * `assumption`; a test and the schema keep it so.
 */

const text = z.string().min(1);
const ZSourceRef = z.object({ ref: text, section: text }).strict();
export type TSourceRef = z.infer<typeof ZSourceRef>;

/** A figure with the page it comes from, or labelled as our assumption. */
const Assumed = <T extends z.ZodType>(value: T) => z.object({ value, assumption: text }).strict();
const Cited = <T extends z.ZodType>(value: T) => z.object({ value, source: ZSourceRef }).strict();
const box = { cores: z.number().positive(), ramGb: z.number().positive() };
const floor = z.object({ ramGb: z.number().positive(), cores: z.number().int().positive(), storageGb: z.number().positive() }).strict();

const ZPostgresFixed = z
  .object({ setting: z.string().regex(/^[a-z_]+$/), value: text, rule: text, source: ZSourceRef, reason: text, alternative: z.object({ value: text, source: ZSourceRef }).strict().optional() })
  .strict();

export const ZDhis2SizingConstants = z
  .object({
    note: text,
    /** The commit of each documentation repository the figures were checked against: for maintainers, never shown. */
    checkedAgainst: z.record(z.string().regex(/^[\w.-]+\/[\w.-]+$/), z.string().regex(/^[0-9a-f]{7,40}$/)).optional(),
    sources: z.record(z.string().regex(/^[a-z0-9-]+$/), z.object({ title: text, repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/), path: text, url: z.url() }).strict()),
    defaults: z.object({ concurrentUserFraction: Assumed(z.number().min(0).max(1)), dataValuesPerUserPerYear: Assumed(z.number().min(0)), trackedEntitiesPerUser: Assumed(z.number().min(0)), eventsPerUserPerYear: Assumed(z.number().min(0)) }).strict(),
    bytes: z.object({ dataValue: Assumed(z.number().positive()), trackedEntity: Assumed(z.number().positive()), event: Assumed(z.number().positive()), baselineGb: Assumed(z.number().min(0)) }).strict(),
    analyticsFactor: Assumed(z.number().min(1)),
    diskBuffer: Assumed(z.number().min(0)),
    /** DHIS2's small / medium / large specifications, with our bands (concurrent users, database size) mapping a system to them. */
    tiers: z
      .array(z.object({ tier: z.enum(['small', 'medium', 'large']), label: text, maxConcurrent: z.number().int().positive().nullable(), maxDatabaseGb: z.number().positive().nullable(), instance: floor, database: floor }).strict())
      .length(3)
      .refine((t) => t[2].maxConcurrent === null && t[2].maxDatabaseGb === null, 'The largest tier has no upper bound.'),
    tierBands: z.object({ assumption: text }).strict(),
    instanceFloorSource: ZSourceRef,
    databaseFloorSource: ZSourceRef,
    databaseSmallRamChoice: text,
    /** Single Tomcat sizes, by the concurrent users they serve, ascending. */
    core: z
      .array(z.object({ ...box, maxConcurrent: z.number().int().positive(), assumption: text }).strict())
      .min(1)
      .refine((t) => t.every((x, i) => i === 0 || x.maxConcurrent > t[i - 1].maxConcurrent), 'Core sizes are in ascending order of concurrent users.'),
    heapFraction: Assumed(z.number().min(0.1).max(0.9)),
    heapSource: ZSourceRef,
    sharedHost: z.object({ postgresExtraGb: z.number().positive(), source: ZSourceRef, assumption: text }).strict(),
    clusterNode: z.object({ ...box, concurrentPerNode: z.number().int().positive(), assumption: text }).strict(),
    /** Clustered from these values on (inclusive). */
    clusterThreshold: z.object({ concurrentUsers: z.number().int().positive(), trackedEntities: z.number().int().positive(), assumption: text }).strict(),
    clustering: z.object({ source: ZSourceRef, experimentalSource: ZSourceRef, redisSource: ZSourceRef }).strict(),
    readReplicas: z.object({ max: z.number().int().min(1).max(5), nodesPerReplica: z.number().int().positive(), source: ZSourceRef, assumption: text }).strict(),
    /** A single machine only for an aggregate system within all of these (inclusive). */
    boombox: z.object({ maxUsers: z.number().int().positive(), maxConcurrent: z.number().int().positive(), maxDataValuesPerYear: z.number().int().positive(), sharedBox: z.object(box).strict(), source: ZSourceRef, assumption: text }).strict(),
    postgres: z
      .object({
        ramFractionOfData: Assumed(z.number().positive()),
        maxRamGb: Assumed(z.number().positive()),
        poolPerCoreNode: Cited(z.number().int().positive()),
        reservedConnections: Assumed(z.number().int().min(0)),
        minMaxConnections: Cited(z.number().int().positive()),
        sharedBuffersFraction: Cited(z.number().gt(0).max(0.5)),
        sharedBuffersAlternative: Cited(z.number().gt(0).max(0.5)),
        workMemMinMb: Cited(z.number().int().positive()),
        workMemAlternativeMb: Cited(z.number().int().positive()),
        workMemFormula: z.object({ source: ZSourceRef }).strict(),
        maintenanceDivisor: Cited(z.number().positive()),
        maintenanceMinMb: Cited(z.number().int().positive()),
        maintenanceMaxMb: Assumed(z.number().int().positive()),
        effectiveCacheFormula: Cited(z.number().gt(0).max(1)),
        effectiveCacheSample: z.object({ source: ZSourceRef }).strict(),
        fixed: z.array(ZPostgresFixed).min(1),
      })
      .strict(),
    proxy: z.object({ ...box, diskGb: z.number().min(0), assumption: text }).strict(),
    monitoring: z.object({ ...box, diskGb: z.number().min(0), assumption: text }).strict(),
    redis: z.object({ ...box, assumption: text }).strict(),
    osDiskGb: Assumed(z.number().min(0)),
    fileStore: z.object({ baseGb: Assumed(z.number().min(0)), mbPerUserPerYear: Assumed(z.number().min(0)), source: ZSourceRef }).strict(),
    backupCompression: Assumed(z.number().positive().max(1)),
    backupRetention: z
      .object({
        dailyDays: z.number().int().min(0),
        weeklyWeeks: z.number().int().min(0),
        monthlyMonths: z.number().int().min(0),
        source: ZSourceRef,
        filesSource: ZSourceRef,
        filesMonthsOfChanges: Assumed(z.number().min(0)),
        /** Said when the retention is the user's, not dhis2-server-tools' defaults. */
        chosenRetentionAssumption: text,
      })
      .strict(),
    backupSource: ZSourceRef,
    environments: z
      .object({ stagingSource: ZSourceRef, onDemandSource: ZSourceRef, smallerStagingDataFraction: Assumed(z.number().min(0).max(1)), trainingDataGb: Assumed(z.number().min(0)), uptimeAssumption: text })
      .strict(),
    software: z
      .object({
        versions: z.array(z.object({ dhis2: z.string().regex(/^2\.\d\d$/), ubuntu: text, java: text, tomcat: text }).strict()).min(1),
        postgresql: text,
        postgis: text,
        redis: text,
        source: ZSourceRef,
      })
      .strict(),
    upgrades: z
      .object({ patchWeeks: text, patchSource: ZSourceRef, supportedMajors: z.number().int().positive(), lifecycleSource: ZSourceRef, osDbEveryYears: text, osUpgradeSource: ZSourceRef, osUpgradeMonths: Assumed(z.number().positive()) })
      .strict(),
    trackerAtScaleSource: ZSourceRef,
  })
  .strict()
  .superRefine((c, ctx) => {
    // Every `{ ref, section }` must name a known source.
    const walk = (node: unknown, path: (string | number)[]) => {
      if (Array.isArray(node)) node.forEach((x, i) => walk(x, [...path, i]));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.ref === 'string' && typeof o.section === 'string' && !(o.ref in c.sources)) ctx.addIssue({ code: 'custom', path: [...path, 'ref'], message: `Unknown source "${o.ref}".` });
        for (const [k, v] of Object.entries(o)) if (k !== 'sources') walk(v, [...path, k]);
      }
    };
    walk(c, []);
  });
export type TDhis2SizingConstants = z.infer<typeof ZDhis2SizingConstants>;
export type TDhis2Tier = TDhis2SizingConstants['tiers'][number];
