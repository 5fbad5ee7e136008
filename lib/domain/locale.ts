/**
 * The languages of the interface and the documents, and how a request's language is chosen: the
 * person's own setting, else the browser's Accept-Language, else English. Pure: callers pass what
 * they read from the database, the cookie and the headers.
 */
export const LOCALES = ['en', 'fr', 'pt'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'en';

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<TLocale, string> = { en: 'English', fr: 'Français', pt: 'Português' };

export const isLocale = (value: unknown): value is TLocale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The best of our languages for an Accept-Language header ("fr-CI,fr;q=0.9,en;q=0.8"): by quality,
 * then by order; a regional tag counts for its language. Null when none of ours is acceptable.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): TLocale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0], quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.quality > 0 && !Number.isNaN(r.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((r) => r.language).find(isLocale) ?? null;
}

/** The language of a request: the person's setting, else the cookie of a visitor, else the browser's, else English. */
export function resolveLocale(from: { userLocale?: string | null; cookieLocale?: string | null; acceptLanguage?: string | null }): TLocale {
  if (isLocale(from.userLocale)) return from.userLocale;
  if (isLocale(from.cookieLocale)) return from.cookieLocale;
  return negotiateLocale(from.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The language of a message to someone who is not the one asking (a mail): the first of the
 * candidates that is one of ours, in the order given (the recipient's own setting, then what the
 * sender reads), else English.
 */
export function firstLocale(...candidates: (string | null | undefined)[]): TLocale {
  return candidates.find(isLocale) ?? DEFAULT_LOCALE;
}
