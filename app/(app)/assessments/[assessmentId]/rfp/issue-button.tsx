'use client';

import { useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { LOCALES, LOCALE_NAMES, isLocale, type TLocale } from '@/lib/domain/locale';
import { useValidationText } from '@/app/_components/use-validation-text';
import { issueRfpAction } from './actions';

/** Issues the next version in the chosen document language: the server renders and stores both files, or says what is missing. */
export function IssueButton({ assessmentId, isDraft }: { assessmentId: string; isDraft: boolean }) {
  const t = useTranslations('rfp');
  const tv = useValidationText();
  const interfaceLocale = useLocale();
  const [locale, setLocale] = useState<TLocale>(isLocale(interfaceLocale) ? interfaceLocale : 'en');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <p className="row">
      <label htmlFor="rfp-locale" style={{ margin: 0 }}>
        {t('documentLanguage')}
      </label>
      <select id="rfp-locale" value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)} style={{ width: 'auto' }}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await issueRfpAction({ assessmentId, locale });
            setMessage(result.ok ? { ok: true, text: t('issuedMessage', { version: result.data.version }) } : { ok: false, text: tv(result.error) ?? result.error });
          })
        }
      >
        {pending ? t('issuing') : t('issue')}
      </button>
      {isDraft && !message && <span className="muted">{t('draftCannotIssue')}</span>}
      {message && (
        <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'badge ok' : 'field-error'}>
          {message.text}
        </span>
      )}
    </p>
  );
}
