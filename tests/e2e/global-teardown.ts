import pg from 'pg';
import { withDatabase } from '../../lib/db/migrations';
import { runPlan } from './servers';

/**
 * With DATABASE_URL, each e2e server had a throwaway database of its own on that server: drop them.
 * (Without it, the embedded servers' data lives under E2E_PG_DATA_DIR in the temporary directory.)
 */
export default async function globalTeardown() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return;
  const plan = runPlan();
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    for (const server of plan) {
      const name = new URL(server.databaseUrl!).pathname.slice(1);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
