'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useValidationText } from '@/app/_components/use-validation-text';

export type TEvidenceView = { id: string; fileName: string; sizeText: string; kindLabel: string; uploadedBy?: string; uploadedOn: string };

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.csv,.txt,application/pdf,image/png,image/jpeg,text/csv,text/plain';

/**
 * The evidence files of one checkpoint: download links, and for planners an upload field and a
 * remove button. The server decides the file's kind from its bytes and says why it refuses one.
 */
export function EvidencePanel({ assessmentId, checkpointId, checkpointLabel, files, canWrite, maxMb }: { assessmentId: string; checkpointId: string; checkpointLabel: string; files: TEvidenceView[]; canWrite: boolean; maxMb: number }) {
  const router = useRouter();
  const t = useTranslations('evidence');
  const say = useValidationText();
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
        if (!response.ok) return report(say(body.error) ?? t('notSaved'), true);
        report(success(body), false);
        router.refresh();
      } catch {
        report(t('connectionFailed'), true);
      }
    });
  };
  const upload = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (!file) return report(t('chooseFile'), true);
    if (file.size > maxMb * 1024 * 1024) return report(t('tooLarge', { max: maxMb }), true);
    const form = new FormData();
    form.set('checkpointId', checkpointId);
    form.set('file', file);
    send(
      () => fetch(base, { method: 'POST', body: form }),
      (b) => `${t('attached', { name: b.fileName ?? file.name })}${b.reopened ? ` ${t('reopened')}` : ''}`,
    );
    if (inputRef.current) inputRef.current.value = '';
  };
  const remove = (file: TEvidenceView) =>
    send(
      () => fetch(`${base}/${file.id}`, { method: 'DELETE' }),
      (b) => `${t('removed', { name: file.fileName })}${b.reopened ? ` ${t('reopened')}` : ''}`,
    );

  if (files.length === 0 && !canWrite) return null;
  return (
    <div className="evidence" aria-label={t('filesOf', { checkpoint: checkpointLabel })} role="group">
      <h4 style={{ margin: '0.5rem 0' }}>{t('files')}</h4>
      {files.length === 0 ? (
        <p className="muted">{t('noFile')}</p>
      ) : (
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <a href={`${base}/${f.id}`} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              <span className="muted">
                ({f.uploadedBy ? t('fileDetailsBy', { kind: f.kindLabel, size: f.sizeText, by: f.uploadedBy, on: f.uploadedOn }) : t('fileDetails', { kind: f.kindLabel, size: f.sizeText, on: f.uploadedOn })})
              </span>
              {canWrite && (
                <>
                  {' '}
                  <button type="button" className="secondary" aria-disabled={pending} onClick={() => remove(f)} aria-label={t('removeFile', { name: f.fileName })}>
                    {t('remove')}
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
        <form method="post" onSubmit={upload} className="row">
          <label htmlFor={inputId}>{t('attachLabel', { max: maxMb })}</label>
          <input id={inputId} ref={inputRef} type="file" accept={ACCEPT} />
          <button type="submit" aria-disabled={pending}>
            {pending ? t('saving') : t('attach')}
          </button>
        </form>
      )}
    </div>
  );
}
