import { z } from 'zod';
import { RFP_DETAIL_FIELDS } from '@/lib/domain/documents/rfp-detail-fields';

/**
 * The RFP-specific fields a consultant fills in on the RFP page. Everything is optional so a draft
 * can be saved; an empty or absent field is listed as missing in the generated document, which
 * stays a DRAFT until nothing is missing. Empty strings (what an empty form input sends) count as
 * absent.
 */

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const text = (what: string, max: number) => z.string({ error: `${what}: enter text.` }).trim().max(max, `${what}: at most ${max.toLocaleString('en')} characters.`);
const email = (what: string) => z.union([z.literal(''), z.email(`${what}: enter a valid e-mail address.`).max(320, `${what}: at most 320 characters.`)], { error: `${what}: enter a valid e-mail address.` });

export const ZRfpContact = z
  .object({
    name: text('Contact name', 200).min(1, 'Contact name: enter a name.'),
    role: text('Contact role', 200).default(''),
    email: email('Contact e-mail').default(''),
    phone: text('Contact phone', 60).default(''),
  })
  .strict();
export type TRfpContact = z.output<typeof ZRfpContact>;

export const ZRfpDetails = z
  .object({
    /** Name of the client as it appears in the RFP, e.g. "Ministère de la Santé". */
    clientName: text('Client name', 200).optional(),
    /** How the client runs the platform today (the "SaaS language" of the template). */
    saasDescription: text('Current SaaS description', 2_000).optional(),
    /** N: how many hosting providers' quotes the MSP must source (the guide suggests 3). */
    hostingQuotes: z
      .number({ error: 'Hosting quotes: enter a whole number from 1 to 10.' })
      .int('Hosting quotes: a whole number.')
      .min(1, 'Hosting quotes: at least 1.')
      .max(10, 'Hosting quotes: at most 10.')
      .optional(),
    /** Period of performance, as text: "6 months", "by 31 December 2027". */
    periodOfPerformance: text('Period of performance', 200).optional(),
    submissionEmail: email('Submission e-mail').optional(),
    submissionDeadline: z
      .union([
        z.literal(''),
        z
          .string({ error: 'Submission deadline: enter a date as YYYY-MM-DD.' })
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'Submission deadline: enter a date as YYYY-MM-DD.')
          .refine(isRealDate, 'Submission deadline: that date does not exist.'),
      ])
      .optional(),
    contacts: z.array(ZRfpContact, { error: 'Contacts: enter a list of people.' }).max(10, 'At most 10 contacts.').optional(),
    /** Replaces the template's project summary when given (paragraphs separated by blank lines). */
    projectSummary: text('Project summary', 10_000).optional(),
    /** Added to the scope of work, after the roles and responsibilities table. */
    scopeNotes: text('Scope notes', 10_000).optional(),
  })
  .strict();
export type TRfpDetailsInput = z.input<typeof ZRfpDetails>;
export type TRfpDetails = z.output<typeof ZRfpDetails>;
export type TRfpDetailField = keyof TRfpDetails;

/** Labels of the fields (defined beside the RFP builder in lib/domain, which must not import values from here). */
export { RFP_DETAIL_FIELDS };
// Every field of the schema has a label (the unit test checks there are no extra ones).
const _everyFieldLabelled: Record<TRfpDetailField, { label: string; required: boolean }> = RFP_DETAIL_FIELDS;
