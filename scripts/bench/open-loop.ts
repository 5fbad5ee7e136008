import http from 'node:http';
import type { SaveSlots, TSaveLoadResult } from './save-load';
import { percentile } from './stats';

/**
 * A true open loop: saves arrive at `rate` per second, evenly spaced (one every 1000/rate ms),
 * whether or not earlier ones have returned — users who autosave every few seconds do not wait
 * for each other. Each save's time runs from the moment it was due, not from when it was sent,
 * so a server that falls behind shows it (no coordinated omission).
 *
 * Why not autocannon's `overallRate`: it gives every connection a budget of rate/connections
 * requests per one-second tick, and all the connections' ticks start together
 * (node_modules/autocannon/lib/httpClient.js: `setInterval(… reqsMadeThisSecond = 0 …, 1000)`),
 * so 50 saves/s over 50 connections is 50 saves at the same instant, once a second: a burst the
 * server drains in connections ÷ throughput, not 50 saves a second. That figure is still printed,
 * as "50 at once, every second".
 *
 * Keep-alive sockets, up to `connections` at once (a save due while all are busy waits for one:
 * that wait counts in its time).
 */
export async function runOpenLoop(options: { origin: string; cookie: string; slots: SaveSlots; connections: number; seconds: number; rate: number; until?: Promise<unknown> }): Promise<TSaveLoadResult & { slow: string[] }> {
  const { slots, rate } = options;
  const url = new URL(options.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const free = slots.assessmentIds.map((_, i) => i).reverse();
  const latencies: number[] = [];
  const failures: Record<number, number> = {};
  let firstFailure: string | undefined;
  let requests = 0;
  let non2xx = 0;
  let errors = 0;
  let counter = 0;
  let stopped = false;
  /** When the saves over 50 ms were due (seconds into the run) and how long they took: where the tail comes from. */
  const slow: string[] = [];
  const start = performance.now();
  void options.until?.finally(() => {
    stopped = true;
  });

  const save = (dueAt: number) =>
    new Promise<void>((resolve) => {
      // A slot per save in flight, so every save carries its slot's current version.
      const slot = free.pop() ?? Math.floor(Math.random() * slots.assessmentIds.length);
      const body = JSON.stringify({ questionId: slots.questionId, value: `Benchmark answer ${++counter} (slot ${slot})`, expectedVersion: slots.versions[slot] });
      requests++;
      const request = http.request(
        { agent, host: url.hostname, port: url.port, method: 'PUT', path: `/api/v1/assessments/${slots.assessmentIds[slot]}/answers`, headers: { cookie: options.cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 10_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString();
            if (status >= 200 && status < 300) {
              const took = performance.now() - dueAt;
              latencies.push(took);
              if (took > 50) slow.push(`${((dueAt - start) / 1000).toFixed(1)}s:${Math.round(took)}`);
            }
            else {
              non2xx++;
              failures[status] = (failures[status] ?? 0) + 1;
              firstFailure ??= `${status} ${text.slice(0, 300)}`;
            }
            try {
              const parsed = JSON.parse(text) as { version?: number; details?: { currentVersion?: number } };
              const version = status === 200 ? parsed.version : parsed.details?.currentVersion;
              if (typeof version === 'number') slots.versions[slot] = version;
            } catch {
              // a non-JSON error page: the slot's next save will tell
            }
            free.push(slot);
            resolve();
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        errors++;
        free.push(slot);
        resolve();
      });
      request.end(body);
    });

  const interval = 1000 / rate;
  const end = start + options.seconds * 1000;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; !stopped; i++) {
    const dueAt = start + i * interval;
    if (dueAt >= end) break;
    const wait = dueAt - performance.now();
    // A save sent late (timers are coarse, the machine busy) still counts from when it was due.
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(save(dueAt));
  }
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(inFlight);
  agent.destroy();
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: latencies.length / seconds,
    seconds,
    requests,
    non2xx,
    failures,
    firstFailure,
    errors,
    slow,
  };
}
