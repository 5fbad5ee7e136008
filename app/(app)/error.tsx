'use client';

import { useTranslations } from 'next-intl';

/** What a signed-in person sees when a page fails to render: plain words in their language, and a way to try again. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <div role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t('error.retry')}
        </button>
      </p>
    </div>
  );
}
