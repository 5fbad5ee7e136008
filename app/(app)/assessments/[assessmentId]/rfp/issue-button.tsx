'use client';

import { useState, useTransition } from 'react';
import { issueRfpAction } from './actions';

/** Issues the next version: the server renders and stores both files, or says what is missing. */
export function IssueButton({ assessmentId, isDraft }: { assessmentId: string; isDraft: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <p className="row">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await issueRfpAction({ assessmentId });
            setMessage(result.ok ? { ok: true, text: `Version ${result.data.version} issued.` } : { ok: false, text: result.error });
          })
        }
      >
        {pending ? 'Issuing…' : 'Issue the RFP'}
      </button>
      {isDraft && !message && <span className="muted">Complete the missing items first: a draft cannot be issued.</span>}
      {message && (
        <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'badge ok' : 'field-error'}>
          {message.text}
        </span>
      )}
    </p>
  );
}
