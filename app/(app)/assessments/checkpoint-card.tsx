'use client';

import { useRef, useState, useTransition, type ReactNode } from 'react';
import { checkpointAction } from './actions';

export interface TCheckpointView {
  id: string;
  label: string;
  status: 'open' | 'submitted' | 'approved' | 'changes_requested';
  notApplicable: boolean;
  justification: string | null;
  comment: string | null;
  reopenReason: string | null;
  version: number;
  submittedBy: string | null;
  reviewedBy: string | null;
  optional: boolean;
}

type TCommandType = 'submit' | 'submit_not_applicable' | 'approve' | 'request_changes';
const DONE: Record<TCommandType, string> = {
  submit: 'Submitted for review.',
  submit_not_applicable: 'Submitted as not applicable.',
  approve: 'Approved.',
  request_changes: 'Sent back with your comment.',
};

const STATUS: Record<TCheckpointView['status'], { text: string; tone: string }> = {
  open: { text: 'Open', tone: 'warn' },
  submitted: { text: 'Submitted for review', tone: '' },
  approved: { text: 'Approved', tone: 'ok' },
  changes_requested: { text: 'Changes requested', tone: 'bad' },
};

/** A checkpoint with the buttons the viewer's role allows; the server decides in the end. */
export function CheckpointCard({
  assessmentId,
  checkpoint: cp,
  canSubmit,
  canReview,
  isOwnSubmission,
  phaseOpen,
  children,
}: {
  assessmentId: string;
  checkpoint: TCheckpointView;
  canSubmit: boolean;
  canReview: boolean;
  isOwnSubmission: boolean;
  phaseOpen: boolean;
  /** What belongs to the checkpoint under its text: its evidence files. */
  children?: ReactNode;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [mode, setMode] = useState<'none' | 'na' | 'changes'>('none');
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const base = { assessmentId, checkpointId: cp.id, expectedVersion: cp.version };
  // Buttons stay focusable while saving (aria-disabled): a second press is ignored here instead.
  const run = (command: { type: TCommandType } & Record<string, unknown>) => {
    if (pending) return;
    startTransition(async () => {
      setError(null);
      setDone(null);
      const result = await checkpointAction(command);
      if (!result.ok) setError(result.fieldErrors ? Object.values(result.fieldErrors).flat()[0] ?? result.error : result.error);
      else {
        setMode('none');
        setText('');
        setDone(DONE[command.type]);
      }
      requestAnimationFrame(() => statusRef.current?.focus());
    });
  };
  const status = STATUS[cp.status];
  const submittable = canSubmit && phaseOpen && (cp.status === 'open' || cp.status === 'changes_requested');
  const reviewable = canReview && cp.status === 'submitted';

  return (
    <li className="card" data-checkpoint-id={cp.id} aria-label={`Checkpoint: ${cp.label}`}>
      <p style={{ marginTop: 0 }}>
        <span className={`badge ${status.tone}`} data-testid="checkpoint-status">
          {status.text}
          {cp.notApplicable ? ' (not applicable)' : ''}
        </span>
      </p>
      <p>{cp.label}</p>
      {cp.justification && cp.notApplicable && <p className="muted">Not applicable because: {cp.justification}</p>}
      {cp.comment && cp.status === 'changes_requested' && (
        <p className="form-error">
          Reviewer{cp.reviewedBy ? ` ${cp.reviewedBy}` : ''} asked for changes: {cp.comment}
        </p>
      )}
      {cp.reopenReason && cp.status === 'open' && <p className="notice">{cp.reopenReason}</p>}
      {children}
      {cp.submittedBy && cp.status !== 'open' && <p className="muted">Submitted by {cp.submittedBy}{cp.reviewedBy && cp.status === 'approved' ? `, approved by ${cp.reviewedBy}` : ''}.</p>}
      {error && (
        <p className="form-error" role="alert" ref={statusRef} tabIndex={-1}>
          {error}
        </p>
      )}
      {done && !error && (
        <p className="muted" role="status" ref={statusRef} tabIndex={-1}>
          {done}
        </p>
      )}
      {submittable && mode === 'none' && (
        <div className="row">
          <button type="button" aria-disabled={pending} onClick={() => run({ type: 'submit', ...base })}>
            Submit for review
          </button>
          {cp.optional && (
            <button type="button" className="secondary" aria-disabled={pending} onClick={() => setMode('na')}>
              Mark not applicable
            </button>
          )}
        </div>
      )}
      {reviewable && mode === 'none' && (
        <div className="row">
          {isOwnSubmission && <p className="muted">You submitted this checkpoint; another reviewer must decide.</p>}
          <button type="button" aria-disabled={pending} onClick={() => run({ type: 'approve', ...base })}>
            Approve
          </button>
          <button type="button" className="secondary" aria-disabled={pending} onClick={() => setMode('changes')}>
            Request changes
          </button>
        </div>
      )}
      {mode !== 'none' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(mode === 'na' ? { type: 'submit_not_applicable', ...base, justification: text } : { type: 'request_changes', ...base, comment: text });
          }}
        >
          <label htmlFor={`${cp.id}-text`}>{mode === 'na' ? 'Why does this not apply?' : 'What needs to change?'}</label>
          <textarea id={`${cp.id}-text`} autoFocus value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />
          <div className="row">
            <button type="submit" aria-disabled={pending}>
              {mode === 'na' ? 'Submit as not applicable' : 'Send back with comment'}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('none')}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
