'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** The parts of the import response shown here (see importAssessment). */
type TImported = {
  id: string;
  name: string;
  answers: { refused: { questionId: string; label: string; reason: string }[] };
  checkpoints: { downgraded: { checkpointId: string; label: string; to: 'open' | 'submitted'; reason: string }[] };
};

/** What the import could not take over as it was: people read labels and reasons, never ids. */
function ImportReport({ result }: { result: TImported }) {
  const { refused } = result.answers;
  const { downgraded } = result.checkpoints;
  const t = useTranslations('importForm');
  return (
    <div className="notice" role="status" style={{ width: '100%', textAlign: 'left' }}>
      <p>
        {t('importedAs', { name: result.name })} {refused.length > 0 && `${t('answersRefused', { count: refused.length })} `}
        {downgraded.length > 0 && t('checkpointsDowngraded', { count: downgraded.length })}
      </p>
      <details>
        <summary>{t('why')}</summary>
        <ul>
          {refused.map((r) => (
            <li key={r.questionId}>
              <strong>{r.label}</strong>: {r.reason}
            </li>
          ))}
          {downgraded.map((d) => (
            <li key={d.checkpointId}>
              <strong>{d.label}</strong> ({d.to === 'open' ? t('open') : t('waitingForReview')}): {d.reason}
            </li>
          ))}
        </ul>
      </details>
      <p>
        <Link href={`/assessments/${result.id}`}>{t('openImported')}</Link>
      </p>
    </div>
  );
}

/** Uploads an exported assessment (JSON); the server holds it to the app's rules and says what it could not take over. */
export function ImportForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [imported, setImported] = useState<TImported | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useTranslations('importForm');
  return (
    <form method="post"
      className="row"
      style={{ justifyContent: 'center', marginTop: '1rem' }}
      onSubmit={async (e) => {
        e.preventDefault();
        const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
        if (!file) return setMessage(t('chooseFile'));
        setBusy(true);
        setMessage(null);
        setImported(null);
        const response = await fetch('/api/v1/assessments/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: await file.text() }).catch(() => null);
        setBusy(false);
        const body = await response?.json().catch(() => ({}));
        if (response?.ok) {
          const result = body as TImported;
          if (result.answers.refused.length === 0 && result.checkpoints.downgraded.length === 0) return router.push(`/assessments/${result.id}`);
          return setImported(result);
        }
        setMessage(body?.error ?? t('unreachable'));
      }}
    >
      <label htmlFor="import-file" style={{ margin: 0 }}>
        {t('label')}
      </label>
      <input id="import-file" name="file" type="file" accept="application/json,.json" style={{ width: 'auto' }} />
      <button type="submit" className="secondary" disabled={busy}>
        {t('import')}
      </button>
      {imported && <ImportReport result={imported} />}
      {message && (
        <p className="form-error" role="alert" style={{ width: '100%' }}>
          {message}
        </p>
      )}
    </form>
  );
}
