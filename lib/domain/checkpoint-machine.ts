/**
 * The checkpoint workflow as one pure state machine:
 *
 *   open ──submit──▶ submitted ──approve──────────▶ approved
 *    ▲                   │
 *    │                   └─request_changes──▶ changes_requested ──submit──▶ submitted
 *    └────────── reopen (evidence changed) ◀── submitted | approved
 *
 * Optional checkpoints may be submitted as "not applicable" with a justification; a reviewer
 * approves or rejects that like any submission. The reviewer is never the submitter.
 */
export const CHECKPOINT_STATUSES = ['open', 'submitted', 'approved', 'changes_requested'] as const;
export type TCheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

export type TCheckpointState = {
  status: TCheckpointStatus;
  notApplicable: boolean;
  justification?: string;
  submittedById?: string;
  reviewedById?: string;
  comment?: string;
  reopenReason?: string;
};

export type TCheckpointEvent =
  | { type: 'submit'; actorId: string; evidenceComplete: boolean }
  | { type: 'submit_not_applicable'; actorId: string; justification: string; isOptional: boolean }
  | { type: 'approve'; actorId: string }
  | { type: 'request_changes'; actorId: string; comment: string }
  | { type: 'reopen'; reason: string };

export type TTransitionRefusal =
  | 'not_submittable'
  | 'evidence_incomplete'
  | 'not_optional'
  | 'justification_required'
  | 'not_submitted'
  | 'same_person'
  | 'comment_required'
  | 'not_reopenable';

export type TTransitionResult = { ok: true; next: TCheckpointState } | { ok: false; code: TTransitionRefusal; message: string };

const refuse = (code: TTransitionRefusal, message: string): TTransitionResult => ({ ok: false, code, message });

const STATUS_WORDS: Record<TCheckpointStatus, string> = {
  open: 'open',
  submitted: 'waiting for review',
  approved: 'approved',
  changes_requested: 'sent back for changes',
};

export function transition(state: TCheckpointState, event: TCheckpointEvent): TTransitionResult {
  switch (event.type) {
    case 'submit':
    case 'submit_not_applicable': {
      if (state.status !== 'open' && state.status !== 'changes_requested') {
        return refuse('not_submittable', `This checkpoint is already ${STATUS_WORDS[state.status]}.`);
      }
      if (event.type === 'submit') {
        if (!event.evidenceComplete) return refuse('evidence_incomplete', 'Answer every required question this checkpoint cites, and fill in or remove empty table rows, before submitting it.');
        return { ok: true, next: { status: 'submitted', notApplicable: false, submittedById: event.actorId } };
      }
      if (!event.isOptional) return refuse('not_optional', 'Only checkpoints of optional sections can be marked not applicable.');
      const justification = event.justification.trim();
      if (!justification) return refuse('justification_required', 'Explain why this checkpoint does not apply.');
      return { ok: true, next: { status: 'submitted', notApplicable: true, justification, submittedById: event.actorId } };
    }
    case 'approve':
    case 'request_changes': {
      if (state.status !== 'submitted') return refuse('not_submitted', `Only a submitted checkpoint can be reviewed; this one is ${STATUS_WORDS[state.status]}.`);
      if (state.submittedById === event.actorId) return refuse('same_person', 'You submitted this checkpoint, so someone else must review it.');
      if (event.type === 'approve') return { ok: true, next: { ...state, status: 'approved', reviewedById: event.actorId, comment: undefined, reopenReason: undefined } };
      const comment = event.comment.trim();
      if (!comment) return refuse('comment_required', 'Say what needs to change.');
      return { ok: true, next: { ...state, status: 'changes_requested', reviewedById: event.actorId, comment, reopenReason: undefined } };
    }
    case 'reopen': {
      if (state.status !== 'submitted' && state.status !== 'approved') return refuse('not_reopenable', 'Only a submitted or approved checkpoint can be re-opened.');
      return { ok: true, next: { status: 'open', notApplicable: false, reopenReason: event.reason } };
    }
  }
}

/** A checkpoint counts towards unlocking later phases only once a reviewer approved it. */
export function isSignedOff(state: Pick<TCheckpointState, 'status'> | undefined): boolean {
  return state?.status === 'approved';
}
