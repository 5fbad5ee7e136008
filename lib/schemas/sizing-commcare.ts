import { z } from 'zod';

const ZIsoDate = z
  .string({ error: 'Enter a date as YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'That date does not exist.');

const count = (what: string, max: number) =>
  z.number({ error: `${what}: enter a number.` }).min(0, `${what}: at least 0.`).max(max, `${what}: at most ${max.toLocaleString('en')}.`);

/**
 * Input of the CommCare sizing, for the public calculator and for assessments. Only `users` is
 * required; every other figure falls back to a documented default.
 */
export const ZCommCareSizingInput = z
  .object({
    users: z.number({ error: 'Enter the number of mobile users.' }).int('Users: a whole number.').min(1, 'Users: at least 1.').max(5_000_000, 'Users: at most 5,000,000.'),
    growth: z
      .array(z.object({ date: ZIsoDate, users: z.number({ error: 'Growth: enter a number of users.' }).int().min(1).max(5_000_000) }).strict())
      .max(60, 'At most 60 growth steps.')
      .default([]),
    startDate: ZIsoDate.optional(),
    horizonMonths: z.number().int('Months: a whole number.').min(12, 'Plan at least 12 months.').max(120, 'At most 120 months.').optional(),
    existingForms: count('Existing forms', 10_000_000_000).optional(),
    formsPerUserPerMonth: count('Forms per user per month', 100_000).optional(),
    casesPerUserPerMonth: count('Cases per user per month', 100_000).optional(),
    caseUpdatesPerUserPerMonth: count('Case updates per user per month', 100_000).optional(),
    attachmentKbPerForm: count('Attachment size per form', 1_000_000).optional(),
  })
  .strict();
export type TCommCareSizingInput = z.input<typeof ZCommCareSizingInput>;
export type TCommCareSizingParsed = z.output<typeof ZCommCareSizingInput>;
