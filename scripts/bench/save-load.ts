import autocannon from 'autocannon';
import { percentile } from './stats';
import type { TPrisma } from '@/lib/db/client';

export interface TSaveLoadResult {
  p50: number;
  p95: number;
  p99: number;
  /** Completed 2xx saves per second. */
  throughput: number;
  /** How long the run lasted. */
  seconds: number;
  requests: number;
  non2xx: number;
  /** Non-2xx responses by status, e.g. { 409: 3 }, and the first such body. */
  failures: Record<number, number>;
  firstFailure?: string;
  errors: number;
}

/**
 * Save slots and their versions. Each slot is one (assessment, question) pair, so a slot has at
 * most one save in flight: a request checks a free slot out in setupRequest and gives it back in
 * onResponse with the version the server returned. With as many slots as connections no request
 * waits for a slot, every save carries the right expectedVersion, and no two clients touch the same
 * assessment row (a shared assessment would add row-lock waits on Assessment.updatedAt that the
 * autosave of 50 different users would not see). Versions are re-read from the database before
 * each run, once they stop changing: saves cut off at the end of a run may still commit afterwards.
 */
export class SaveSlots {
  versions: number[];
  constructor(
    readonly assessmentIds: string[],
    readonly questionId: string,
  ) {
    this.versions = assessmentIds.map(() => 0);
  }

  /** Re-reads the versions until two reads a second apart agree (the server has finished). */
  async sync(prisma: TPrisma, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let before = await this.read(prisma);
    for (;;) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = await this.read(prisma);
      if (now.every((v, i) => v === before[i]) || Date.now() > deadline) break;
      before = now;
    }
    this.versions = before;
  }

  private async read(prisma: TPrisma): Promise<number[]> {
    const rows = await prisma.answer.findMany({ where: { assessmentId: { in: this.assessmentIds }, questionId: this.questionId }, select: { assessmentId: true, version: true } });
    const byId = new Map(rows.map((r) => [r.assessmentId, r.version]));
    return this.assessmentIds.map((id) => byId.get(id) ?? 0);
  }
}

/** autocannon against PUT {origin}/api/v1/assessments/{slot assessment}/answers, each request a new value. */
/**
 * Closed loop by default (each connection sends its next save as soon as the last one returns: the
 * latency then is connections / throughput); with `rate`, autocannon's rate limit: every connection
 * sends its share at the start of each second, all together (a burst; open-loop.ts is the even open loop).
 */
export async function runSaveLoad(options: { origin: string; cookie: string; slots: SaveSlots; connections: number; seconds: number; rate?: number; until?: Promise<unknown>; /** GET this path instead of saving (the framework floor). */ floorPath?: string }): Promise<TSaveLoadResult> {
  const { slots } = options;
  // A set: a request that timed out never reaches onResponse and its connection starts afresh (a
  // new context), so its slot is taken again by whoever finds none free; it may then see a 409.
  const free = new Set(slots.assessmentIds.map((_, i) => i));
  const inUse = new Set<number>();
  let counter = 0;
  type TContext = { slot?: number };
  const latencies: number[] = [];
  const failures: Record<number, number> = {};
  let firstFailure: string | undefined;
  // Without a callback autocannon returns its tracker (an EventEmitter) that is also a promise.
  const instance = autocannon({
    url: options.origin,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    timeout: 10,
    ...(options.rate ? { overallRate: options.rate } : {}),
    headers: { cookie: options.cookie, 'content-type': 'application/json' },
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context: TContext) => {
          let slot: number | undefined = free.values().next().value;
          if (slot === undefined) slot = [...inUse][Math.floor(Math.random() * inUse.size)];
          if (slot === undefined) throw new Error('no save slot: use at least as many slots as connections');
          free.delete(slot);
          inUse.add(slot);
          context.slot = slot;
          if (options.floorPath) return { ...request, method: 'GET', path: options.floorPath, body: undefined };
          return {
            ...request,
            path: `/api/v1/assessments/${slots.assessmentIds[slot]}/answers`,
            body: JSON.stringify({ questionId: slots.questionId, value: `Benchmark answer ${++counter} (slot ${slot})`, expectedVersion: slots.versions[slot] }),
          };
        },
        onResponse: (status, body, context: TContext) => {
          if (status >= 300) {
            failures[status] = (failures[status] ?? 0) + 1;
            firstFailure ??= `${status} ${body.slice(0, 300)}`;
          }
          const slot = context.slot;
          if (slot === undefined) return;
          try {
            const parsed = JSON.parse(body) as { version?: number; details?: { currentVersion?: number } };
            const version = status === 200 ? parsed.version : parsed.details?.currentVersion;
            if (typeof version === 'number') slots.versions[slot] = version;
          } catch {
            // a non-JSON error page: keep the version, the next save of this slot will tell
          }
          context.slot = undefined;
          inUse.delete(slot);
          free.add(slot);
        },
      },
    ],
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  // Every response's time, for exact percentiles (autocannon's summary has p90 and p97.5, no p95).
  instance.on('response', (_client, status, _bytes, responseTime) => {
    if (status >= 200 && status < 300) latencies.push(responseTime);
  });
  // With `until`, the run ends when it settles (at the latest after `seconds`).
  void options.until?.finally(() => instance.stop());
  const result = await instance;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: result['2xx'] / (result.duration || options.seconds),
    seconds: result.duration,
    requests: result.requests.total,
    non2xx: result.non2xx,
    failures,
    firstFailure,
    errors: result.errors + result.timeouts,
  };
}
