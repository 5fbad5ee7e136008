import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { TTable } from '@/lib/domain/output-tables';

/** One worksheet per table, with a bold, frozen header row; numbers stay numbers. */
export async function toXlsx(tables: TTable[]): Promise<Buffer> {
  const sheets = tables.map((table) => {
    const data: SheetData = [
      table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map((value, i) => (value === null ? null : table.columns[i]?.kind === 'number' && typeof value === 'number' ? { value, type: Number } : { value: String(value), type: String }))),
    ];
    const widths = table.columns.map((c, i) => ({ width: Math.min(60, Math.max(8, c.header.length + 2, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length * (c.kind === 'number' ? 1 : 0.6)))) }));
    return { data, sheet: table.name.slice(0, 31), columns: widths, stickyRowsCount: 1 };
  });
  const result = await writeXlsxFile(sheets).toBuffer();
  return Buffer.from(result);
}
