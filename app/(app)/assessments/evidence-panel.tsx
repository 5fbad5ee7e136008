'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';

export type TEvidenceView = { id: string; fileName: string; sizeText: string; kindLabel: string; uploadedBy?: string; uploadedOn: string };

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.csv,.txt,application/pdf,image/png,image/jpeg,text/csv,text/plain';

/**
 * The evidence files of one checkpoint: download links, and for planners an upload field and a
 * remove button. The server decides the file's kind from its bytes and says why it refuses one.
 */
export function EvidencePanel({ assessmentId, checkpointId, checkpointLabel, files, canWrite, maxMb }: { assessmentId: string; checkpointId: string; checkpointLabel: string; files: TEvidenceView[]; canWrite: boolean; maxMb: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = `evidence-${checkpointId}`;
  const base = `/api/v1/assessments/${assessmentId}/evidence`;

  // Focus moves to the status line once it is on screen (after the transition has rendered it).
  const [said, setSaid] = useState(0);
  useEffect(() => {
    if (said) statusRef.current?.focus();
  }, [said]);
  const report = (message: string, isError: boolean) => {
    setError(isError ? message : null);
    setDone(isError ? null : message);
    setSaid((n) => n + 1);
  };
  const send = (work: () => Promise<Response>, success: (body: { fileName?: string; reopened?: boolean }) => string) => {
    if (pending) return;
    startTransition(async () => {
      try {
        const response = await work();
        const body = (await response.json().catch(() => ({}))) as { error?: string; fileName?: string; reopened?: boolean };
        if (!response.ok) return report(body.error ?? 'The file could not be saved. Try again.', true);
        report(success(body), false);
        router.refresh();
      } catch {
        report('The connection failed; nothing was changed. Try again.', true);
      }
    });
  };
  const upload = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (!file) return report('Choose a file to attach.', true);
    if (file.size > maxMb * 1024 * 1024) return report(`This file is larger than ${maxMb} MB; files of up to ${maxMb} MB can be attached.`, true);
    const form = new FormData();
    form.set('checkpointId', checkpointId);
    form.set('file', file);
    send(
      () => fetch(base, { method: 'POST', body: form }),
      (b) => `Attached ${b.fileName ?? file.name}.${b.reopened ? ' The checkpoint was re-opened: submit it again for review.' : ''}`,
    );
    if (inputRef.current) inputRef.current.value = '';
  };
  const remove = (file: TEvidenceView) =>
    send(
      () => fetch(`${base}/${file.id}`, { method: 'DELETE' }),
      (b) => `Removed ${file.fileName}.${b.reopened ? ' The checkpoint was re-opened: submit it again for review.' : ''}`,
    );

  if (files.length === 0 && !canWrite) return null;
  return (
    <div className="evidence" aria-label={`Evidence files: ${checkpointLabel}`} role="group">
      <h4 style={{ margin: '0.5rem 0' }}>Evidence files</h4>
      {files.length === 0 ? (
        <p className="muted">No file attached yet.</p>
      ) : (
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <a href={`${base}/${f.id}`} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              <span className="muted">
                ({f.kindLabel}, {f.sizeText}; attached{f.uploadedBy ? ` by ${f.uploadedBy}` : ''} on {f.uploadedOn})
              </span>
              {canWrite && (
                <>
                  {' '}
                  <button type="button" className="secondary" aria-disabled={pending} onClick={() => remove(f)} aria-label={`Remove ${f.fileName}`}>
                    Remove
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
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
      {canWrite && (
        <form onSubmit={upload} className="row">
          <label htmlFor={inputId}>Attach a file (PDF, image, Word, Excel, OpenDocument, CSV or text; up to {maxMb} MB)</label>
          <input id={inputId} ref={inputRef} type="file" accept={ACCEPT} />
          <button type="submit" aria-disabled={pending}>
            {pending ? 'Saving…' : 'Attach'}
          </button>
        </form>
      )}
    </div>
  );
}
