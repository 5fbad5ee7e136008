import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { locatePgTool, PgToolError, runTool, toolConnection, toolErrorTail } from './pg-tools';

/**
 * Backups are standard pg_dump custom-format archives of the app's database (schema, data and the
 * `_prisma_migrations` record), restored with pg_restore. Both tools come from the machine's
 * PostgreSQL client package (postgresql-client-15 on Debian bookworm, matching the embedded server).
 */

export class BackupError extends Error {}
/** The target holds data and --force was not given; nothing was changed. */
export class RestoreRefusedError extends Error {}

export interface TBackupResult {
  file: string;
  bytes: number;
  sha256: string;
}

export interface TRestoreResult {
  database: string;
  tables: number;
  migrations: number;
}

/** `backups/2026-11-25T18-11-18Z.dump` */
export function defaultBackupPath(now: Date, dir = 'backups'): string {
  return path.join(dir, `${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.dump`);
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function serverInfo(client: pg.Client): Promise<{ major: number; database: string }> {
  const { rows } = await client.query<{ v: string; d: string }>(`SELECT current_setting('server_version_num') AS v, current_database() AS d`);
  return { major: Math.floor(Number(rows[0].v) / 10_000), database: rows[0].d };
}

/**
 * `pg_dump --format=custom --no-owner --no-privileges` of the database at `connectionString` to
 * `outFile` (one consistent snapshot, as pg_dump always takes). Written to `<outFile>.partial`
 * first and renamed at the end, so a failed backup leaves no file that looks complete.
 */
export async function writeBackup(connectionString: string, outFile: string): Promise<TBackupResult> {
  const { major, database, migrated } = await withClient(connectionString, async (client) => {
    const info = await serverInfo(client);
    const { rows } = await client.query<{ m: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS m`);
    return { ...info, migrated: rows[0].m };
  });
  if (!migrated) {
    throw new BackupError(`Database "${database}" has no _prisma_migrations table: it is not a Hosting Readiness database (or was never migrated).`);
  }
  const { bin } = await locatePgTool('pg_dump', major);
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  const partial = `${outFile}.partial`;
  const { dbname, env } = toolConnection(connectionString);
  const run = await runTool(bin, ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${dbname}`], env);
  if (run.code !== 0) {
    fs.rmSync(partial, { force: true });
    throw new PgToolError(`pg_dump failed (exit ${run.code}):\n${toolErrorTail(run.stderr)}`);
  }
  fs.renameSync(partial, outFile);
  return { file: outFile, bytes: fs.statSync(outFile).size, sha256: await sha256File(outFile) };
}

/** Every object of schema public a restore would collide with, as "kind name". */
async function publicObjects(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ d: string }>(`
    SELECT CASE c.relkind WHEN 'S' THEN 'sequence ' WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view '
                          WHEN 'f' THEN 'foreign table ' ELSE 'table ' END || c.relname AS d
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    UNION ALL
    SELECT 'type ' || t.typname FROM pg_type t
     WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
    ORDER BY 1`);
  return rows.map((r) => r.d);
}

/**
 * Sets schema public aside under `aside` and creates an empty one with the same owner and grants,
 * in one transaction.
 */
async function setPublicAside(client: pg.Client, aside: string): Promise<void> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ owner: string; grants: string[] }>(`
      SELECT n.nspowner::regrole::text AS owner,
             COALESCE(ARRAY(SELECT format('GRANT %s ON SCHEMA public TO %s', a.privilege_type,
                                          CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END)
                              FROM aclexplode(n.nspacl) a WHERE a.grantee <> n.nspowner), '{}') AS grants
        FROM pg_namespace n WHERE n.nspname = 'public'`);
    await client.query(`ALTER SCHEMA public RENAME TO ${aside}`);
    await client.query(`CREATE SCHEMA public AUTHORIZATION ${rows[0]?.owner ?? 'CURRENT_USER'}`);
    for (const grant of rows[0]?.grants ?? ['GRANT USAGE ON SCHEMA public TO PUBLIC']) await client.query(grant);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Puts the schema set aside back as public (after a failed restore). */
async function putPublicBack(client: pg.Client, aside: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('DROP SCHEMA public CASCADE');
    await client.query(`ALTER SCHEMA ${aside} RENAME TO public`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Restores a pg_dump custom-format archive into `connectionString` with
 * `pg_restore --no-owner --no-privileges --exit-on-error --single-transaction`: all or nothing.
 * Refuses a database whose schema public holds anything unless `force`; with `force`, the old
 * schema public is replaced by an empty one first, and dropped only once the restore succeeded
 * (put back if it failed).
 */
export async function restoreBackup(file: string, connectionString: string, options: { force?: boolean } = {}): Promise<TRestoreResult> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist.`);
  return withClient(connectionString, async (client) => {
    const { major, database } = await serverInfo(client);
    const { bin } = await locatePgTool('pg_restore', major);
    const { dbname, env } = toolConnection(connectionString);
    const list = await runTool(bin, ['--list', file], env);
    if (list.code !== 0) throw new BackupError(`${file} cannot be read by pg_restore (not a pg_dump custom-format archive, or cut short):\n${toolErrorTail(list.stderr)}`);

    const existing = await publicObjects(client);
    let aside: string | null = null;
    if (existing.length > 0) {
      if (!options.force) {
        const sample = existing.slice(0, 3).join(', ');
        throw new RestoreRefusedError(
          `Database "${database}" is not empty (${existing.length} objects: ${sample}${existing.length > 3 ? ', …' : ''}). ` +
            'A restore replaces everything in it: pass --force to do that, or --into <database-url> to restore into an empty database.',
        );
      }
      aside = `public_before_restore_${Date.now()}`;
      await setPublicAside(client, aside);
    }

    const run = await runTool(bin, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file], env);
    if (run.code !== 0) {
      if (aside) await putPublicBack(client, aside);
      throw new PgToolError(`pg_restore failed (exit ${run.code}); database "${database}" is unchanged:\n${toolErrorTail(run.stderr)}`);
    }
    if (aside) await client.query(`DROP SCHEMA ${aside} CASCADE`);

    const tables = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    const hasMigrations = (await client.query<{ m: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS m`)).rows[0].m;
    const migrations = hasMigrations ? (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM _prisma_migrations')).rows[0].n : 0;
    return { database, tables: tables.rows[0].n, migrations };
  });
}
