import type { TQuestion, TTemplate } from '@/lib/content/template-schema';
import { formatDate, formatNumber } from './format';
import { stripTemplateMarker } from './fill-text';

/** Reading assessment answers for the documents: typed getters and a display text per question kind. */

export type TAnswers = Record<string, unknown>;
export type TQuestionInfo = { question: TQuestion; phaseId: string; phaseTitle: string; phaseNumber: number };
export type TQuestionLookup = Map<string, TQuestionInfo>;

export function questionLookup(templates: TTemplate[]): TQuestionLookup {
  const map: TQuestionLookup = new Map();
  for (const t of templates) for (const p of t.phases) for (const s of p.sections) for (const q of s.questions) map.set(q.id, { question: q, phaseId: p.id, phaseTitle: p.title, phaseNumber: p.number });
  return map;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

export const hasAnswer = (answers: TAnswers, id: string) => !isBlank(answers[id]);

export function answerNumber(answers: TAnswers, id: string): number | undefined {
  const v = answers[id];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function answerString(answers: TAnswers, id: string): string | undefined {
  const v = answers[id];
  return typeof v === 'string' && v.trim() ? stripTemplateMarker(v.trim()) : undefined;
}

export function answerRows(answers: TAnswers, id: string): Record<string, unknown>[] {
  const v = answers[id];
  return Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object') : [];
}

const optionLabel = (q: TQuestion, value: string) => ('options' in q ? (q.options.find((o) => o.value === value)?.label ?? value) : value);

/** The answer as a person would read it, or undefined when unanswered. */
export function answerDisplay(lookup: TQuestionLookup, answers: TAnswers, id: string): string | undefined {
  const v = answers[id];
  const info = lookup.get(id);
  if (isBlank(v) || !info) return undefined;
  const q = info.question;
  switch (q.kind) {
    case 'number':
      return typeof v === 'number' ? `${formatNumber(v, 2)}${q.unit ? ` ${q.unit}` : ''}` : undefined;
    case 'yesno':
      return typeof v === 'string' ? ({ yes: 'Yes', no: 'No', partly: 'Partly' } as Record<string, string>)[v] : undefined;
    case 'single':
      return typeof v === 'string' ? optionLabel(q, v) : undefined;
    case 'multi':
      return Array.isArray(v) ? v.map((x) => optionLabel(q, String(x))).join(', ') : undefined;
    case 'date':
      return typeof v === 'string' ? formatDate(v) : undefined;
    case 'person': {
      const p = v as { name?: string; jobFunction?: string; email?: string };
      return [p.name, p.jobFunction, p.email].filter((x) => x && x.trim()).map((x) => stripTemplateMarker(x!.trim())).join(', ') || undefined;
    }
    case 'table':
      return Array.isArray(v) ? `${v.length} row(s)` : undefined;
    default:
      return typeof v === 'string' ? stripTemplateMarker(v.trim()) : undefined;
  }
}
