import { describe, expect, it } from 'vitest';
import { formatDateIn, formatIntegerIn, formatListIn, formatMoneyIn, formatMonthIn, formatNumberIn, formatPercentIn } from '@/lib/domain/intl-format';

// French groups with a narrow no-break space (U+202F), Portuguese with a no-break space only from
// five digits; both put the currency after the amount with a no-break space (U+00A0).
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formats per language', () => {
  it.each([
    ['en', 1234567, '1,234,567'],
    ['fr', 1234567, `1${NNBSP}234${NNBSP}567`],
    ['pt', 1234567, `1${NBSP}234${NBSP}567`],
    ['en', 999.5, '1,000'],
    ['pt', 1234, '1234'],
  ] as const)('integer %s %d → %s', (locale, n, text) => expect(formatIntegerIn(locale, n)).toBe(text));

  it.each([
    ['en', 1234.56, 1, '1,234.6'],
    ['fr', 1234.56, 1, `1${NNBSP}234,6`],
    ['pt', 12.5, 2, '12,5'],
    ['fr', 3, 1, '3'],
  ] as const)('number %s %d (%d digits) → %s', (locale, n, digits, text) => expect(formatNumberIn(locale, n, digits)).toBe(text));

  it.each([
    ['en', 0.25, '25%'],
    ['fr', 0.25, `25${NBSP}%`],
    ['pt', 0.125, '13%'],
  ] as const)('percent %s %d → %s', (locale, n, text) => expect(formatPercentIn(locale, n)).toBe(text));

  it.each([
    ['en', 1234567, { code: 'XOF', minorDigits: 0 }, 'XOF 1,234,567'],
    ['fr', 1234567, { code: 'XOF', minorDigits: 0 }, `1${NNBSP}234${NNBSP}567${NBSP}FCFA`],
    ['pt', 1234567, { code: 'XAF', minorDigits: 0 }, `1${NBSP}234${NBSP}567${NBSP}FCFA`],
    ['en', 123450, { code: 'KES', minorDigits: 2 }, 'KES 1,234.50'],
    ['fr', 123450, { code: 'USD', minorDigits: 2 }, `1${NNBSP}234,50${NBSP}USD`],
    ['pt', 5, { code: 'MZN', minorDigits: 2 }, `0,05${NBSP}MZN`],
  ] as const)('money %s %d %j → %s', (locale, minor, currency, text) => expect(formatMoneyIn(locale, minor, currency)).toBe(text));

  it.each([
    ['en', '2027-01-29', '29 January 2027'],
    ['fr', '2027-01-29', '29 janvier 2027'],
    ['pt', '2027-01-29', '29 de janeiro de 2027'],
    ['fr', '2027-01-01T23:30:00.000Z', '1 janvier 2027'],
    ['fr', 'not a date', 'not a date'],
  ] as const)('date %s %s → %s', (locale, iso, text) => expect(formatDateIn(locale, iso)).toBe(text));

  it('a Date is read in UTC', () => expect(formatDateIn('fr', new Date(Date.UTC(2026, 11, 31, 23, 59)))).toBe('31 décembre 2026'));

  it.each([
    ['en', '2027-04', 'April 2027'],
    ['fr', '2027-04', 'avril 2027'],
    ['pt', '2027-04', 'abril de 2027'],
  ] as const)('month %s %s → %s', (locale, iso, text) => expect(formatMonthIn(locale, iso)).toBe(text));

  it.each([
    ['en', ['a', 'b', 'c'], 'a, b and c'],
    ['fr', ['a', 'b', 'c'], 'a, b et c'],
    ['pt', ['a', 'b'], 'a e b'],
    ['fr', ['a'], 'a'],
    ['en', [], ''],
  ] as const)('list %s %j → %s', (locale, items, text) => expect(formatListIn(locale, [...items])).toBe(text));
});
