import 'server-only';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Piscina } from 'piscina';
import type { TRenderJob } from '@/lib/documents/render-job';
import { env } from '@/lib/env';
import { RateLimitedError } from '../errors';

/**
 * PDF and DOCX renders run in worker threads, never on the event loop that answers everyone else's
 * requests (a 21-page RFP is seconds of CPU). Threads: CPU count − 1 (one core stays with the
 * server), at least 1, at a lower scheduling priority than the server. Admission is bounded twice, before any work is queued: at most
 * RENDER_MAX_QUEUE renders waiting for a thread over all users, and at most RENDER_MAX_PER_USER
 * running or waiting per user. Beyond either the caller gets a 429 that says to try again shortly.
 */
/** `running`: renders on a thread or queued for one, people's and background ones alike. */
type TPoolState = { pool: Piscina; perUser: Map<string, number>; running: number };
const globalForPool = globalThis as unknown as { renderPool?: TPoolState };

/** V8 young generation of a render thread: three semi-spaces' worth (2 + new large objects) of 32 MB. */
export const RENDER_YOUNG_GENERATION_MB = 96;

export function renderThreads(): number {
  return env().RENDER_THREADS ?? Math.max(1, os.availableParallelism() - 1);
}

function state(): TPoolState {
  if (!globalForPool.renderPool) {
    const threads = renderThreads();
    const pool = new Piscina({
      // Resolved from the app's root, not from this module: Next bundles this file into .next.
      filename: path.join(process.cwd(), 'lib/documents/render-worker.mjs'),
      minThreads: threads,
      maxThreads: threads,
      // The worker registers tsx itself; flags of the parent (--import tsx, --inspect) are not for it.
      execArgv: [],
      idleTimeout: 60_000,
      // Linux nice 10 for the render threads (per thread, through @napi-rs/nice): when the cores are
      // busy, the scheduler gives the server's own thread about ten times a render thread's share, so
      // saves and pages keep their pace and renders take what is left.
      niceIncrement: 10,
      // A render allocates a great deal of short-lived objects (react-pdf copies its tree at every
      // layout step): with V8's default young generation, scavenges took a fifth of the render's CPU
      // (scripts/bench/profile-rfp.ts); three times as much room for new objects (semi-spaces of
      // 32 MB, --max-semi-space-size=32) took that to an eighth.
      resourceLimits: { maxYoungGenerationSizeMb: RENDER_YOUNG_GENERATION_MB },
    });
    globalForPool.renderPool = { pool, perUser: new Map(), running: 0 };
  }
  return globalForPool.renderPool;
}

export const BUSY_MESSAGE = 'Documents are being prepared for many people right now; try again in a minute.';
export const USER_BUSY_MESSAGE = 'You already have documents being prepared; try again when they are ready.';

/** Renders in a worker thread on behalf of `userId`; RateLimitedError (429) when the queue or the user's share is full. */
export async function renderInPool(userId: string, job: TRenderJob): Promise<Buffer> {
  const { pool, perUser } = state();
  const mine = perUser.get(userId) ?? 0;
  if (mine >= env().RENDER_MAX_PER_USER) throw new RateLimitedError(USER_BUSY_MESSAGE);
  if (pool.queueSize >= env().RENDER_MAX_QUEUE) throw new RateLimitedError(BUSY_MESSAGE);
  perUser.set(userId, mine + 1);
  try {
    return await run(job);
  } finally {
    const left = (perUser.get(userId) ?? 1) - 1;
    if (left > 0) perUser.set(userId, left);
    else perUser.delete(userId);
  }
}

async function run(job: TRenderJob): Promise<Buffer> {
  const current = state();
  current.running++;
  try {
    const bytes = (await current.pool.run(job)) as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    current.running--;
  }
}

/**
 * A render nobody waits for (a draft refreshed after a change): started only once no render is
 * queued and a thread is free, so a person's render waits at most for the one background render
 * already on its thread. Gives up (RateLimitedError) when the pool stays busy for `maxWaitMs`.
 */
export async function renderWhenIdle(job: TRenderJob, maxWaitMs = 120_000): Promise<Buffer> {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const { pool, running } = state();
    if (pool.queueSize === 0 && running < renderThreads()) return run(job);
    if (Date.now() > deadline) throw new RateLimitedError(BUSY_MESSAGE);
    await sleep(200);
  }
}

/** Stops the threads (tests, scripts). */
export async function closeRenderPool(): Promise<void> {
  const current = globalForPool.renderPool;
  globalForPool.renderPool = undefined;
  await current?.pool.destroy();
}
