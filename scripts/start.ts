import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { env } from '../lib/env';
import { buildIsStale } from './build-state';
import { prepareDatabase } from './prepare-database';
import { resolveDatabase } from './with-database';

const NEXT_BIN = path.join(process.cwd(), 'node_modules/next/dist/bin/next');

/**
 * `npm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), migrations, content and
 * demo accounts, a production build when the sources are newer than the last one, then the app.
 * `--dev` runs `next dev` instead of building.
 */
const dev = process.argv.includes('--dev');
async function main() {
  const started = Date.now();
  const db = await resolveDatabase();
  console.log(db.embedded ? `Embedded PostgreSQL on port ${db.embedded.port} (data in ${env().PG_DATA_DIR})` : 'Using DATABASE_URL');
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await db.embedded?.stop().catch(() => {});
    process.exit(code);
  };
  try {
    await prepareDatabase(db.url);
    if (!dev && buildIsStale()) {
      console.log('Building the app (first start or changed sources)...');
      const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      if (build.status !== 0) throw new Error('next build failed');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
    return;
  }
  const port = String(env().PORT);
  // The server runs as our direct child (not through npx), so a signal to us reaches it itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...(dev ? ['--dev'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: db.url, PORT: port, NEXT_TELEMETRY_DISABLED: '1' },
  });
  console.log(`Hosting Readiness on http://localhost:${port} (prepared in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on('exit', (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
