import { z } from 'zod';

const S = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string().min(1) });
const box = z.object({ cores: z.number().positive(), ramGb: z.number().positive() });

export const ZDhis2SizingConstants = z.object({
  source: z.string(),
  defaults: z.object({ concurrentUserFraction: S(z.number().min(0).max(1)), dataValuesPerUserPerYear: S(z.number().min(0)), trackedEntitiesPerUser: S(z.number().min(0)), eventsPerUserPerYear: S(z.number().min(0)) }),
  bytes: z.object({ dataValue: S(z.number().positive()), trackedEntity: S(z.number().positive()), event: S(z.number().positive()), baselineGb: S(z.number().min(0)) }),
  analyticsFactor: S(z.number().min(1)),
  diskBuffer: S(z.number().min(0)),
  core: z.array(box.extend({ maxConcurrent: z.number().int().positive() })).min(1),
  heapFraction: S(z.number().min(0.1).max(0.9)),
  clusterNode: box.extend({ concurrentPerNode: z.number().int().positive(), source: z.string() }),
  clusterThreshold: z.object({ concurrentUsers: z.number().int().positive(), trackedEntities: z.number().int().positive(), source: z.string() }),
  boombox: z.object({ maxUsers: z.number().int().positive(), maxConcurrent: z.number().int().positive(), source: z.string() }),
  postgres: z.object({ ramFractionOfData: z.number().positive(), minRamGb: z.number().positive(), maxRamGb: z.number().positive(), maxConnections: z.number().int().positive(), source: z.string() }),
  proxy: box.extend({ diskGb: z.number().min(0) }),
  monitoring: box.extend({ diskGb: z.number().min(0) }),
  redis: box,
  osDiskGb: S(z.number().min(0)),
  backupCompression: S(z.number().positive().max(1)),
});
export type TDhis2SizingConstants = z.infer<typeof ZDhis2SizingConstants>;
