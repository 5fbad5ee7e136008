import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { databaseUrl } from './helpers';

const prisma = createPrismaClient(databaseUrl(), 3);
afterAll(() => prisma.$disconnect());

/** The server process behind each of three statements run at once (each holds its connection for 50 ms, so all three are open). */
async function backendsOfABurst(): Promise<number[]> {
  const rows = await Promise.all([0, 1, 2].map(() => prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid, pg_sleep(0.05)::text AS slept`));
  return rows.map((r) => r[0]!.pid).sort();
}

it('keeps its connections through a quiet spell, so a burst after it opens none (a new one is a backend process and a handshake)', async () => {
  const first = await backendsOfABurst();
  expect(new Set(first).size).toBe(3);
  // pg closes a connection left idle for 10 s unless told otherwise.
  await sleep(11_000);
  expect(await backendsOfABurst()).toEqual(first);
}, 30_000);
