'use client';

import { useState, useTransition } from 'react';
import { upgradeTemplateAction } from '../actions';

export function UpgradeButton({ assessmentId, platform }: { assessmentId: string; platform: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await upgradeTemplateAction({ assessmentId, platform });
            setMessage(result.ok ? `Upgraded to version ${result.data.to}.` : result.error);
          })
        }
      >
        Upgrade to the new version
      </button>
      {message && <span role="status"> {message}</span>}
    </>
  );
}
