import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../../lib/db/embedded-postgres';
import { applyMigrations, withDatabase } from '../../lib/db/migrations';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * A throwaway database per run: a database of its own on DATABASE_URL's server when that is set,
 * otherwise an embedded PostgreSQL in a temporary directory. Migrations applied as in production; this
 * database is the template each test file copies (file-database.ts).
 */
export default async function setup(project: TestProject) {
  let embedded: RunningPostgres | null = null;
  let dataDir: string | null = null;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-it-'));
    fs.chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), preferredPort: 55_432 });
    baseUrl = embedded.url;
  }
  const name = `hr_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(baseUrl, name);
  await applyMigrations(url);
  project.provide('databaseUrl', url);

  return async () => {
    const cleanup = new pg.Client({ connectionString: baseUrl });
    await cleanup.connect();
    // The template and each test file's copy of it (file-database.ts).
    const copies = await cleanup.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [name, `${name}\\_f%`]);
    for (const { datname } of copies.rows) await cleanup.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await cleanup.end();
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
