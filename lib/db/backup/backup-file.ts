import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { z } from 'zod';

/**
 * A backup is gzip'd JSON lines: a header, then per table its columns and its rows in batches
 * (one JSON array a line), then a trailer with the row counts (a file cut short has none and is
 * refused). Rows are PostgreSQL's own `row_to_json` text and go back, unparsed by JavaScript,
 * through `json_populate_recordset`: every value (timestamps, enums, jsonb, bytea, numbers of
 * any precision) round-trips through PostgreSQL's own output and input functions.
 */

export const BACKUP_FORMAT = 'hosting-readiness-backup';
export const BACKUP_VERSION = 1;

export const ZBackupHeader = z.object({
  kind: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  serverVersion: z.string(),
  database: z.string(),
  /** Migrations applied in the source, oldest first, with Prisma's checksums. */
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
});
export type TBackupHeader = z.infer<typeof ZBackupHeader>;

const ZTableLine = z.object({ kind: z.literal('table'), name: z.string(), columns: z.array(z.string()) });
const ZTrailer = z.object({ kind: z.literal('end'), rowCounts: z.record(z.string(), z.number().int().nonnegative()) });
const ZBackupLine = z.discriminatedUnion('kind', [ZBackupHeader, ZTableLine, ZTrailer]);
/** A batch of rows: the JSON array text as written, and how many rows it holds. */
export type TRowsLine = { kind: 'rows'; json: string; count: number };
export type TBackupLine = z.infer<typeof ZBackupLine> | TRowsLine;

export class BackupFileError extends Error {}

/** Reads a backup line by line; throws BackupFileError on anything that is not one. */
export async function* readBackupLines(file: string): AsyncGenerator<TBackupLine> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const text of lines) {
      lineNo++;
      if (text === '') continue;
      if (lineNo > 1 && text.startsWith('[')) {
        yield { kind: 'rows', json: text, count: countRows(text, file, lineNo) };
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new BackupFileError(`${file}: line ${lineNo} is not JSON`);
      }
      const parsed = ZBackupLine.safeParse(json);
      if (!parsed.success) throw new BackupFileError(`${file}: line ${lineNo} is not a backup record`);
      if (lineNo === 1 && parsed.data.kind !== 'header') throw new BackupFileError(`${file} is not a ${BACKUP_FORMAT} file`);
      yield parsed.data;
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(`${file} cannot be read as a backup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    lines.close();
    input.destroy();
  }
}

function countRows(text: string, file: string, lineNo: number): number {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    throw new BackupFileError(`${file}: line ${lineNo} is not JSON`);
  }
  if (!Array.isArray(rows) || !rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) {
    throw new BackupFileError(`${file}: line ${lineNo} is not a batch of rows`);
  }
  return rows.length;
}

export interface TBackupSummary {
  header: TBackupHeader;
  tables: { name: string; columns: string[]; rows: number }[];
}

/** Reads the whole file once: header, tables and a trailer whose counts match the rows. */
export async function verifyBackup(file: string): Promise<TBackupSummary> {
  if (!fs.existsSync(file)) throw new BackupFileError(`${file} does not exist`);
  let header: TBackupHeader | undefined;
  const tables: TBackupSummary['tables'] = [];
  let trailer: Record<string, number> | undefined;
  for await (const line of readBackupLines(file)) {
    if (trailer) throw new BackupFileError(`${file}: data after the end record`);
    if (line.kind === 'header') header = line;
    else if (line.kind === 'table') tables.push({ name: line.name, columns: line.columns, rows: 0 });
    else if (line.kind === 'rows') {
      const current = tables.at(-1);
      if (!current) throw new BackupFileError(`${file}: rows before any table`);
      current.rows += line.count;
    } else trailer = line.rowCounts;
  }
  if (!header) throw new BackupFileError(`${file} is empty`);
  if (!trailer) throw new BackupFileError(`${file} is incomplete (no end record): the backup was cut short`);
  for (const t of tables) {
    if (trailer[t.name] !== t.rows) throw new BackupFileError(`${file}: table ${t.name} has ${t.rows} rows, the end record says ${trailer[t.name]}`);
  }
  return { header, tables };
}
