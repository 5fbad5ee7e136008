import type { TPhase, TQuestion, TTemplate } from '@/lib/content/template-schema';
import { filledTableRows, hasOnlyEmptyRows } from './answer-view';
import { isSignedOff, type TCheckpointStatus } from './checkpoint-machine';
import type { TReason } from './reason';

export type TStatuses = Record<string, { status: TCheckpointStatus; notApplicable: boolean }>;

export type TPhaseGating = {
  phaseId: string;
  number: number;
  locked: boolean;
  lockedReason?: string;
  /** The same as a message key and its parameters, for the reader's language. */
  lock?: TReason;
  answered: number;
  required: number;
  checkpoints: Record<TCheckpointStatus, number>;
};

/** Whether a stored value counts as an answer: blank text, empty lists and nulls do not. */
export function isAnswered(question: TQuestion, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (question.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'multi':
      return Array.isArray(value) && value.length > 0;
    case 'table':
      return filledTableRows(question, value).length > 0;
    case 'person':
      return typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' && (value as { name: string }).name.trim() !== '';
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

/**
 * A checkpoint may be submitted once every required question it cites as evidence is answered
 * (a table only by rows with something in them), and no cited table holds nothing but empty rows.
 */
export function isEvidenceComplete(evidence: readonly string[], questionOf: (id: string) => TQuestion | undefined, values: Record<string, unknown>): boolean {
  return evidence.every((qid) => {
    const q = questionOf(qid);
    if (!q) return true;
    if (hasOnlyEmptyRows(q, values[qid])) return false;
    return !q.required || isAnswered(q, values[qid]);
  });
}

const checkpointsOf = (phase: TPhase) => phase.sections.flatMap((s) => s.checkpoints);

/**
 * Phase n opens only when every checkpoint of phases 1..n-1 is approved (an optional one may be
 * approved as "not applicable"). Phase 1 is always open.
 */
export function computeGating(template: TTemplate, statuses: TStatuses, values: Record<string, unknown>): TPhaseGating[] {
  let blocker: { phase: TPhase; pending: string[] } | undefined;
  return template.phases.map((phase) => {
    const requiredQuestions = phase.sections.flatMap((s) => s.questions.filter((q) => q.required));
    const counts: Record<TCheckpointStatus, number> = { open: 0, submitted: 0, approved: 0, changes_requested: 0 };
    for (const cp of checkpointsOf(phase)) counts[statuses[cp.id]?.status ?? 'open'] += 1;
    const gating: TPhaseGating = {
      phaseId: phase.id,
      number: phase.number,
      locked: blocker !== undefined,
      lockedReason: blocker ? lockedReason(blocker.phase, blocker.pending) : undefined,
      ...(blocker ? { lock: lockReason(blocker.phase, blocker.pending) } : {}),
      answered: requiredQuestions.filter((q) => isAnswered(q, values[q.id])).length,
      required: requiredQuestions.length,
      checkpoints: counts,
    };
    if (!blocker) {
      const pending = checkpointsOf(phase).filter((cp) => !isSignedOff(statuses[cp.id])).map((cp) => cp.label);
      if (pending.length > 0) blocker = { phase, pending };
    }
    return gating;
  });
}

const firstPending = (pending: string[]) => (pending[0].length > 140 ? `${pending[0].slice(0, 139)}…` : pending[0]);

/** Why a phase is locked, for the reader's language (the phase's title and checkpoint in the template's language as given). */
function lockReason(phase: TPhase, pending: string[]): TReason {
  return { key: 'phaseLocked', params: { phase: phase.number, title: phase.title, count: pending.length, first: firstPending(pending) } };
}

function lockedReason(phase: TPhase, pending: string[]): string {
  const count = pending.length === 1 ? '1 checkpoint' : `${pending.length} checkpoints`;
  const first = pending[0].length > 140 ? `${pending[0].slice(0, 139)}…` : pending[0];
  return `Phase ${phase.number} (${phase.title}) still has ${count} to be approved, starting with “${first}”`;
}

/**
 * How an answer to a question of `phaseId` is kept: 'final' in an open phase; 'draft' in a locked
 * one — planners may draft ahead, only submitting a checkpoint waits for the gate; undefined for a
 * phase the template does not have. Saving answers and the phase page both follow this rule.
 */
export function answerMode(template: TTemplate, phaseId: string, statuses: TStatuses): 'final' | 'draft' | undefined {
  if (!template.phases.some((p) => p.id === phaseId)) return undefined;
  return isPhaseWritable(template, phaseId, statuses) ? 'final' : 'draft';
}

/** Whether checkpoints of `phaseId` may be submitted: every checkpoint of the earlier phases is signed off. */
export function isPhaseWritable(template: TTemplate, phaseId: string, statuses: TStatuses): boolean {
  for (const phase of template.phases) {
    if (phase.id === phaseId) return true;
    if (checkpointsOf(phase).some((cp) => !isSignedOff(statuses[cp.id]))) return false;
  }
  return false;
}

/** The checkpoints that cite `questionId` as evidence (those a change of its answer may re-open). */
export function checkpointsCiting(template: TTemplate, questionId: string) {
  return template.phases.flatMap(checkpointsOf).filter((cp) => cp.evidence.includes(questionId));
}

/**
 * Checkpoints that must go back to "open" when the answer to `questionId` changes: those citing
 * it as evidence that were already submitted or approved (not those marked not applicable, whose
 * questions are out of scope by the reviewer's decision).
 */
export function checkpointsToReopen(template: TTemplate, questionId: string, statuses: TStatuses): string[] {
  return checkpointsCiting(template, questionId)
    .filter((cp) => {
      const s = statuses[cp.id];
      return s !== undefined && !s.notApplicable && (s.status === 'submitted' || s.status === 'approved');
    })
    .map((cp) => cp.id);
}
