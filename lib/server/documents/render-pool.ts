import 'server-only';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TRenderJob } from '@/lib/documents/render-job';
import type { TDraftJob } from './draft-job';
import { awayFromForeground, foregroundBusy, onForegroundChange } from '@/lib/app/foreground';
import { HoldBudget } from '@/lib/app/hold-budget';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { DomainError, RateLimitedError } from '../errors';

/**
 * PDF and DOCX renders run in render processes (lib/server/documents/render-process.mjs), never on the
 * event loop that answers everyone else's requests (a 21-page RFP is seconds of CPU), and not in
 * worker threads either: those share V8's garbage-collection helpers with the server. Processes:
 * CPU count − 1 (one core stays with the server), at least 1, every thread of theirs scheduled only
 * when the server and the database do not want the core (IDLE_SCHEDULING), else at nice 10.
 * Admission is bounded twice, before any work is queued: at most RENDER_MAX_QUEUE renders waiting
 * for a process over all users, and at most RENDER_MAX_PER_USER running or waiting per user. Beyond
 * either the caller gets a 429 that says to try again shortly.
 */

/**
 * V8's young generation of a render process: semi-spaces of at most 32 MB. A render allocates fast
 * (react-pdf copies its tree at every layout step), and a larger young generation collects less
 * often: the demo RFP drew in 913 ms at 32 MB against 1,031-1,078 ms at 8 (`npm run bench`).
 * 8 MB was chosen when a render ran beside the server's requests, where its caches' share slowed
 * them (save p95 16.5-17.9 ms at 8 MB, 18.1-19.7 at 32); renders are now held still while the
 * server answers anyone (below), so that cost is gone and the faster render stays.
 */
export const RENDER_SEMI_SPACE_MB = 32;

export function renderProcesses(): number {
  return env().RENDER_PROCESSES ?? Math.max(1, os.availableParallelism() - 1);
}

/**
 * Resolved from the app's root at run time, not from this module: Next bundles this file into
 * .next, and its bundler would otherwise try to bundle the render process as well (a path it can
 * work out given to `fork`).
 */
const renderProcessFile = () => [process.cwd(), 'lib', 'server', 'documents', 'render-process.mjs'].join(path.sep);

/**
 * Renders use only the CPU nobody else wants (Linux's SCHED_IDLE, given by `chrt --idle 0`): a
 * request of the server that wakes up takes the core from a render at once. With nice 10 alone
 * the kernel (EEVDF) still let a render's threads finish their slice first, and the server's
 * main thread lost the core for up to ~16 ms at a time (gaps in its CPU profile while drafts
 * rendered, scripts/bench/profile-saves.ts --renders). Where chrt is missing, the process lowers
 * its own threads to nice 10 (lib/server/documents/render-process.mjs).
 */
const CHRT = '/usr/bin/chrt';
const IDLE_SCHEDULING = process.platform === 'linux' && fs.existsSync(CHRT);
/**
 * util-linux's setpriv, to start a render process with a parent-death signal (SIGKILL): a render
 * process held still (SIGSTOP, below) cannot see its server go, and one killed with -9 would leave
 * it stopped for good, with its database connections open.
 */
const SETPRIV = '/usr/bin/setpriv';
const DEATH_SIGNAL = process.platform === 'linux' && fs.existsSync(SETPRIV);

/**
 * While the server answers someone (lib/app/foreground.ts), the render processes that draw are held
 * still (SIGSTOP) and go on (SIGCONT) as soon as it does not: SCHED_IDLE gives the server the core,
 * this gives it the machine. Within a budget (lib/app/hold-budget.ts): renders are held at most
 * half the time over any long stretch, so a server that never goes quiet still lets documents
 * through at half speed or better.
 */
/** A document to draw: a model or a model's data (render-job.ts), or a draft whose data the render process reads itself (draft-job.ts). */
export type TPoolJob = TRenderJob | TDraftJob;
type TTask = { job: TPoolJob; resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };
type TRenderer = { child: ChildProcess; ready: boolean; task: TTask | null; held: boolean };

