import crypto from 'node:crypto';
import pg from 'pg';
import { applyMigrations, migrationNames, migrationSql } from '../migrations';
import { readBackupLines, verifyBackup, type TBackupSummary } from './backup-file';
import { APP_TABLES_SQL, quoteIdent, TABLE_COLUMNS_SQL } from './sql-names';

/** The target holds data and --force was not given; nothing was changed. */
export class RestoreRefusedError extends Error {}
/** The backup does not fit this checkout (other migrations) or the target's schema. */
export class RestoreMismatchError extends Error {}

export interface TRestoreResult {
  database: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
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

/** Drops every table, view, sequence and enum/domain type of schema public, in one transaction. */
async function emptyPublicSchema(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ sql: string }>(`
      SELECT format('DROP %s IF EXISTS public.%I CASCADE',
                    CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                   WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                    c.relname) AS sql
        FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      UNION ALL
      SELECT format('DROP TYPE IF EXISTS public.%I CASCADE', t.typname) FROM pg_type t
       WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')`);
    for (const { sql } of rows) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The backup's migrations must be this checkout's, byte for byte, or its schema cannot be rebuilt. */
function checkMigrations(summary: TBackupSummary): string[] {
  const known = new Set(migrationNames());
  for (const { name, checksum } of summary.header.migrations) {
    if (!known.has(name)) {
      throw new RestoreMismatchError(`The backup was taken after migration ${name}, which this checkout does not have: restore it with the version of the app that made it (or a newer one).`);
    }
    const local = crypto.createHash('sha256').update(migrationSql(name)).digest('hex');
    if (local !== checksum) throw new RestoreMismatchError(`Migration ${name} differs from the one the backup was taken with (checksum ${checksum.slice(0, 12)}…, here ${local.slice(0, 12)}…).`);
  }
  return summary.header.migrations.map((m) => m.name);
}

/**
 * Restores a backup into `connectionString`: rebuilds the schema from the migrations the backup
 * was taken with, then loads every table (the migrations record included, so `npm start` applies
 * only what is newer) in one transaction. Refuses a database that holds anything unless `force`.
 */
export async function restoreBackup(file: string, connectionString: string, options: { force?: boolean } = {}): Promise<TRestoreResult> {
  const summary = await verifyBackup(file);
  const migrations = checkMigrations(summary);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const database = (await client.query<{ d: string }>('SELECT current_database() AS d')).rows[0].d;
    const existing = await publicObjects(client);
    if (existing.length > 0) {
      if (!options.force) {
        const sample = existing.slice(0, 3).join(', ');
        throw new RestoreRefusedError(
          `Database "${database}" is not empty (${existing.length} objects: ${sample}${existing.length > 3 ? ', …' : ''}). ` +
            'A restore replaces everything in it: pass --force to do that, or --into <database-url> to restore into an empty database.',
        );
      }
      await emptyPublicSchema(client);
    }
    await applyMigrations(connectionString, migrations);
    await loadData(client, file, summary);
    return { database, migrations, tables: summary.tables.map(({ name, rows }) => ({ name, rows })) };
  } finally {
    await client.end();
  }
}

async function loadData(client: pg.Client, file: string, summary: TBackupSummary): Promise<void> {
  await client.query('BEGIN');
  try {
    const targetTables = (await client.query<{ name: string }>(APP_TABLES_SQL)).rows.map((r) => r.name);
    const backupTables = new Set(summary.tables.map((t) => t.name));
    const missing = targetTables.filter((t) => !backupTables.has(t));
    const extra = [...backupTables].filter((t) => !targetTables.includes(t));
    if (missing.length || extra.length) {
      throw new RestoreMismatchError(`The migrated schema does not match the backup (tables only in the schema: ${missing.join(', ') || 'none'}; only in the backup: ${extra.join(', ') || 'none'}).`);
    }
    for (const table of summary.tables) {
      const columns = (await client.query<{ name: string }>(TABLE_COLUMNS_SQL, [table.name])).rows.map((r) => r.name);
      if ([...columns].sort().join() !== [...table.columns].sort().join()) {
        throw new RestoreMismatchError(`Table ${table.name} has columns (${columns.join(', ')}) but the backup has (${table.columns.join(', ')}).`);
      }
    }
    // Like pg_restore: data first, foreign keys after, so the order of tables and rows is free.
    const foreignKeys = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
           FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
      )
    ).rows;
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
    // The engine recorded the migrations it just applied; the backup's own record replaces that.
    await client.query('TRUNCATE _prisma_migrations');
    let current: string | undefined;
    for await (const line of readBackupLines(file)) {
      if (line.kind === 'table') current = line.name;
      else if (line.kind === 'rows' && current) {
        const t = `public.${quoteIdent(current)}`;
        await client.query(`INSERT INTO ${t} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${t}, $1::json)`, [line.json]);
      }
    }
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`);
    // Serial and identity columns continue after the restored values.
    const sequences = await client.query<{ tbl: string; col: string; seq: string }>(`
      SELECT c.table_name AS tbl, c.column_name AS col, pg_get_serial_sequence(format('public.%I', c.table_name), c.column_name) AS seq
        FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND pg_get_serial_sequence(format('public.%I', c.table_name), c.column_name) IS NOT NULL`);
    for (const { tbl, col, seq } of sequences.rows) {
      await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(col)}) FROM public.${quoteIdent(tbl)}), 0) + 1, false)`, [seq]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
