import type { TCurrency } from './budget';
import { formatMoneyIn } from './intl-format';
import type { TLocale } from './locale';

/** Integer minor units → a number in major units, exact to the minor unit. */
export const toMajor = (minor: number, currency: Pick<TCurrency, 'minorDigits'>) => Number((minor / 10 ** currency.minorDigits).toFixed(currency.minorDigits));

/** "KES 1,234.50" (or "UGX 1,234,567" for a currency without minor units) in English; "1 234 567 FCFA" in French (lib/domain/intl-format.ts). */
export function formatMoney(minor: number, currency: Pick<TCurrency, 'code' | 'minorDigits'>, locale: TLocale = 'en'): string {
  return formatMoneyIn(locale, minor, currency);
}
