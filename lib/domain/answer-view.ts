import type { TQuestion } from '@/lib/content/template-schema';
import { stripTemplateMarker } from './documents/fill-text';
import { formatDateIn, formatNumberIn } from './intl-format';
import type { TLocale } from './locale';

/**
 * An answer as a person reads it, drawn from its question: option labels instead of values, dates
 * in words, numbers with their unit, a table's non-empty rows under its column labels. The review
 * queue, the audit trail and the documents all use this one formatter, in the reader's (or the
 * document's) language: "Partly" / "En partie" / "Em parte", "30 April 2027" / "30 avril 2027". Pure.
 */

type TColumn = Extract<TQuestion, { kind: 'table' }>['columns'][number];

export type TAnswerView =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'table'; columns: string[]; rows: string[][] };

const YES_NO: Record<TLocale, Record<string, string>> = {
  en: { yes: 'Yes', no: 'No', partly: 'Partly' },
  fr: { yes: 'Oui', no: 'Non', partly: 'En partie' },
  pt: { yes: 'Sim', no: 'Não', partly: 'Em parte' },
};
const ROWS: Record<TLocale, (n: number) => string> = {
  en: (n) => (n === 1 ? '1 row' : `${n} rows`),
  fr: (n) => (n === 1 ? '1 ligne' : `${n} lignes`),
  pt: (n) => (n === 1 ? '1 linha' : `${n} linhas`),
};
/** French sets a colon off with a (non-breaking) space. */
const COLON: Record<TLocale, string> = { en: ': ', fr: '\u00a0: ', pt: ': ' };

const clean = (s: string) => stripTemplateMarker(s.trim());

const optionLabel = (options: { value: string; label: string }[] | undefined, value: string) => options?.find((o) => o.value === value)?.label ?? value;

function cellText(column: TColumn, value: unknown, locale: TLocale): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? `${formatNumberIn(locale, value, 2)}${column.unit ? ` ${column.unit}` : ''}` : '';
    case 'date':
      return typeof value === 'string' && value.trim() ? formatDateIn(locale, value.trim()) : '';
    case 'single':
      return typeof value === 'string' && value.trim() ? optionLabel(column.options, value) : '';
    default:
      return typeof value === 'string' ? clean(value) : typeof value === 'number' ? formatNumberIn(locale, value, 2) : '';
  }
}

/** The rows of a table answer with at least one filled-in cell, as text under the column labels. */
export function filledTableRows(question: Extract<TQuestion, { kind: 'table' }>, value: unknown, locale: TLocale = 'en'): string[][] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r))
    .map((row) => question.columns.map((c) => cellText(c, row[c.id], locale)))
    .filter((cells) => cells.some((c) => c !== ''));
}

/** A table answer that has rows, none of which has anything filled in. */
export function hasOnlyEmptyRows(question: TQuestion, value: unknown): boolean {
  return question.kind === 'table' && Array.isArray(value) && value.length > 0 && filledTableRows(question, value).length === 0;
}

export function answerView(question: TQuestion, value: unknown, locale: TLocale = 'en'): TAnswerView {
  if (value === null || value === undefined) return { kind: 'empty' };
  const text = (t: string | undefined): TAnswerView => (t ? { kind: 'text', text: t } : { kind: 'empty' });
  switch (question.kind) {
    case 'number':
      return text(typeof value === 'number' && Number.isFinite(value) ? `${formatNumberIn(locale, value, 2)}${question.unit ? ` ${question.unit}` : ''}` : undefined);
    case 'yesno':
      return text(typeof value === 'string' ? YES_NO[locale][value] : undefined);
    case 'single':
      return text(typeof value === 'string' && value ? optionLabel(question.options, value) : undefined);
    case 'multi':
      return text(Array.isArray(value) ? value.map((x) => optionLabel(question.options, String(x))).join(', ') : undefined);
    case 'date':
      return text(typeof value === 'string' && value.trim() ? formatDateIn(locale, value.trim()) : undefined);
    case 'person': {
      if (typeof value !== 'object' || Array.isArray(value)) return { kind: 'empty' };
      const p = value as { name?: unknown; jobFunction?: unknown; email?: unknown };
      return text([p.name, p.jobFunction, p.email].flatMap((x) => (typeof x === 'string' && x.trim() ? [clean(x)] : [])).join(', '));
    }
    case 'table': {
      const rows = filledTableRows(question, value, locale);
      return rows.length ? { kind: 'table', columns: question.columns.map((c) => c.label), rows } : { kind: 'empty' };
    }
    default:
      return text(typeof value === 'string' && value.trim() ? clean(value) : undefined);
  }
}

/** The answer in one line of text (a table as "2 rows: a, b; c, d"), or undefined when there is nothing to read. */
export function answerText(question: TQuestion, value: unknown, locale: TLocale = 'en'): string | undefined {
  return viewText(answerView(question, value, locale), locale);
}

/** An answer view in one line of text, or undefined when it is empty. */
export function viewText(view: TAnswerView, locale: TLocale = 'en'): string | undefined {
  if (view.kind === 'empty') return undefined;
  if (view.kind === 'text') return view.text;
  const rows = view.rows.map((r) => r.filter((c) => c !== '').join(', '));
  return `${ROWS[locale](view.rows.length)}${COLON[locale]}${rows.join('; ')}`;
}
