import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embedded-postgres';

const TSX_BIN = path.join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');

/** Ports 3300-3399 only, so a bench never collides with `npm start` (3000) or the tests (3100, 54329). */
export const freePort = (preferred: number) => findFreePort(preferred);

export interface TBenchDatabase {
  url: string;
  stop: () => Promise<void>;
}

/** A throwaway embedded PostgreSQL under /tmp, deleted on stop (unless DATABASE_URL is set: then that one). */
export async function startBenchDatabase(): Promise<TBenchDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-bench-pg-'));
  fs.chmodSync(dataDir, 0o755); // as root, initdb runs as the postgres user and must reach the data directory
  let pg: RunningPostgres;
  try {
    pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), preferredPort: 3380, database: 'hosting_readiness_bench' });
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop().catch(() => {});
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves when GET url answers 200, polling every 250 ms. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering ${url}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export interface TRunningProcess {
  origin: string;
  /** The spawned process (tsx), whose tree holds the server. */
  pid: number;
  stop: () => Promise<void>;
}

/** Spawns a TypeScript entry point with tsx; output is kept quiet unless BENCH_VERBOSE is set. */
function spawnTsx(entry: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [TSX_BIN, entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    if (process.env.BENCH_VERBOSE) process.stderr.write(chunk);
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code) => {
    if (code && code !== 0 && !(child as ChildProcess & { stopping?: boolean }).stopping) process.stderr.write(`\n${entry} exited with ${code}:\n${tail.join('')}\n`);
  });
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  (child as ChildProcess & { stopping?: boolean }).stopping = true;
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The built app as `npm start` runs it: scripts/start.ts with DATABASE_URL set (so it migrates,
 * syncs the templates, seeds the demo accounts and runs `next start`, never its own database).
 * Background re-renders of drafts are off: the save runs change 50 assessments non-stop, and the
 * refreshes they would schedule (three renders each) would run into every figure measured after.
 */
export async function startApp(databaseUrl: string, port: number): Promise<TRunningProcess> {
  const child = spawnTsx('scripts/start.ts', { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', DRAFT_REFRESH_MS: '0' });
  const origin = `http://127.0.0.1:${port}`;
  // Migrations, template sync and `next start`: 120 s is plenty on an idle machine, not on a crowded one.
  await waitForHttp(`${origin}/api/health`, Number(process.env.BENCH_START_TIMEOUT_SECONDS ?? 300) * 1000, child);
  return { origin, pid: child.pid!, stop: () => stopChild(child) };
}

/** The bare node:http + pg save handler (scripts/bench/bare-save-server.ts) in its own process. */
export async function startBare(databaseUrl: string, port: number): Promise<TRunningProcess> {
  const child = spawnTsx('scripts/bench/bare-save-server.ts', { DATABASE_URL: databaseUrl, PORT: String(port) });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/health`, 30_000, child);
  return { origin, pid: child.pid!, stop: () => stopChild(child) };
}
