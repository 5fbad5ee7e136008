'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Uploads an exported assessment (JSON); the server validates every answer before creating it. */
export function ImportForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
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
        const response = await fetch('/api/v1/assessments/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: await file.text() }).catch(() => null);
        setBusy(false);
        const body = await response?.json().catch(() => ({}));
        if (response?.ok) return router.push(`/assessments/${body.id}`);
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
      {message && (
        <p className="form-error" role="alert" style={{ width: '100%' }}>
          {message}
        </p>
      )}
    </form>
  );
}
