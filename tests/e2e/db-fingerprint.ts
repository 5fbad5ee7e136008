import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import pg from 'pg';
import { EMBEDDED_DB_NAME } from '../../lib/db/embedded-postgres';
import { DEMO_ORGANIZATION } from '../../lib/demo-accounts';
import { currentServer } from './servers';

/**
 * The database of the running test's e2e server, read-only: its own database on DATABASE_URL's
 * server when the run has one, otherwise the embedded PostgreSQL that scripts/start.ts started in the
 * server's data directory (its port is the fourth line of postmaster.pid).
 */
export function e2eDatabaseUrl(): string {
  const { project } = test.info();
  const server = currentServer(project.name, project.metadata);
  if (server.databaseUrl) return server.databaseUrl;
  const port = fs.readFileSync(path.join(server.pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
  if (!port) throw new Error('The e2e PostgreSQL is not running');
  return `postgresql://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DB_NAME}`;
}

// Sessions are touched on use; sign-in attempts and known browsers are the sign-in log; rendered documents are a
// cache the server fills on its own (a draft re-rendered after an earlier change): none is what a request changes.
const SKIPPED = ['_prisma_migrations', 'Session', 'SignInAttempt', 'KnownDevice', 'RenderedDocument'];

/**
 * One connection to the e2e server's database per worker (per database), opened on first use: a
 * fresh connection costs a PostgreSQL backend each time (about 40 ms), and bad-input.spec.ts takes
 * hundreds of fingerprints. Queries on it go one at a time.
 */
const connections = new Map<string, Promise<pg.Client>>();
let queue: Promise<unknown> = Promise.resolve();

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = e2eDatabaseUrl();
  let connection = connections.get(url);
  if (!connection) {
    const client = new pg.Client({ connectionString: url });
    // A connection that breaks (the server stopped) is opened again on the next use.
    client.on('error', () => connections.delete(url));
    connection = client.connect().then(() => client);
    connection.catch(() => connections.delete(url));
    connections.set(url, connection);
  }
  const ready = connection;
  const run = queue.then(async () => work(await ready));
  queue = run.catch(() => undefined);
  return run;
}

/** The last full fingerprint of each database, with the snapshot it was read in. */
const lastScan = new Map<string, { snapshot: string; tables: Record<string, string> }>();

/**
 * Row count and a hash of the row versions of every table: equal before and after means nothing was
 * written. A row version is PostgreSQL's (xmin, ctid): an insert adds one, an update replaces one
 * (even one that rewrites the same values), a delete removes one, and a rolled-back write leaves
 * none. Cheaper than hashing the rows' contents (no JSON or PDF bytes are read), and stricter.
 *
 * Read in one REPEATABLE READ snapshot. When that snapshot (`xmin:xmax:in-progress`) is the one of
 * the last scan, no transaction has taken an id, committed or rolled back since, so every row
 * version visible then is visible now and no other is: the last scan's result is returned without
 * reading the tables again. Any write anywhere (even to a skipped table) changes the snapshot and
 * the tables are read again.
 */
export async function dbFingerprint(): Promise<Record<string, string>> {
  const url = e2eDatabaseUrl();
  return withClient(async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const snapshot = (await client.query<{ s: string }>('SELECT pg_current_snapshot()::text AS s')).rows[0]!.s;
      const last = lastScan.get(url);
      if (last?.snapshot === snapshot) return { ...last.tables };
      const tables = (await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows
        .map((r) => r.tablename)
        .filter((t) => !SKIPPED.includes(t));
      const sql = tables.map((t) => `SELECT '${t}' AS t, count(*) AS n, md5(string_agg(x.xmin::text || '@' || x.ctid::text, ',' ORDER BY x.ctid)) AS h FROM "${t}" x`).join(' UNION ALL ');
      const rows = (await client.query<{ t: string; n: string; h: string | null }>(sql)).rows;
      const result = Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h ?? ''}`]));
      lastScan.set(url, { snapshot, tables: result });
      return { ...result };
    } finally {
      await client.query('COMMIT');
    }
  });
}

/** The seeded demo assessment: the oldest of the demo organisation (other specs import copies with the same name). */
export async function demoAssessmentId(): Promise<string> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT a.id FROM "Assessment" a JOIN "Organization" o ON o.id = a."organizationId" WHERE o.name = $1 ORDER BY a."createdAt" ASC LIMIT 1`,
      [DEMO_ORGANIZATION],
    );
    if (!rows[0]) throw new Error('No demo assessment: was the database seeded?');
    return rows[0].id;
  });
}

/**
 * Every name people typed into the e2e server's database (questionnaires, assessments, people,
 * organisations, milestones, team members, tokens), longest first: data on a page, never interface text.
 */
export async function typedNames(): Promise<string[]> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT DISTINCT name FROM (
         SELECT title AS name FROM "TemplateVersion" UNION ALL SELECT name FROM "Assessment" UNION ALL SELECT name FROM "User"
         UNION ALL SELECT name FROM "Organization" UNION ALL SELECT name FROM "Milestone" UNION ALL SELECT name FROM "TeamMember"
         UNION ALL SELECT name FROM "ApiToken") n WHERE length(trim(name)) > 0`,
    );
    return rows.map((r) => r.name).sort((a, b) => b.length - a.length);
  });
}
