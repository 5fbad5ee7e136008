'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { ActionButton } from '@/app/_components/action-button';
import { upgradeTemplateAction } from '../actions';

/** Applies the upgrade whose changes are listed above it; refused if a newer version was saved since. */
export function UpgradeButton({ assessmentId, platform, toVersion, label, pendingLabel, doneText }: { assessmentId: string; platform: string; toVersion: number; label: string; pendingLabel: string; doneText: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  return (
    <>
      <ActionButton
        label={label}
        pendingLabel={pendingLabel}
        run={() => upgradeTemplateAction({ assessmentId, platform, toVersion })}
        onDone={() => {
          setDone(true);
          requestAnimationFrame(() => statusRef.current?.focus());
          router.refresh();
        }}
      />
      <p role="status" ref={statusRef} tabIndex={-1}>
        {done ? doneText : ''}
      </p>
    </>
  );
}
