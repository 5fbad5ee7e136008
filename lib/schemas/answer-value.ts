import { z } from 'zod/mini';
import type { TQuestion } from '@/lib/content/template-schema';

type TColumn = Extract<TQuestion, { kind: 'table' }>['columns'][number];

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const ZDate = z.string({ error: 'Enter a date.' }).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.'), z.refine(isRealDate, 'That date does not exist.'));

const ZUrl = z.string({ error: 'Enter a link.' }).check(
  z.trim(),
  z.maxLength(2_000, 'Links are at most 2,000 characters.'),
  z.refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Enter a full link starting with https:// or http://.'),
);

const ZShortText = (max: number) => z.string({ error: 'Enter text.' }).check(z.maxLength(max, `At most ${max.toLocaleString('en')} characters.`));

const choice = (options: { value: string; label: string }[]) =>
  z.string({ error: 'Choose one of the options.' }).check(z.refine((v) => options.some((o) => o.value === v), 'Choose one of the options.'));

function columnSchema(column: TColumn) {
  switch (column.kind) {
    case 'text':
      return ZShortText(500);
    case 'number':
      return z.number({ error: `${column.label}: enter a number.` }).check(z.minimum(0, `${column.label}: at least 0.`), z.maximum(1e12, `${column.label}: that number is too large.`));
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
  let schema = built.get(question);
  if (!schema) {
    schema = buildAnswerValueSchema(question);
    built.set(question, schema);
  }
  return schema;
}

/**
 * Built once per question object: the server's templates are immutable versions cached per
 * process, so every save of a question checks its value with the same schema (building one was a
 * few per cent of a save's CPU, scripts/bench/profile-saves.ts).
 */
const built = new WeakMap<TQuestion, ReturnType<typeof buildAnswerValueSchema>>();

function buildAnswerValueSchema(question: TQuestion) {
  switch (question.kind) {
    case 'text':
    case 'longtext':
      return z.nullable(ZShortText(question.maxLength));
    case 'number': {
      const checks = [z.minimum(question.min, `Enter at least ${question.min.toLocaleString('en')}.`), z.maximum(question.max, `Enter at most ${question.max.toLocaleString('en')}.`)];
      const n = question.integer ? z.int({ error: (issue) => (issue.input === undefined || typeof issue.input !== 'number' ? 'Enter a number.' : 'Enter a whole number.') }) : z.number({ error: 'Enter a number.' });
      return z.nullable(n.check(...checks));
    }
    case 'yesno':
      return z.nullable(z.enum(['yes', 'no', 'partly'], { error: 'Choose yes, no or partly.' }));
    case 'single':
      return z.nullable(choice(question.options));
    case 'multi':
      return z.nullable(
        z
          .array(choice(question.options), { error: 'Choose from the options.' })
          .check(
            z.maxLength(question.options.length, 'Choose each option once.'),
            z.refine((list) => new Set(list).size === list.length, 'Choose each option once.'),
          ),
      );
    case 'date':
      return z.nullable(ZDate);
    case 'url':
      return z.nullable(ZUrl);
    case 'person':
      return z.nullable(
        z.strictObject(
          {
            name: ZShortText(200),
            jobFunction: ZShortText(200),
            email: z.union([z.literal(''), z.email('Enter a valid e-mail address.').check(z.maxLength(320))]),
          },
          { error: (issue) => (issue.code === 'invalid_type' ? 'Enter a name, job function and e-mail.' : undefined) },
        ),
      );
    case 'table': {
      const row = z.strictObject(Object.fromEntries(question.columns.map((c) => [c.id, z.optional(z.nullable(columnSchema(c)))])), {
        error: (issue) => (issue.code === 'invalid_type' ? 'Each row is a set of cells.' : undefined),
      });
      return z.nullable(z.array(row, { error: 'Enter the rows of the table.' }).check(z.maxLength(question.maxRows, `At most ${question.maxRows} rows.`)));
    }
  }
}
