import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import zlib from 'node:zlib';
import pg from 'pg';
import { BACKUP_FORMAT, BACKUP_VERSION, type TBackupHeader } from './backup-file';
import { APP_TABLES_SQL, quoteIdent, TABLE_COLUMNS_SQL } from './sql-names';

const BATCH_ROWS = 500;

export class BackupError extends Error {}

export interface TBackupResult {
  file: string;
  bytes: number;
  sha256: string;
  tables: { name: string; rows: number }[];
}

/** `backups/2026-11-25T18-11-18Z.backup.gz` */
export function defaultBackupPath(now: Date, dir = 'backups'): string {
  return path.join(dir, `${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.backup.gz`);
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes every table of the app's database (schema public, the migrations record included) to
 * `outFile`, from one consistent snapshot. Written to `<outFile>.partial` first and renamed at
 * the end, so a failed backup leaves no file that looks complete.
 */
export async function writeBackup(connectionString: string, outFile: string, now = new Date()): Promise<TBackupResult> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const partial = `${outFile}.partial`;
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  const gzip = zlib.createGzip();
  const sink = fs.createWriteStream(partial);
  gzip.pipe(sink);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const tables: TBackupResult['tables'] = [];
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const info = await client.query<{ version: string; database: string; has_migrations: boolean }>(
      `SELECT current_setting('server_version') AS version, current_database() AS database,
              to_regclass('public._prisma_migrations') IS NOT NULL AS has_migrations`,
    );
    const { version, database, has_migrations } = info.rows[0];
    if (!has_migrations) {
      throw new BackupError(`Database "${database}" has no _prisma_migrations table: it is not a Hosting Readiness database (or was never migrated).`);
    }
    const migrations = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const header: TBackupHeader = {
      kind: 'header',
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      serverVersion: version,
      database,
      migrations: migrations.rows,
    };
    await write(JSON.stringify(header));
    const names = (await client.query<{ name: string }>(APP_TABLES_SQL)).rows.map((r) => r.name);
    for (const name of names) {
      const columns = (await client.query<{ name: string }>(TABLE_COLUMNS_SQL, [name])).rows.map((r) => r.name);
      await write(JSON.stringify({ kind: 'table', name, columns }));
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM public.${quoteIdent(name)} t`);
      let rows = 0;
      for (;;) {
        const batch = await client.query<{ j: string }>(`FETCH ${BATCH_ROWS} FROM backup_rows`);
        if (batch.rows.length === 0) break;
        rows += batch.rows.length;
        await write(`[${batch.rows.map((r) => r.j).join(',')}]`);
      }
      await client.query('CLOSE backup_rows');
      tables.push({ name, rows });
    }
    await write(JSON.stringify({ kind: 'end', rowCounts: Object.fromEntries(tables.map((t) => [t.name, t.rows])) }));
    await client.query('COMMIT');
    gzip.end();
    await once(sink, 'close');
    fs.renameSync(partial, outFile);
  } catch (error) {
    gzip.destroy();
    sink.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
  return { file: outFile, bytes: fs.statSync(outFile).size, sha256: await sha256File(outFile), tables };
}
