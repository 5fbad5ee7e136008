import { z } from 'zod';

const amount = (what: string, max: number) =>
  z.number({ error: `${what}: enter a number.` }).int(`${what}: a whole number.`).min(0, `${what}: at least 0.`).max(max, `${what}: at most ${max.toLocaleString('en')}.`);
const count = (what: string, max: number) =>
  z.number({ error: `${what}: enter a whole number.` }).int(`${what}: a whole number.`).min(0, `${what}: at least 0.`).max(max, `${what}: at most ${max}.`);

export const ZDhis2System = z
  .object({
    name: z.string({ error: 'Name each DHIS2 system.' }).trim().min(1, 'Name each DHIS2 system.').max(120, 'System names are at most 120 characters.'),
    kind: z.enum(['aggregate', 'tracker'], { error: 'A DHIS2 system is "aggregate" or "tracker".' }),
    users: z.number({ error: 'Users: enter a number.' }).int('Users: a whole number.').min(1, 'Users: at least 1.').max(2_000_000, 'Users: at most 2,000,000.'),
    /** Users active at the busiest hour; defaults to a fraction of `users` (see the constants). */
    concurrentUsers: amount('Concurrent users', 2_000_000).optional(),
    dataValuesPerYear: amount('Data values per year', 100_000_000_000).optional(),
    /** Tracked entities held now (a stock, not a flow). */
    trackedEntities: amount('Tracked entities', 1_000_000_000).optional(),
    eventsPerYear: amount('Events per year', 10_000_000_000).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.concurrentUsers !== undefined && s.concurrentUsers > s.users) ctx.addIssue({ code: 'custom', path: ['concurrentUsers'], message: 'Concurrent users cannot exceed users.' });
  });

/** dhis2-server-tools' backup script: 7 daily copies, 4 weekly, monthly copies deleted after 60 days (2). */
const DEFAULT_RETENTION = { dailyDays: 7, weeklyWeeks: 4, monthlyMonths: 2 };

/** The DHIS2 versions supported with patches (the three latest), newest first. */
export const DHIS2_VERSIONS = ['2.42', '2.41', '2.40'] as const;

/**
 * Input of the DHIS2 sizing (POST /api/v1/sizing with `"platform": "dhis2"`; the route adds the
 * discriminator). Each system is provisioned separately (001). Everything but each system's name,
 * kind and users has a default.
 */
export const ZDhis2SizingInput = z
  .object({
    systems: z.array(ZDhis2System, { error: 'List the DHIS2 systems.' }).min(1, 'Add at least one DHIS2 system.').max(20, 'At most 20 systems.'),
    years: z.number({ error: 'Years: enter a number.' }).int('Years: a whole number.').min(1, 'Years: at least 1.').max(10, 'Years: at most 10.').default(5),
    /** The DHIS2 version to run: sets the Ubuntu, Java and Tomcat versions. */
    dhis2Version: z.enum(DHIS2_VERSIONS, { error: `DHIS2 version: one of ${DHIS2_VERSIONS.join(', ')}.` }).default(DHIS2_VERSIONS[0]),
    /** A staging/test instance per system, to rehearse upgrades (000, 001). */
    staging: z.boolean({ error: 'Staging: true or false.' }).default(true),
    /** Staging of production's specification (DHIS2's upgrade guide), or, as an explicit choice, a smaller one. */
    stagingSize: z.enum(['production', 'smaller'], { error: 'Staging size: "production" or "smaller".' }).default('production'),
    /** A training instance per system. */
    training: z.boolean({ error: 'Training: true or false.' }).default(true),
    /** Share of the time staging and training run (001: test servers can be spun up on demand). */
    onDemandUptime: z.number({ error: 'Uptime: a fraction between 0 and 1.' }).min(0, 'Uptime: between 0 and 1.').max(1, 'Uptime: between 0 and 1.').default(0.3),
    /** Copies kept: one a day for `dailyDays` days, one a week for `weeklyWeeks` weeks, one a month for `monthlyMonths` months. */
    backupRetention: z
      .object({
        dailyDays: count('Daily backups kept', 90).default(DEFAULT_RETENTION.dailyDays),
        weeklyWeeks: count('Weekly backups kept', 104).default(DEFAULT_RETENTION.weeklyWeeks),
        monthlyMonths: count('Monthly backups kept', 120).default(DEFAULT_RETENTION.monthlyMonths),
      })
      .strict()
      .default(DEFAULT_RETENTION),
  })
  .strict();
export type TDhis2SizingInput = z.input<typeof ZDhis2SizingInput>;
export type TDhis2SizingParsed = z.output<typeof ZDhis2SizingInput>;
