'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** The parts of the import response shown here (see importAssessment). */
type TImported = {
  id: string;
  name: string;
  answers: { refused: { questionId: string; label: string; reason: string }[] };
  checkpoints: { downgraded: { checkpointId: string; label: string; to: 'open' | 'submitted'; reason: string }[] };
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the import could not take over as it was: people read labels and reasons, never ids. */
function ImportReport({ result }: { result: TImported }) {
  const { refused } = result.answers;
  const { downgraded } = result.checkpoints;
  return (
    <div className="notice" role="status" style={{ width: '100%', textAlign: 'left' }}>
      <p>
        Imported as “{result.name}”. {refused.length > 0 && `${plural(refused.length, 'answer was', 'answers were')} not imported. `}
        {downgraded.length > 0 && `${plural(downgraded.length, 'checkpoint was', 'checkpoints were')} not taken over as they were.`}
      </p>
      <details>
        <summary>Why</summary>
        <ul>
          {refused.map((r) => (
            <li key={r.questionId}>
              <strong>{r.label}</strong>: {r.reason}
            </li>
          ))}
          {downgraded.map((d) => (
            <li key={d.checkpointId}>
              <strong>{d.label}</strong> ({d.to === 'open' ? 'open' : 'waiting for review'}): {d.reason}
            </li>
          ))}
        </ul>
      </details>
      <p>
        <Link href={`/assessments/${result.id}`}>Open the imported assessment</Link>
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
  return (
    <form
      className="row"
      style={{ justifyContent: 'center', marginTop: '1rem' }}
      onSubmit={async (e) => {
        e.preventDefault();
        const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
        if (!file) return setMessage('Choose an exported .json file first.');
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
        setMessage(body?.error ?? 'The import failed: the server could not be reached.');
      }}
    >
      <label htmlFor="import-file" style={{ margin: 0 }}>
        Import an assessment (JSON)
      </label>
      <input id="import-file" name="file" type="file" accept="application/json,.json" style={{ width: 'auto' }} />
      <button type="submit" className="secondary" disabled={busy}>
        Import
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
