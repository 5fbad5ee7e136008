import 'server-only';
import { cookies, headers } from 'next/headers';
import { getLocale, getRequestConfig } from 'next-intl/server';
import { currentSession } from '@/lib/auth/current-session';
import { isLocale, resolveLocale, type TLocale } from '@/lib/domain/locale';
import { env } from '@/lib/env';
import { loadMessages, type TMessages } from './load-messages';
import { PSEUDO_LOCALE, pseudoMessages } from './pseudo-locale';

/** The cookie that keeps a visitor's language choice before they sign in. */
export const LOCALE_COOKIE = 'hr_locale';

/** This request's language: the signed-in person's setting, else the visitor's cookie, else Accept-Language, else English. */
export async function requestLocale(): Promise<TLocale> {
  const [session, jar, h] = await Promise.all([currentSession(), cookies(), headers()]);
  return resolveLocale({ userLocale: session?.user.locale, cookieLocale: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get('accept-language') });
}

/** The language this page renders in (what next-intl resolved for the request). */
export async function pageLocale(): Promise<TLocale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : 'en';
}

let pseudo: TMessages | undefined;

/**
 * The test suite's pseudo-language, when the deployment allows it (PSEUDO_LOCALE=1) and the
 * browser's hr_locale cookie asks for it: it wins over the person's setting, so any account can
 * be walked in it. Data, formats and questionnaire text stay English (pageLocale() is 'en').
 */
async function pseudoRequested(): Promise<boolean> {
  return env().PSEUDO_LOCALE === '1' && (await cookies()).get(LOCALE_COOKIE)?.value === PSEUDO_LOCALE;
}

export default getRequestConfig(async ({ locale: explicit }) => {
  if (!isLocale(explicit) && (await pseudoRequested())) return { locale: PSEUDO_LOCALE, messages: (pseudo ??= pseudoMessages(loadMessages('en'))), timeZone: 'UTC' };
  const locale = isLocale(explicit) ? explicit : await requestLocale();
  return { locale, messages: loadMessages(locale), timeZone: 'UTC' };
});
