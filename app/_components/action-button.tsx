'use client';

import { useState, useTransition } from 'react';
import type { TActionResult } from '@/lib/app/action-result';

/**
 * A button that runs a server action (after the person confirms, when `confirm` is given), shows
 * its refusal next to it, and hands a success to `onDone`.
 */
export function ActionButton<T>({
  label,
  pendingLabel,
  confirm,
  run,
  onDone,
  secondary = true,
}: {
  label: string;
  pendingLabel?: string;
  confirm?: string;
  run: () => Promise<TActionResult<T>>;
  onDone?: (data: T) => void;
  secondary?: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span>
      <button
        type="button"
        className={secondary ? 'secondary' : undefined}
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setError(null);
          startTransition(async () => {
            const result = await run();
            if (!result.ok) return setError(result.error);
            onDone?.(result.data);
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
