'use client';

import { useRef, useState, useTransition, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { useValidationText } from '@/app/_components/use-validation-text';
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
// Texts: the phase messages' done.<type> and status.<status>.
const TONE: Record<TCheckpointView['status'], string> = { open: 'warn', submitted: '', approved: 'ok', changes_requested: 'bad' };

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
  const t = useTranslations('phase');
  const tv = useValidationText();
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
        setDone(t(`done.${command.type}`));
      }
      requestAnimationFrame(() => statusRef.current?.focus());
    });
  };
  const submittable = canSubmit && phaseOpen && (cp.status === 'open' || cp.status === 'changes_requested');
  const reviewable = canReview && cp.status === 'submitted';

  return (
    <li className="card" data-checkpoint-id={cp.id} aria-label={t('checkpointLabel', { label: cp.label })}>
      <p style={{ marginTop: 0 }}>
        <span className={`badge ${TONE[cp.status]}`} data-testid="checkpoint-status">
          {t(`status.${cp.status}`)}
          {cp.notApplicable ? t('notApplicableSuffix') : ''}
        </span>
      </p>
      <p>{cp.label}</p>
      {cp.justification && cp.notApplicable && <p className="muted">{t('notApplicableBecause', { justification: cp.justification })}</p>}
      {cp.comment && cp.status === 'changes_requested' && (
        <p className="form-error">
          {cp.reviewedBy ? t('changesAskedBy', { reviewer: cp.reviewedBy, comment: cp.comment }) : t('changesAsked', { comment: cp.comment })}
        </p>
      )}
      {cp.reopenReason && cp.status === 'open' && <p className="notice">{cp.reopenReason}</p>}
      {children}
      {cp.submittedBy && cp.status !== 'open' && <p className="muted">{cp.reviewedBy && cp.status === 'approved' ? t('submittedApprovedBy', { submitter: cp.submittedBy, reviewer: cp.reviewedBy }) : t('submittedBy', { submitter: cp.submittedBy })}</p>}
      {error && (
        <p className="form-error" role="alert" ref={statusRef} tabIndex={-1}>
          {tv(error)}
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
            {t('submitForReview')}
          </button>
          {cp.optional && (
            <button type="button" className="secondary" aria-disabled={pending} onClick={() => setMode('na')}>
              {t('markNotApplicable')}
            </button>
          )}
        </div>
      )}
      {reviewable && mode === 'none' && (
        <div className="row">
          {isOwnSubmission && <p className="muted">{t('ownSubmission')}</p>}
          <button type="button" aria-disabled={pending} onClick={() => run({ type: 'approve', ...base })}>
            {t('approve')}
          </button>
          <button type="button" className="secondary" aria-disabled={pending} onClick={() => setMode('changes')}>
            {t('requestChanges')}
          </button>
        </div>
      )}
      {mode !== 'none' && (
        <form method="post"
          onSubmit={(e) => {
            e.preventDefault();
            run(mode === 'na' ? { type: 'submit_not_applicable', ...base, justification: text } : { type: 'request_changes', ...base, comment: text });
          }}
        >
          <label htmlFor={`${cp.id}-text`}>{mode === 'na' ? t('whyNotApply') : t('whatChange')}</label>
          <textarea id={`${cp.id}-text`} autoFocus value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />
          <div className="row">
            <button type="submit" aria-disabled={pending}>
              {mode === 'na' ? t('submitNotApplicable') : t('sendBack')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('none')}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
