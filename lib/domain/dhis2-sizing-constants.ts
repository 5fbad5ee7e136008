import { z } from 'zod';

/** A figure with where it comes from. */
const S = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string().min(1) }).strict();
const box = { cores: z.number().positive(), ramGb: z.number().positive() };

/** Reference data of the DHIS2 sizing (content/sizing/dhis2.json): every figure states its source. */
export const ZDhis2SizingConstants = z
  .object({
    source: z.string().min(1),
    defaults: z.object({ concurrentUserFraction: S(z.number().min(0).max(1)), dataValuesPerUserPerYear: S(z.number().min(0)), trackedEntitiesPerUser: S(z.number().min(0)), eventsPerUserPerYear: S(z.number().min(0)) }).strict(),
    bytes: z.object({ dataValue: S(z.number().positive()), trackedEntity: S(z.number().positive()), event: S(z.number().positive()), baselineGb: S(z.number().min(0)) }).strict(),
    analyticsFactor: S(z.number().min(1)),
    diskBuffer: S(z.number().min(0)),
    /** Single core server sizes, by the concurrent users they serve, ascending. */
    core: z
      .array(z.object({ ...box, maxConcurrent: z.number().int().positive(), source: z.string().min(1) }).strict())
      .min(1)
      .refine((t) => t.every((x, i) => i === 0 || x.maxConcurrent > t[i - 1].maxConcurrent), 'Core sizes are in ascending order of concurrent users.'),
    heapFraction: S(z.number().min(0.1).max(0.9)),
    clusterNode: z.object({ ...box, concurrentPerNode: z.number().int().positive(), source: z.string().min(1) }).strict(),
    /** Clustered from these values on (inclusive). */
    clusterThreshold: z.object({ concurrentUsers: z.number().int().positive(), trackedEntities: z.number().int().positive(), source: z.string().min(1) }).strict(),
    /** A single machine only for an aggregate system within all of these (inclusive). */
    boombox: z.object({ maxUsers: z.number().int().positive(), maxConcurrent: z.number().int().positive(), maxDataValuesPerYear: z.number().int().positive(), sharedBox: z.object(box).strict(), source: z.string().min(1) }).strict(),
    postgres: z
      .object({
        ramFractionOfData: z.number().positive(),
        minRamGb: z.number().positive(),
        maxRamGb: z.number().positive(),
        sharedBuffersFraction: z.number().gt(0).max(0.4),
        effectiveCacheFraction: z.number().min(0.5).max(0.8),
        workMemDivisor: z.number().positive(),
        workMemMinMb: z.number().int().positive(),
        workMemMaxMb: z.number().int().positive(),
        maintenanceDivisor: z.number().positive(),
        maintenanceMaxMb: z.number().int().positive(),
        poolPerCoreNode: z.number().int().positive(),
        reservedConnections: z.number().int().min(0),
        minMaxConnections: z.number().int().positive(),
        source: z.string().min(1),
      })
      .strict(),
    proxy: z.object({ ...box, diskGb: z.number().min(0), source: z.string().min(1) }).strict(),
    monitoring: z.object({ ...box, diskGb: z.number().min(0), source: z.string().min(1) }).strict(),
    redis: z.object({ ...box, source: z.string().min(1) }).strict(),
    osDiskGb: S(z.number().min(0)),
    backupCompression: S(z.number().positive().max(1)),
    environments: z.object({ stagingDataFraction: S(z.number().min(0).max(1)), trainingDataGb: S(z.number().min(0)) }).strict(),
  })
  .strict();
export type TDhis2SizingConstants = z.infer<typeof ZDhis2SizingConstants>;
