/**
 * Number and date formatting (money: lib/domain/money.ts) of the documents, in one place so that the model, the tests
 * and both renderers agree to the character. The document's language decides (lib/domain/intl-format.ts); English by default.
 */
import { formatDateIn, formatIntegerIn, formatListIn, formatMonthIn, formatNumberIn } from '../intl-format';
import type { TLocale } from '../locale';

export const formatInteger = (n: number, locale: TLocale = 'en') => formatIntegerIn(locale, n);

/** At most `digits` decimals, trailing zeros dropped: 12.5, 1,024, 0.3. */
export const formatNumber = (n: number, digits = 1, locale: TLocale = 'en') => formatNumberIn(locale, n, digits);

export const formatGb = (gb: number, locale: TLocale = 'en') => `${formatNumber(gb, 1, locale)} GB`;

export const formatPercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** "2027-04-30" or an ISO timestamp → "30 April 2027" / "30 avril 2027" (the date part as written, no time zone shift). */
export const formatDate = (iso: string, locale: TLocale = 'en') => formatDateIn(locale, iso);

/** "2027-04" → "April 2027". */
export const formatMonth = (isoMonth: string, locale: TLocale = 'en') => formatMonthIn(locale, isoMonth);

/** "a, b and c". */
export const listText = (items: string[], locale: TLocale = 'en') => formatListIn(locale, items);
