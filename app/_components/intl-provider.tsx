import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { pickNamespaces } from '@/lib/i18n/load-messages';

/**
 * Gives the client components below it the messages of the namespaces they use, and only those:
 * the rest of the catalogue stays on the server (the questionnaire's first-load JS is measured).
 */
export async function IntlProvider({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // `ui` (citations, copy buttons: shared components) always comes along: a provider's messages replace its parent's.
  return (
    <NextIntlClientProvider locale={locale} messages={pickNamespaces(messages as never, ['ui', ...namespaces])} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
