import { z } from 'zod';

const amount = (what: string, max: number) =>
  z.number({ error: `${what}: enter a number.` }).int(`${what}: a whole number.`).min(0, `${what}: at least 0.`).max(max, `${what}: at most ${max.toLocaleString('en')}.`);

export const ZDhis2System = z
  .object({
    name: z.string({ error: 'Name each DHIS2 system.' }).trim().min(1, 'Name each DHIS2 system.').max(120, 'System names are at most 120 characters.'),
    kind: z.enum(['aggregate', 'tracker'], { error: 'A DHIS2 system is aggregate or tracker.' }),
    users: z.number({ error: 'Users: enter a number.' }).int('Users: a whole number.').min(1, 'Users: at least 1.').max(2_000_000, 'Users: at most 2,000,000.'),
    concurrentUsers: amount('Concurrent users', 2_000_000).optional(),
    dataValuesPerYear: amount('Data values per year', 100_000_000_000).optional(),
    trackedEntities: amount('Tracked entities', 1_000_000_000).optional(),
    eventsPerYear: amount('Events per year', 10_000_000_000).optional(),
  })
  .strict();

/** Input of the DHIS2 sizing: each system is provisioned separately. */
export const ZDhis2SizingInput = z
  .object({
    systems: z.array(ZDhis2System, { error: 'List the DHIS2 systems.' }).min(1, 'Add at least one DHIS2 system.').max(20, 'At most 20 systems.'),
    years: z.number().int('Years: a whole number.').min(1, 'Years: at least 1.').max(10, 'Years: at most 10.').default(5),
    staging: z.boolean().default(true),
    training: z.boolean().default(true),
    onDemandUptime: z.number().min(0, 'Uptime: between 0 and 1.').max(1, 'Uptime: between 0 and 1.').default(0.3),
    backupRetention: z
      .object({ daily: z.number().int().min(0).max(60).default(14), weekly: z.number().int().min(0).max(52).default(8), monthly: z.number().int().min(0).max(120).default(12) })
      .strict()
      .default({ daily: 14, weekly: 8, monthly: 12 }),
  })
  .strict();
export type TDhis2SizingParsed = z.output<typeof ZDhis2SizingInput>;