/** A fixed set of render processes and a queue: one job per process at a time; a process that dies fails its job and is replaced. */
class RenderProcessPool {
  private readonly queue: TTask[] = [];
  private readonly renderers: TRenderer[] = [];
  private nextId = 0;
  private closed = false;
  private readonly budget = new HoldBudget(performance.now());
  /** While holding: when the hold must end. Otherwise: when a hold may start again (the budget is spent). */
  private holdTimer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;

  constructor(private readonly size: number) {
    for (let i = 0; i < size; i++) this.renderers.push(this.spawn());
    this.unsubscribe = onForegroundChange((busy) => (busy ? this.startHolding() : this.stopHolding()));
  }

  private get holding(): boolean {
    return this.budget.holding;
  }

  private startHolding(): void {
    if (this.holding || this.holdTimer || this.closed) return; // held already, or the budget is spent and a look is due
    const wait = this.budget.waitBeforeHold(performance.now());
    const later = (ms: number, then: () => void) => {
      this.holdTimer = setTimeout(() => {
        this.holdTimer = undefined;
        then();
      }, ms);
      this.holdTimer.unref();
    };
    if (wait > 0) return later(wait, () => foregroundBusy() && this.startHolding());
    const limit = this.budget.startHold(performance.now());
    for (const renderer of this.renderers) this.hold(renderer);
    later(limit, () => {
      this.endHold();
      if (foregroundBusy()) this.startHolding();
    });
  }

  private stopHolding(): void {
    if (!this.holding) return; // a look already due stays: it finds the server quiet
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    this.endHold();
  }

  private endHold(): void {
    this.budget.endHold(performance.now());
    for (const renderer of this.renderers) this.release(renderer);
  }

  /** Only a process that draws is held: an idle one has nothing to give back, and is held when given a job. */
  private hold(renderer: TRenderer): void {
    if (renderer.held || !renderer.task || !renderer.child.pid) return;
    renderer.held = true;
    try {
      process.kill(renderer.child.pid, 'SIGSTOP');
    } catch {
      renderer.held = false; // gone already: 'exit' deals with it
    }
  }

  private release(renderer: TRenderer): void {
    if (!renderer.held || !renderer.child.pid) return;
    renderer.held = false;
    try {
      process.kill(renderer.child.pid, 'SIGCONT');
    } catch {
      // gone already
    }
  }

  get queueSize(): number {
    return this.queue.length;
  }

  get pids(): number[] {
    return this.renderers.flatMap((r) => (r.child.pid ? [r.child.pid] : []));
  }

  run(job: TPoolJob): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('The render pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async destroy(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    clearTimeout(this.holdTimer);
    if (this.holding) this.endHold(); // a stopped process would not act on SIGTERM
    for (const task of this.queue.splice(0)) task.reject(new Error('The render pool is closed.'));
    await Promise.all(
      this.renderers.map(
        (r) =>
          new Promise<void>((resolve) => {
            if (r.child.exitCode !== null || r.child.signalCode !== null) return resolve();
            r.child.once('exit', () => resolve());
            r.child.kill('SIGTERM');
          }),
      ),
    );
  }

