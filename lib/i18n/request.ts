import 'server-only';
import { cookies, headers } from 'next/headers';
import { getLocale, getRequestConfig } from 'next-intl/server';
import { currentSession } from '@/lib/auth/current-session';
import { isLocale, resolveLocale, type TLocale } from '@/lib/domain/locale';
import { loadMessages } from './load-messages';

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

export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : await requestLocale();
  return { locale, messages: loadMessages(locale), timeZone: 'UTC' };
});
