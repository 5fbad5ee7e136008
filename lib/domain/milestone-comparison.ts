import type { TQuestion } from '@/lib/content/template-schema';
import { answerText } from './answer-view';
import type { TLocale } from './locale';
import type { TCheckpointMove, TMilestoneDiff } from './milestone-diff';

/**
 * A milestone diff as people read it: questions and checkpoints by their labels, answers as their
 * question formats them, states and figures in words. The comparison page and its PDF both draw
 * this. Pure: the caller passes the labels and formatters of the reader's language.
 */
export type TComparisonWords = {
  /** The reader's language, for answers as their question formats them. */
  locale: TLocale;
  question: (id: string) => TQuestion | undefined;
  checkpoint: (id: string) => string | undefined;
  status: (state: TCheckpointMove['from']) => string;
  /** A figure's value ("12 cores", "XOF 1,250,000"); `signed` for a delta ("+4 cores"). */
  figure: (figure: TMilestoneDiff['figures'][number], value: number, signed: boolean) => string;
  /** "Not answered", "None": what an empty side reads. */
  empty: string;
  unknownQuestion: string;
  unknownCheckpoint: string;
};

export type TComparisonRow = { label: string; before: string; after: string };
export type TComparisonView = {
  answers: TComparisonRow[];
  checkpoints: TComparisonRow[];
  evidence: { checkpoint: string; fileName: string; change: 'added' | 'removed' }[];
  outputs: (TComparisonRow & { delta: string | null })[];
  isUnchanged: boolean;
};

export function describeComparison(diff: TMilestoneDiff, w: TComparisonWords): TComparisonView {
  const answers = diff.answers.map((a) => {
    const q = w.question(a.questionId);
    if (!q) return { label: w.unknownQuestion, before: a.before == null ? w.empty : '…', after: a.after == null ? w.empty : '…' };
    return { label: q.label, before: answerText(q, a.before, w.locale) ?? w.empty, after: answerText(q, a.after, w.locale) ?? w.empty };
  });
  const checkpoints = diff.checkpoints.map((c) => ({ label: w.checkpoint(c.checkpointId) ?? w.unknownCheckpoint, before: w.status(c.from), after: w.status(c.to) }));
  const evidence = diff.evidence.map((e) => ({ checkpoint: w.checkpoint(e.checkpointId) ?? w.unknownCheckpoint, fileName: e.fileName, change: e.change }));
  const outputs = [
    ...diff.labels.map((l) => ({ label: l.label, before: l.before ?? w.empty, after: l.after ?? w.empty, delta: null })),
    ...diff.figures.map((f) => ({
      label: f.label,
      before: f.before === null ? w.empty : w.figure(f, f.before, false),
      after: f.after === null ? w.empty : w.figure(f, f.after, false),
      delta: f.before === null || f.after === null ? null : w.figure(f, f.delta, true),
    })),
  ];
  return { answers, checkpoints, evidence, outputs, isUnchanged: diff.isUnchanged };
}
