import type { TQuestion, TTemplate } from '@/lib/content/template-schema';
import { answerText } from '../answer-view';
import type { TLocale } from '../locale';
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

/** The answer as a person would read it in `locale`, or undefined when unanswered (the question's own formatter). */
export function answerDisplay(lookup: TQuestionLookup, answers: TAnswers, id: string, locale: TLocale = 'en'): string | undefined {
  const info = lookup.get(id);
  return info ? answerText(info.question, answers[id], locale) : undefined;
}