  private spawn(): TRenderer {
    const nodeFlags = [`--max-semi-space-size=${RENDER_SEMI_SPACE_MB}`];
    const child = fork(renderProcessFile(), [], {
      // Our flags only (the server's --import tsx, --inspect… are not for it); the file registers tsx itself.
      // On Linux, started through util-linux's chrt as SCHED_IDLE, it and every thread it starts: see IDLE_SCHEDULING.
      // And through setpriv, with SIGKILL as its parent-death signal (DEATH_SIGNAL); setpriv and chrt exec what follows them.
      ...launch(nodeFlags),
      serialization: 'advanced', // structured clone: the bytes travel as bytes, not as JSON
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const renderer: TRenderer = { child, ready: false, task: null, held: false };
    child.on('message', (message: { ready?: true; id?: number; bytes?: Uint8Array; error?: string; status?: DomainError['status'] }) => {
      if (message.ready) renderer.ready = true;
      else if (renderer.task) {
        const task = renderer.task;
        renderer.task = null;
        if (message.bytes) task.resolve(message.bytes);
        else if (message.status) task.reject(new DomainError(message.error ?? '', message.status)); // the answer for the person: a 404, the 409 of an RFP without a platform
        else task.reject(new Error(message.error ?? 'The document could not be drawn.'));
      }
      this.dispatch();
    });
    // Without a listener, an 'error' (a failed send, a failed kill) would throw and take the server down.
    child.on('error', (error) => log('warn', 'render process error', null, { message: error.message }));
    child.on('exit', (code, signal) => {
      const index = this.renderers.indexOf(renderer);
      if (index >= 0) this.renderers.splice(index, 1);
      renderer.task?.reject(new Error('The document could not be drawn: its render process stopped.'));
      renderer.task = null;
      renderer.held = false;
      if (this.closed) return;
      log('warn', 'render process exited', null, { code, signal });
      this.renderers.push(this.spawn());
    });
    return renderer;
  }

  private dispatch(): void {
    for (const renderer of this.renderers) {
      if (!renderer.ready || renderer.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      renderer.task = task;
      // A process that died just now closes the channel: the send fails (EPIPE) and 'exit' fails the task.
      renderer.child.send({ id: this.nextId++, job: task.job }, (error) => {
        if (error) log('warn', 'render process unreachable', null, { message: error.message });
      });
      if (this.holding) this.hold(renderer); // the job waits in its channel until the server is idle
    }
  }
}

/** How a render process is started: node with our flags, through setpriv and chrt where they exist. */
function launch(nodeFlags: string[]): { execPath: string; execArgv: string[] } {
  let command = [process.execPath, ...nodeFlags];
  if (IDLE_SCHEDULING) command = [CHRT, '--idle', '0', ...command];
  if (DEATH_SIGNAL) command = [SETPRIV, '--pdeathsig', 'KILL', ...command];
  return { execPath: command[0]!, execArgv: command.slice(1) };
}

/** `running`: renders in a process or queued for one, people's and background ones alike. */
type TPoolState = { pool: RenderProcessPool; perUser: Map<string, number>; running: number };
const globalForPool = globalThis as unknown as { renderPool?: TPoolState };

function state(): TPoolState {
  globalForPool.renderPool ??= { pool: new RenderProcessPool(renderProcesses()), perUser: new Map(), running: 0 };
  return globalForPool.renderPool;
}

export const BUSY_MESSAGE = 'Documents are being prepared for many people right now; try again in a minute.';
export const USER_BUSY_MESSAGE = 'You already have documents being prepared; try again when they are ready.';

/** Renders in a render process on behalf of `userId`; RateLimitedError (429) when the queue or the user's share is full. */
export async function renderInPool(userId: string, job: TPoolJob): Promise<Buffer> {
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

async function run(job: TPoolJob): Promise<Buffer> {
  const current = state();
  current.running++;
  try {
    // A request that waits for its render is not the server at work: counted, it would hold its own render still.
    const bytes = await awayFromForeground(() => current.pool.run(job));
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    current.running--;
  }
}

/**
 * A render nobody waits for (a draft refreshed after a change): started only once no render is
 * queued and a render process is free, so a person's render waits at most for the one background
 * render already in its process. Gives up (RateLimitedError) when the pool stays busy for `maxWaitMs`.
 */
export async function renderWhenIdle(job: TPoolJob, maxWaitMs = 120_000): Promise<Buffer> {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const { pool, running } = state();
    if (pool.queueSize === 0 && running < renderProcesses()) return run(job);
    if (Date.now() > deadline) throw new RateLimitedError(BUSY_MESSAGE);
    await sleep(200);
  }
}

/** Starts the render processes now rather than at the first render (the server's start, instrumentation.ts). */
export function startRenderPool(): void {
  state();
}

/** The operating-system ids of the render processes (tests, the bench); starts them if need be. */
export function renderProcessIds(): number[] {
  return state().pool.pids;
}

/** Stops the render processes (tests, scripts). */
export async function closeRenderPool(): Promise<void> {
  const current = globalForPool.renderPool;
  globalForPool.renderPool = undefined;
  await current?.pool.destroy();
}
