import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Whether the server is answering someone right now: the requests in flight, less those that only
 * wait for a render. The render pool holds its render processes still while any is (render-pool.ts).
 *
 * Why: SCHED_IDLE gives a request's thread the core at once, but not the rest of the machine. A
 * render on the other core still slows it through what the two cores share (caches, memory, the
 * host's scheduling of the virtual CPUs): a render process outside the server, sending it nothing,
 * made saves' p95 1.3–1.8× (`npm run bench`, "the machine's share"), and a plain memory-bound loop at
 * SCHED_IDLE on the other core slowed a pinned JSON workload by 15 % (median) to 30 % (p90).
 *
 * scripts/serve.ts counts every request; a request that awaits a render (a draft download, issuing
 * an RFP) is taken out of the count for as long as it waits, or it would hold its own render still.
 * The state lives on globalThis: scripts/serve.ts and the app's bundle (.next) each load their own
 * copy of this module.
 */
type TRequest = { counted: boolean; closed: boolean; waiting: number };
type TForeground = { active: number; requests: AsyncLocalStorage<TRequest>; listeners: Set<(busy: boolean) => void> };

const globalForForeground = globalThis as unknown as { hrForeground?: TForeground };

function state(): TForeground {
  globalForForeground.hrForeground ??= { active: 0, requests: new AsyncLocalStorage(), listeners: new Set() };
  return globalForForeground.hrForeground;
}

function count(delta: 1 | -1): void {
  const current = state();
  const before = current.active;
  current.active += delta;
  if ((before === 0) !== (current.active === 0)) for (const listener of current.listeners) listener(current.active > 0);
}

/** Runs `handle` as one request in the count until `done` (the response's 'close'). */
export function foregroundRequest(handle: () => void, done: (end: () => void) => void): void {
  const request: TRequest = { counted: true, closed: false, waiting: 0 };
  count(1);
  done(() => {
    if (request.closed) return;
    request.closed = true;
    if (request.counted) {
      request.counted = false;
      count(-1);
    }
  });
  state().requests.run(request, handle);
}

/** Awaits `work` (a render) with the current request, if any, out of the count meanwhile. */
export async function awayFromForeground<T>(work: () => Promise<T>): Promise<T> {
  const request = state().requests.getStore();
  if (!request) return work();
  request.waiting++;
  if (request.counted) {
    request.counted = false;
    count(-1);
  }
  try {
    return await work();
  } finally {
    request.waiting--;
    if (request.waiting === 0 && !request.closed && !request.counted) {
      request.counted = true;
      count(1);
    }
  }
}

/** Told `true` when the first request starts and `false` when the last one ends or only waits; returns the unsubscribe. */
export function onForegroundChange(listener: (busy: boolean) => void): () => void {
  const { listeners } = state();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function foregroundBusy(): boolean {
  return state().active > 0;
}
