import type { TCell, TTable } from '@/lib/domain/output-tables';
import type { TLocale } from '@/lib/domain/locale';

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheet programs read accents) and CRLF line
 * ends. Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
 * prefixed with an apostrophe, as OWASP advises against CSV injection. In a language that writes
 * decimals with a comma (French, Portuguese) the file is what its spreadsheets expect: fields
 * separated by semicolons, numbers with a decimal comma and no grouping, so they open as numbers.
 */
const DECIMAL_COMMA: Record<TLocale, boolean> = { en: false, fr: true, pt: true };

export function toCsv(table: TTable, locale: TLocale = 'en'): string {
  const comma = DECIMAL_COMMA[locale];
  const separator = comma ? ';' : ',';
  const cell = (value: TCell, kind: 'text' | 'number') => {
    if (value === null) return '';
    if (typeof value === 'number' && kind === 'number') return comma ? String(value).replace('.', ',') : String(value);
    let s = String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [table.columns.map((c) => cell(c.header, 'text')), ...table.rows.map((row) => row.map((v, i) => cell(v, table.columns[i]?.kind ?? 'text')))];
  return `\uFEFF${lines.map((l) => l.join(separator)).join('\r\n')}\r\n`;
}
