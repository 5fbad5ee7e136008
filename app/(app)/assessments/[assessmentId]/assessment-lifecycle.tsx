'use client';

import { useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useHydrated } from '@/app/_components/use-hydrated';
import { archiveAssessmentAction, deleteAssessmentAction, restoreAssessmentAction } from '../actions';

/**
 * An administrator's controls for one assessment: archive or restore it, and delete it for good
 * after typing its name. Each outcome is announced in a status line that takes the focus.
 */
export function AssessmentLifecycle({ assessmentId, name, isArchived, canDelete }: { assessmentId: string; name: string; isArchived: boolean; canDelete: boolean }) {
  const t = useTranslations('lifecycle');
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = (next: { ok: boolean; text: string }) => {
    setStatus(next);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const toggleArchive = () =>
    startTransition(async () => {
      const result = isArchived ? await restoreAssessmentAction({ assessmentId }) : await archiveAssessmentAction({ assessmentId });
      if (!result.ok) return announce({ ok: false, text: result.error });
      announce({ ok: true, text: isArchived ? t('restored') : t('archived') });
      router.refresh();
    });

  const remove = (event: React.FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    startTransition(async () => {
      const result = await deleteAssessmentAction({ assessmentId, confirmName: typed });
      if (!result.ok) {
        if (result.status === 400 || result.status === 422) {
          setFieldError(t('nameMismatch'));
          return announce({ ok: false, text: t('notDeleted') });
        }
        return announce({ ok: false, text: result.error });
      }
      router.push('/?deleted=1');
    });
  };

  return (
    <section aria-labelledby="lifecycle-title" className="card">
      <h2 id="lifecycle-title" style={{ marginTop: 0, fontSize: '1.1rem' }}>
        {t('title')}
      </h2>
      <p className="muted">{isArchived ? t('restoreHelp') : t('archiveHelp')}</p>
      <button type="button" className="secondary" disabled={!hydrated} aria-disabled={pending} onClick={() => (pending ? undefined : toggleArchive())}>
        {isArchived ? t('restore') : t('archive')}
      </button>
      {canDelete && (
        <form method="post" onSubmit={remove} aria-labelledby="delete-title" style={{ marginTop: '1rem' }}>
          <h3 id="delete-title" style={{ fontSize: '1rem', marginBottom: 0 }}>
            {t('deleteTitle')}
          </h3>
          <p className="muted" style={{ marginTop: '.25rem' }}>
            {t('deleteHelp')}
          </p>
          <label htmlFor="confirm-name">{t('typeName', { name })}</label>
          <input
            id="confirm-name"
            name="confirmName"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? 'confirm-name-error' : undefined}
          />
          {fieldError && (
            <p id="confirm-name-error" className="field-error">
              {fieldError}
            </p>
          )}
          <p>
            <button type="submit" className="danger" disabled={!hydrated} aria-disabled={pending || typed.trim() !== name.trim()} onClick={(e) => (pending || typed.trim() !== name.trim() ? e.preventDefault() : undefined)}>
              {t('delete')}
            </button>
          </p>
        </form>
      )}
      <p ref={statusRef} tabIndex={-1} role="status" className={status && !status.ok ? 'form-error' : undefined}>
        {status?.text}
      </p>
    </section>
  );
}
