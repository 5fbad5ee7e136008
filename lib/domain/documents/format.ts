/**
 * Number and date formatting (money: lib/domain/money.ts) of the documents, in one place so that the model, the tests
 * and both renderers agree to the character. English grouping ("12,345"), fixed decimals.
 */

export const formatInteger = (n: number) => Math.round(n).toLocaleString('en');

/** At most `digits` decimals, trailing zeros dropped: 12.5, 1,024, 0.3. */
export const formatNumber = (n: number, digits = 1) => n.toLocaleString('en', { maximumFractionDigits: digits });

export const formatGb = (gb: number) => `${formatNumber(gb, 1)} GB`;

export const formatPercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-04-30" or an ISO timestamp → "30 April 2027" (the date part as written, no time zone shift). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2027-04" → "April 2027". */
export function formatMonth(isoMonth: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(isoMonth);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : isoMonth;
}

/** "a, b and c". */
export const listText = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
