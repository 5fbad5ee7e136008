'use client';

import { useState, useTransition } from 'react';
import type { TActionResult } from '@/lib/app/action-result';

/** A button that runs a server action after the person confirms, and shows its refusal next to it. */
export function ConfirmButton({ label, confirm, run, pendingLabel }: { label: string; confirm: string; pendingLabel?: string; run: () => Promise<TActionResult<unknown>> }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          setError(null);
          startTransition(async () => {
            const result = await run();
            if (!result.ok) setError(result.error);
          });
        }}
      >
        {pending ? (pendingLabel ?? label) : label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
