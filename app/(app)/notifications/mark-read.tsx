'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { markNotificationsReadAction } from './actions';

function useMarkRead() {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  const mark = (input: { ids: string[] } | { which: 'all' }, success: (count: number) => string) => {
    if (pending) return;
    startTransition(async () => {
      try {
        const result = await markNotificationsReadAction(input);
        setMessage(result.ok ? { text: success(result.data.marked), isError: false } : { text: result.error, isError: true });
        if (result.ok) router.refresh();
      } catch {
        setMessage({ text: t('failed'), isError: true });
      }
    });
  };
  const status = message && (
    <p ref={ref} tabIndex={-1} role={message.isError ? 'alert' : 'status'} className={message.isError ? 'form-error' : 'muted'}>
      {message.text}
    </p>
  );
  return { t, pending, mark, status };
}

/** The button shows while something is unread; the result of the last click stays (it has the focus). */
export function MarkAllReadButton({ unread }: { unread: number }) {
  const { t, pending, mark, status } = useMarkRead();
  if (unread === 0 && !status) return null;
  return (
    <div>
      {unread > 0 && (
        <button type="button" className="secondary" aria-disabled={pending} onClick={() => mark({ which: 'all' }, (count) => t('markedAllRead', { count }))}>
          {t('markAllRead')}
        </button>
      )}
      {status}
    </div>
  );
}

export function MarkReadButton({ id, label, read }: { id: string; label: string; read: boolean }) {
  const { t, pending, mark, status } = useMarkRead();
  return (
    <>
      {!read && (
        <button type="button" className="link" aria-label={label} aria-disabled={pending} onClick={() => mark({ ids: [id] }, () => t('markedRead'))}>
          {t('markRead')}
        </button>
      )}
      {status}
    </>
  );
}
