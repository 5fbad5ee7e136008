import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embedded-postgres';

export interface TRunningApp {
  /** The process that serves: scripts/serve.ts (what `npm start` runs), our direct child (no npx or shell between). */
  child: ChildProcess;
  /** Every line it wrote, stdout and stderr. */
  lines: { stream: 'stdout' | 'stderr'; text: string }[];
  kill9: () => Promise<void>;
}

/** The production build, served as `npm start` serves it, on `port` against `databaseUrl`. */
export async function startApp(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<TRunningApp> {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) throw new Error('No production build: run `npx next build` first.');
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: TRunningApp['lines'] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    let rest = '';
    child[stream]!.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      for (const text of parts) if (text.trim()) lines.push({ stream, text });
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const app: TRunningApp = {
    child,
    lines,
    kill9: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited: ${lines.map((l) => l.text).join('\n').slice(-2000)}`);
    const health = await fetch(`http://localhost:${port}/api/health`).catch(() => null);
    if (health?.ok) return app;
    if (Date.now() > deadline) {
      await app.kill9();
      throw new Error('The app did not answer /api/health within 30 s.');
    }
    await sleep(100);
  }
}

/** The postmaster's pid, from the first line of postmaster.pid in its data directory. */
export function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** kill -9 of the postmaster; waits until it is gone. Its backends notice and exit on their own. */
export async function kill9Postgres(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(20);
}

/**
 * Starts PostgreSQL again on the same data directory: crash recovery replays the WAL. Retried for
 * a few seconds, as it refuses to start while backends of the killed postmaster still hold its
 * shared memory.
 */
export async function restartPostgres(dataDir: string, preferredPort: number): Promise<RunningPostgres> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await startEmbeddedPostgres({ dataDir, preferredPort });
    } catch (error) {
      if (Date.now() > deadline) throw error ?? new Error('PostgreSQL did not restart.');
      await sleep(250);
    }
  }
}

/** The id of a server action in the production build (its manifest), to drive it as the browser does. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`${file}#${exportedName} is not in the build`);
  return found[0];
}

/** Signs in through the real sign-in server action at `baseUrl`: its status, the RSC body and the cookies set. */
export async function signInAction(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    headers: {
      'next-action': actionId('app/(auth)/sign-in/actions.ts', 'signInAction'),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: baseUrl,
      ...headers,
    },
    body: JSON.stringify([{ email, password }]),
  });
  return { status: response.status, body: await response.text(), setCookie: response.headers.getSetCookie(), headers: response.headers };
}
