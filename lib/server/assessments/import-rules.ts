import 'server-only';
import type { TTemplate } from '@/lib/content/template-schema';
import type { TTemplateIndex } from '@/lib/content/template-index';
import { transition, type TCheckpointEvent, type TCheckpointStatus } from '@/lib/domain/checkpoint-machine';
import { computeGating, isEvidenceComplete, isPhaseWritable, type TStatuses } from '@/lib/domain/gating';
import { answerValueSchema } from '@/lib/schemas/answer-value';
import type { TAssessmentExport } from '@/lib/schemas/assessment-export';

type TFileCheckpoint = TAssessmentExport['checkpoints'][number];

export interface TRefusedAnswer {
  questionId: string;
  label: string;
  phase: number;
  reason: string;
}

export interface TDowngradedCheckpoint {
  checkpointId: string;
  label: string;
  phase: number;
  /** The state in the file. */
  from: TFileCheckpoint['status'];
  notApplicable: boolean;
  /** The state it was imported in. */
  to: 'open' | 'submitted';
  reason: string;
}

export interface TImportPlan {
  answers: { questionId: string; value: unknown }[];
  /** Checkpoints the import submits, as the state machine left them. */
  submitted: { checkpointId: string; event: 'submit' | 'submit_not_applicable'; notApplicable: boolean; justification?: string }[];
  /** Checkpoints imported as open because the file's state could not be honoured; the reason is kept on the row. */
  opened: { checkpointId: string; reason: string }[];
  refusedAnswers: TRefusedAnswer[];
  downgraded: TDowngradedCheckpoint[];
}

const APPROVAL_NOT_CARRIED =
  'It was approved in the original, but approvals are not carried over by an import: a reviewer of this organisation must approve it here.';

/**
 * What an import may write into a new assessment, decided as if the importer typed the file in
 * through the app, phase by phase in order:
 * - an answer is kept when its phase is open (given the checkpoints imported so far) and its
 *   value fits the question; otherwise it is refused with the reason;
 * - a submitted or approved checkpoint is submitted by the importer through the state machine
 *   (phase open, required evidence answered, "not applicable" only for optional sections with a
 *   justification); an approval is never carried over, as only a reviewer here can approve;
 * - anything else comes in as open, listed with the reason.
 * As nothing is approved by an import, phase 2 onwards stay locked until a reviewer signs phase 1
 * off here.
 */
export function planImport(
  track: { template: TTemplate; index: TTemplateIndex },
  fileAnswers: ReadonlyMap<string, unknown>,
  fileCheckpoints: ReadonlyMap<string, TFileCheckpoint>,
  importerId: string,
): TImportPlan {
  const plan: TImportPlan = { answers: [], submitted: [], opened: [], refusedAnswers: [], downgraded: [] };
  const statuses: TStatuses = {};
  const values: Record<string, unknown> = {};
  const questionOf = (id: string) => track.index.questions.get(id)?.question;

  for (const phase of track.template.phases) {
    const isWritable = isPhaseWritable(track.template, phase.id, statuses);
    const lockReason = isWritable ? '' : `Phase ${phase.number} (${phase.title}) is locked: ${computeGating(track.template, statuses, values).find((g) => g.phaseId === phase.id)?.lockedReason}.`;

    for (const question of phase.sections.flatMap((s) => s.questions)) {
      if (!fileAnswers.has(question.id)) continue;
      const raw = fileAnswers.get(question.id);
      if (raw === null) continue; // a cleared answer: nothing to import
      const refuse = (reason: string) => plan.refusedAnswers.push({ questionId: question.id, label: question.label, phase: phase.number, reason });
      if (!isWritable) {
        refuse(lockReason);
        continue;
      }
      const parsed = answerValueSchema(question).safeParse(raw);
      if (!parsed.success) {
        refuse(`That answer does not fit the question: ${parsed.error.issues[0]?.message ?? 'it is not a value this question takes.'}`);
        continue;
      }
      if (parsed.data === null) continue;
      values[question.id] = parsed.data;
      plan.answers.push({ questionId: question.id, value: parsed.data });
    }

    for (const section of phase.sections) {
      for (const checkpoint of section.checkpoints) {
        const c = fileCheckpoints.get(checkpoint.id);
        if (!c) continue;
        const downgrade = (to: 'open' | 'submitted', reason: string) => {
          plan.downgraded.push({ checkpointId: checkpoint.id, label: checkpoint.label, phase: phase.number, from: c.status, notApplicable: c.notApplicable, to, reason });
          if (to === 'open') plan.opened.push({ checkpointId: checkpoint.id, reason });
        };
        if (c.status === 'changes_requested') {
          downgrade('open', `It was sent back for changes in the original${c.comment ? ` with the comment “${c.comment}”` : ''}; submit it again here.`);
          continue;
        }
        if (c.status === 'open') {
          if (c.notApplicable) downgrade('open', 'It was marked not applicable without being submitted.');
          continue;
        }
        if (!isWritable) {
          downgrade('open', lockReason);
          continue;
        }
        const event: TCheckpointEvent = c.notApplicable
          ? { type: 'submit_not_applicable', actorId: importerId, justification: c.justification ?? '', isOptional: section.optional || phase.optional }
          : { type: 'submit', actorId: importerId, evidenceComplete: isEvidenceComplete(checkpoint.evidence, questionOf, values) };
        const result = transition({ status: 'open', notApplicable: false }, event);
        if (!result.ok) {
          downgrade('open', result.message);
          continue;
        }
        const next: { status: TCheckpointStatus; notApplicable: boolean; justification?: string } = result.next;
        statuses[checkpoint.id] = { status: next.status, notApplicable: next.notApplicable };
        plan.submitted.push({ checkpointId: checkpoint.id, event: event.type, notApplicable: next.notApplicable, justification: next.justification });
        if (c.status === 'approved') downgrade('submitted', APPROVAL_NOT_CARRIED);
      }
    }
  }
  return plan;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMPORTED_SUFFIX = / \(imported \d{1,2} [A-Z][a-z]{2} \d{4}\)$/;

/** "Name (imported 1 Dec 2026)": a copy can be told from its original; a copy of a copy gets a new date, not a second one. */
export function importedName(name: string, now: Date, maxLength = 200): string {
  const suffix = ` (imported ${now.getUTCDate()} ${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()})`;
  const base = name.replace(IMPORTED_SUFFIX, '');
  return `${base.slice(0, maxLength - suffix.length).trimEnd()}${suffix}`;
}
