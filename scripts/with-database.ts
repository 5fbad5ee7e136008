import fs from 'node:fs';
import path from 'node:path';
import { embeddedUrl, startEmbeddedPostgres, type RunningPostgres } from '../lib/db/embedded-postgres';
import { env } from '../lib/env';

/**
 * The database the scripts use: DATABASE_URL when set (never starting one), otherwise the
 * embedded PostgreSQL with its data under PG_DATA_DIR. With `reuseRunning`, an embedded server
 * already running on that data (`npm start` in another terminal) is used instead of starting one.
 */
export async function resolveDatabase(options: { reuseRunning?: boolean } = {}): Promise<{ url: string; embedded: RunningPostgres | null }> {
  const { DATABASE_URL, PG_DATA_DIR, PG_PORT } = env();
  if (DATABASE_URL) return { url: DATABASE_URL, embedded: null };
  const running = options.reuseRunning ? runningEmbeddedPort(PG_DATA_DIR) : null;
  if (running) return { url: embeddedUrl(running), embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: PG_DATA_DIR, preferredPort: PG_PORT });
  return { url: embedded.url, embedded };
}

/** The port of a live postmaster on `dataDir` (from its postmaster.pid), or null. */
function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = path.join(path.resolve(dataDir), 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const [pid, , , port] = fs.readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return Number(port) || null;
}
