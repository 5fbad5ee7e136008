'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { saveMailPreferenceAction } from '../notifications/actions';

const CHOICES = ['each', 'digest', 'none'] as const;

/** How the person wants notification mail: one per event, a daily digest, or none. */
export function MailPreferenceForm({ current }: { current: (typeof CHOICES)[number] }) {
  const t = useTranslations('notifications');
  const [choice, setChoice] = useState(current);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <form method="post"
      onSubmit={(e) => {
        e.preventDefault();
        if (pending) return;
        startTransition(async () => {
          try {
            const result = await saveMailPreferenceAction({ preference: choice });
            setMessage(result.ok ? { text: t('settings.saved'), isError: false } : { text: result.error, isError: true });
          } catch {
            setMessage({ text: t('failed'), isError: true });
          }
        });
      }}
    >
      <fieldset>
        <legend>{t('settings.intro')}</legend>
        {CHOICES.map((c) => (
          <label key={c} style={{ display: 'block', fontWeight: 'normal' }}>
            <input type="radio" name="mailPreference" value={c} checked={choice === c} onChange={() => setChoice(c)} /> {t(`settings.${c}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" aria-disabled={pending}>
        {t('settings.save')}
      </button>
      {message && (
        <p ref={ref} tabIndex={-1} role={message.isError ? 'alert' : 'status'} className={message.isError ? 'form-error' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
