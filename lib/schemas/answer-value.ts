import { z } from 'zod';
import type { TQuestion } from '@/lib/content/template-schema';

type TColumn = Extract<TQuestion, { kind: 'table' }>['columns'][number];

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const ZDate = z
  .string({ error: 'Enter a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
  .refine(isRealDate, 'That date does not exist.');

const ZUrl = z
  .string({ error: 'Enter a link.' })
  .trim()
  .max(2_000, 'Links are at most 2,000 characters.')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Enter a full link starting with https:// or http://.');

const ZShortText = (max: number) => z.string({ error: 'Enter text.' }).max(max, `At most ${max.toLocaleString('en')} characters.`);

const choice = (options: { value: string; label: string }[]) =>
  z.string({ error: 'Choose one of the options.' }).refine((v) => options.some((o) => o.value === v), 'Choose one of the options.');

function columnSchema(column: TColumn) {
  switch (column.kind) {
    case 'text':
      return ZShortText(500);
    case 'number':
      return z.number({ error: `${column.label}: enter a number.` }).min(0, `${column.label}: at least 0.`).max(1e12, `${column.label}: that number is too large.`);
    case 'url':
      return ZUrl;
    case 'date':
      return ZDate;
    case 'single':
      return choice(column.options ?? []);
  }
}

/**
 * The zod schema of one answer, derived from its question. The form and the server use the same
 * schema; every kind accepts null, which clears the answer.
 */
export function answerValueSchema(question: TQuestion) {
  switch (question.kind) {
    case 'text':
    case 'longtext':
      return ZShortText(question.maxLength).nullable();
    case 'number': {
      let n = z
        .number({ error: 'Enter a number.' })
        .min(question.min, `Enter at least ${question.min.toLocaleString('en')}.`)
        .max(question.max, `Enter at most ${question.max.toLocaleString('en')}.`);
      if (question.integer) n = n.int('Enter a whole number.');
      return n.nullable();
    }
    case 'yesno':
      return z.enum(['yes', 'no', 'partly'], { error: 'Choose yes, no or partly.' }).nullable();
    case 'single':
      return choice(question.options).nullable();
    case 'multi':
      return z
        .array(choice(question.options), { error: 'Choose from the options.' })
        .max(question.options.length, 'Choose each option once.')
        .refine((list) => new Set(list).size === list.length, 'Choose each option once.')
        .nullable();
    case 'date':
      return ZDate.nullable();
    case 'url':
      return ZUrl.nullable();
    case 'person':
      return z
        .object(
          {
            name: ZShortText(200),
            jobFunction: ZShortText(200),
            email: z.union([z.literal(''), z.email('Enter a valid e-mail address.').max(320)]),
          },
          { error: (issue) => (issue.code === 'invalid_type' ? 'Enter a name, job function and e-mail.' : undefined) },
        )
        .strict()
        .nullable();
    case 'table': {
      const row = z
        .object(Object.fromEntries(question.columns.map((c) => [c.id, columnSchema(c).nullable().optional()])), { error: (issue) => (issue.code === 'invalid_type' ? 'Each row is a set of cells.' : undefined) })
        .strict();
      return z.array(row, { error: 'Enter the rows of the table.' }).max(question.maxRows, `At most ${question.maxRows} rows.`).nullable();
    }
  }
}

export const ZSaveAnswer = z
  .object({
    assessmentId: z.uuid('Unknown assessment.'),
    questionId: z.string({ error: 'Say which question.' }).min(1).max(200, 'Unknown question.'),
    value: z.unknown(),
    expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0),
  })
  .strict();
export type TSaveAnswer = z.infer<typeof ZSaveAnswer>;
