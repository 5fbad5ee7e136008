import type { TLocale } from './locale';

/**
 * Numbers, money, percentages and dates as each language writes them, on Intl: "1,234,567" /
 * "1 234 567" / "1 234 567"; "30 April 2027" / "30 avril 2027" / "30 de abril de 2027". Pure: the
 * locale is a parameter, and dates are read as written (no time zone shift).
 */
export const INTL_TAGS: Record<TLocale, string> = { en: 'en-GB', fr: 'fr-FR', pt: 'pt-PT' };

/** Currencies whose people write a symbol rather than the ISO code (the CFA francs of West and Central Africa). */
const CURRENCY_DISPLAY: Record<string, string> = { XOF: 'FCFA', XAF: 'FCFA' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const numberFormat = (locale: TLocale, min: number, max: number) =>
  cached(`n:${locale}:${min}:${max}`, () => new Intl.NumberFormat(INTL_TAGS[locale], { minimumFractionDigits: min, maximumFractionDigits: max }));

/** A whole number: 12,345 / 12 345. */
export const formatIntegerIn = (locale: TLocale, n: number) => numberFormat(locale, 0, 0).format(Math.round(n));

/** At most `digits` decimals, trailing zeros dropped: 12.5 / 12,5. */
export const formatNumberIn = (locale: TLocale, n: number, digits = 1) => numberFormat(locale, 0, digits).format(n);

/** A share as a whole percentage: 25% / 25 % . */
export const formatPercentIn = (locale: TLocale, fraction: number) =>
  cached(`p:${locale}`, () => new Intl.NumberFormat(INTL_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 })).format(fraction);

/**
 * Money in integer minor units: English keeps "XOF 1,234,567" / "KES 1,234.50" (code first, as the
 * app always wrote it); French and Portuguese write the amount first: "1 234 567 FCFA", "1 234,50 KES".
 */
export function formatMoneyIn(locale: TLocale, minor: number, currency: { code: string; minorDigits: number }): string {
  const major = Number((minor / 10 ** currency.minorDigits).toFixed(currency.minorDigits));
  const amount = numberFormat(locale, currency.minorDigits, currency.minorDigits).format(major);
  if (locale === 'en') return `${currency.code} ${amount}`;
  return `${amount}\u00a0${CURRENCY_DISPLAY[currency.code] ?? currency.code}`;
}

const dateFormat = (locale: TLocale, month: boolean) =>
  cached(`d:${locale}:${month}`, () => new Intl.DateTimeFormat(INTL_TAGS[locale], month ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** "2027-01-29", an ISO timestamp or a Date → "29 January 2027" / "29 janvier 2027" / "29 de janeiro de 2027". Text that is not a date is returned as is. */
export function formatDateIn(locale: TLocale, value: string | Date): string {
  const iso = value instanceof Date ? value.toISOString() : value;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return dateFormat(locale, false).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "2027-04" → "April 2027" / "avril 2027" / "abril de 2027". */
export function formatMonthIn(locale: TLocale, isoMonth: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(isoMonth);
  return m ? dateFormat(locale, true).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : isoMonth;
}

/** "a, b and c" / "a, b et c" / "a, b e c". */
export const formatListIn = (locale: TLocale, items: string[]) =>
  cached(`l:${locale}`, () => new Intl.ListFormat(INTL_TAGS[locale], { style: 'long', type: 'conjunction' })).format(items);
