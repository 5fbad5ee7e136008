import type { TCurrency } from './budget';

/** Integer minor units → a number in major units, exact to the minor unit. */
export const toMajor = (minor: number, currency: Pick<TCurrency, 'minorDigits'>) => Number((minor / 10 ** currency.minorDigits).toFixed(currency.minorDigits));

/** "KES 1,234.50" (or "UGX 1,234,567" for a currency without minor units): the code, then the amount with the currency's own minor digits. */
export function formatMoney(minor: number, currency: Pick<TCurrency, 'code' | 'minorDigits'>): string {
  const amount = toMajor(minor, currency).toLocaleString('en', { minimumFractionDigits: currency.minorDigits, maximumFractionDigits: currency.minorDigits });
  return `${currency.code} ${amount}`;
}
