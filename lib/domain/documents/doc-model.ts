import type { TLocale } from '../locale';

/**
 * The document model: what the RFP and the assessment report say, with every number already
 * formatted, so the PDF and the DOCX renderers only draw it and show identical text.
 */

export type TRun = { text: string; bold?: boolean; italic?: boolean };

export type TTableColumn = { label: string; /** Relative width (the renderers scale to 100%). */ width?: number; align?: 'left' | 'right' | 'center' };

export type TDocBlock =
  | { kind: 'paragraph'; runs: TRun[]; tone?: 'normal' | 'note' | 'missing' }
  | { kind: 'bullets'; items: TRun[][] }
  | { kind: 'table'; caption?: string; columns: TTableColumn[]; rows: string[][]; /** The last row is a total: drawn bold. */ hasTotalRow?: boolean }
  | { kind: 'keyValue'; items: { key: string; value: string }[] };

export type TDocSection = {
  id: string;
  /** "2.3", or "A" for an annex. */
  number: string;
  title: string;
  level: 1 | 2 | 3;
  /** Starts on a new page (annexes, long report sections). */
  pageBreakBefore?: boolean;
  blocks: TDocBlock[];
};

/** Where the user fills a missing item in: a question of the assessment, a field of the RFP page, or a tool page. */
export type TMissingTarget =
  | { kind: 'question'; questionId: string; phaseId: string }
  | { kind: 'rfp-field'; field: string }
  | { kind: 'tool'; tool: 'sizing' | 'skills' | 'budget' };

export type TMissingItem = { key: string; label: string; target: TMissingTarget };

export type TDocModel = {
  kind: 'rfp' | 'report' | 'comparison';
  /** The document's language (its chrome: running header, footer, contents); English when absent. */
  locale?: TLocale;
  title: string;
  subtitle: string;
  clientName: string;
  /** Formatted, e.g. "12 March 2027". */
  generatedOn: string;
  /** Shown on the cover under the title: assessment, country, platforms... */
  coverLines: { key: string; value: string }[];
  isDraft: boolean;
  missing: TMissingItem[];
  sections: TDocSection[];
};

export const paragraph = (runs: TRun[] | string, tone?: 'normal' | 'note' | 'missing'): TDocBlock => ({ kind: 'paragraph', runs: typeof runs === 'string' ? [{ text: runs }] : runs, ...(tone ? { tone } : {}) });

export const bullets = (items: (TRun[] | string)[]): TDocBlock => ({ kind: 'bullets', items: items.map((i) => (typeof i === 'string' ? [{ text: i }] : i)) });

export const table = (columns: (TTableColumn | string)[], rows: string[][], extra: { caption?: string; hasTotalRow?: boolean } = {}): TDocBlock => ({
  kind: 'table',
  columns: columns.map((c) => (typeof c === 'string' ? { label: c } : c)),
  rows,
  ...extra,
});

export const keyValue = (items: { key: string; value: string }[]): TDocBlock => ({ kind: 'keyValue', items });

/** Every piece of text of a model, in reading order: for tests and text search. */
export function modelText(model: TDocModel): string {
  const block = (b: TDocBlock): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [b.runs.map((r) => r.text).join('')];
      case 'bullets':
        return b.items.map((i) => i.map((r) => r.text).join(''));
      case 'table':
        return [b.caption ?? '', b.columns.map((c) => c.label).join(' '), ...b.rows.map((r) => r.join(' '))];
      case 'keyValue':
        return b.items.map((i) => `${i.key} ${i.value}`);
    }
  };
  return [model.title, model.subtitle, model.clientName, ...model.coverLines.map((l) => `${l.key} ${l.value}`), ...model.sections.flatMap((s) => [`${s.number} ${s.title}`, ...s.blocks.flatMap(block)])].join('\n');
}
