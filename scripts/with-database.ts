import { startEmbeddedPostgres, type RunningPostgres } from '../lib/db/embedded-postgres';
import { env } from '../lib/env';

/**
 * The database the scripts use: DATABASE_URL when set (never starting one), otherwise the
 * embedded PostgreSQL with its data under PG_DATA_DIR.
 */
export async function resolveDatabase(): Promise<{ url: string; embedded: RunningPostgres | null }> {
  const { DATABASE_URL, PG_DATA_DIR } = env();
  if (DATABASE_URL) return { url: DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: PG_DATA_DIR });
  return { url: embedded.url, embedded };
}
