import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrismaClient, type TPrisma } from '@/lib/db/client';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';
import { syncTemplates } from '@/lib/content/sync-templates';
import { newSessionToken, hashToken } from '@/lib/auth/tokens';
import { SESSION_COOKIE } from '@/lib/auth/current-session';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { kill9Postgres, restartPostgres, startApp, type TRunningApp } from './processes';

/**
 * "Killing the server in the middle of saves loses nothing that was acknowledged": the built app
 * on its own port and PostgreSQL, many concurrent autosaves, kill -9 of the Next process while
 * requests are in flight, a restart on the same database; then the same with kill -9 of the
 * postmaster. Every 2xx must be in the database afterwards and the database must be consistent.
 */

interface TQuestion {
  id: string;
  kind: 'text' | 'longtext' | 'number';
}

/** Phase-1 questions that take free text or a number, from both questionnaires. */
const QUESTIONS: TQuestion[] = ['commcare', 'dhis2'].flatMap((key) => {
  const template = JSON.parse(fs.readFileSync(path.join('content/templates', `${key}.json`), 'utf8'));
  return template.phases[0].sections.flatMap((s: { questions: TQuestion[] }) => s.questions.filter((q) => ['text', 'longtext', 'number'].includes(q.kind)));
});
/** The value saved as version n: the database then says by itself which save each row holds. */
const valueAt = (q: TQuestion, n: number) => (q.kind === 'number' ? n : `saved as version ${n}`);

let workDir: string;
let pgDir: string;
let pg: RunningPostgres | null = null;
let app: TRunningApp | null = null;
let port: number;
let prisma: TPrisma;
let cookie: string;
let assessmentId: string;
/** The newest acknowledged version of each question. */
const acked = new Map<string, number>();
/** What every app process wrote. */
const appLines: TRunningApp['lines'][] = [];

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-system-'));
  fs.chmodSync(workDir, 0o755);
  pgDir = path.join(workDir, 'pg');
  pg = await startEmbeddedPostgres({ dataDir: pgDir, preferredPort: 55_610 });
  await applyMigrations(pg.url);
  prisma = createPrismaClient(pg.url, 2);
  await syncTemplates(prisma);
  const organization = await prisma.organization.create({ data: { name: 'Crash test ministry', kind: 'ministry' } });
  const user = await prisma.user.create({ data: { email: 'planner@crash.example', name: 'Planner', passwordHash: 'not-used' } });
  await prisma.membership.create({ data: { userId: user.id, organizationId: organization.id, role: 'planner' } });
  const token = newSessionToken();
  await prisma.session.create({ data: { tokenHash: hashToken(token), userId: user.id, organizationId: organization.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  cookie = `${SESSION_COOKIE}=${token}`;
  const actor = { userId: user.id, organizationId: organization.id, role: 'planner' as const };
  ({ id: assessmentId } = await createAssessment(prisma, actor, { name: 'Crash test', country: 'Senegal', platforms: ['commcare', 'dhis2'] }));
  await prisma.$disconnect();
  port = await findFreePort(3_550);
}, 90_000);

afterAll(async () => {
  await app?.kill9();
  await prisma?.$disconnect();
  await pg?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

interface TFailure {
  status: number;
  requestId: string | null;
}

/**
 * One autosave loop per question, all at once: each saves the next version as soon as the last
 * was acknowledged, and stops at its first refusal or lost connection. `stop()` is awaited
 * while requests are in flight.
 */
async function saveUntilKilled(kill: () => Promise<void>, killAfterAcks: number): Promise<{ acknowledged: number; failures: TFailure[] }> {
  let acknowledged = 0;
  let enough: () => void = () => {};
  const enoughAcks = new Promise<void>((resolve) => (enough = resolve));
  const failures: TFailure[] = [];
  const worker = async (q: TQuestion, saves = Infinity) => {
    for (let i = 0; i < saves; i++) {
      const expectedVersion = acked.get(q.id) ?? 0;
      const response = await fetch(`http://localhost:${port}/api/v1/assessments/${assessmentId}/answers`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie, origin: `http://localhost:${port}` },
        body: JSON.stringify({ questionId: q.id, value: valueAt(q, expectedVersion + 1), expectedVersion }),
      }).catch(() => null);
      if (!response) return; // connection refused or reset: not acknowledged
      if (!response.ok) {
        failures.push({ status: response.status, requestId: response.headers.get('x-request-id') });
        return;
      }
      // Acknowledged means the whole response arrived: a kill can cut it after the status line.
      const body = (await response.json().catch(() => null)) as { version: number } | null;
      if (!body) return;
      expect(body.version).toBe(expectedVersion + 1);
      acked.set(q.id, body.version);
      if (++acknowledged === killAfterAcks) enough();
    }
  };
  // The first save of a fresh process loads the route and opens the pool: out of the timed load.
  await worker(QUESTIONS[0]!, 1);
  const workers = QUESTIONS.map((q) => worker(q));
  // Killed as soon as enough saves were acknowledged: the other loops have theirs in flight.
  await Promise.race([enoughAcks, sleep(20_000, undefined, { ref: false })]);
  await kill();
  await Promise.all(workers);
  return { acknowledged, failures };
}

/** Every acknowledged save is there, and every answer matches its audit trail version by version. */
async function serve(url: string): Promise<TRunningApp> {
  const running = await startApp(port, url);
  appLines.push(running.lines);
  return running;
}

async function expectNothingLost(url: string) {
  const client = createPrismaClient(url, 1);
  try {
    const answers = await client.answer.findMany({ where: { assessmentId } });
    const audits = await client.auditEvent.findMany({ where: { assessmentId, action: 'answer.changed' }, orderBy: { createdAt: 'asc' } });
    for (const q of QUESTIONS) {
      const answer = answers.find((a) => a.questionId === q.id);
      const ackedVersion = acked.get(q.id) ?? 0;
      expect(answer?.version ?? 0, q.id).toBeGreaterThanOrEqual(ackedVersion);
      // At most one save per question was in flight when the process died.
      expect(answer?.version ?? 0, q.id).toBeLessThanOrEqual(ackedVersion + 1);
      const trail = audits.filter((e) => e.subject === q.id).map((e) => e.after);
      expect(trail, q.id).toEqual(Array.from({ length: answer?.version ?? 0 }, (_, i) => valueAt(q, i + 1)));
      if (answer) expect(answer.value, q.id).toEqual(valueAt(q, answer.version));
    }
    expect(answers.filter((a) => !QUESTIONS.some((q) => q.id === a.questionId))).toEqual([]);
    return answers.reduce((sum, a) => sum + a.version, 0);
  } finally {
    await client.$disconnect();
  }
}

/** Continue from what the database holds (a save may have landed without its acknowledgement). */
async function resyncVersions(url: string) {
  const client = createPrismaClient(url, 1);
  try {
    for (const a of await client.answer.findMany({ where: { assessmentId } })) acked.set(a.questionId, a.version);
  } finally {
    await client.$disconnect();
  }
}

const isJson = (text: string) => {
  try {
    return typeof JSON.parse(text) === 'object';
  } catch {
    return false;
  }
};

it('loses no acknowledged save when the app, then PostgreSQL, is killed with SIGKILL mid-load', async () => {
  const started = Date.now();
  // 1. kill -9 of the Next server while every question has a save in flight.
  app = await serve(pg!.url);
  const first = await saveUntilKilled(() => app!.kill9(), 3 * QUESTIONS.length);
  expect(first.acknowledged).toBeGreaterThanOrEqual(3 * QUESTIONS.length);
  expect(first.failures).toEqual([]);
  app = await serve(pg!.url);
  const stored = await expectNothingLost(pg!.url);
  console.log(`app kill: ${first.acknowledged} saves acknowledged, ${stored} versions stored (${stored - first.acknowledged} landed unacknowledged), 0 lost`);

  // 2. kill -9 of the postmaster under the same load; the app answers 500 until it is back.
  await resyncVersions(pg!.url);
  const linesBefore = app.lines.length;
  const second = await saveUntilKilled(() => kill9Postgres(pgDir), 3 * QUESTIONS.length);
  const killedPort = pg!.port;
  pg = null; // the killed cluster has nothing left to stop
  expect(second.acknowledged).toBeGreaterThanOrEqual(3 * QUESTIONS.length);
  // Errors while PostgreSQL was gone: each 500 carries a request id and is logged once, as JSON.
  // The log line is written before the response, but reaches us through another pipe.
  const loggedIds = () => new Set(app!.lines.slice(linesBefore).map((l) => (isJson(l.text) ? JSON.parse(l.text).requestId : null)));
  await expect.poll(() => second.failures.filter((f) => !loggedIds().has(f.requestId)).length, { timeout: 5_000 }).toBe(0);
  const logs = app.lines.slice(linesBefore);
  for (const failure of second.failures.filter((f) => f.status === 500)) {
    expect(failure.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const mentions = logs.filter((l) => l.text.includes(failure.requestId!));
    expect(mentions, `log lines of request ${failure.requestId}`).toHaveLength(1);
    expect(JSON.parse(mentions[0]!.text)).toMatchObject({ level: 'error', msg: 'route failed', requestId: failure.requestId, context: { method: 'PUT' } });
  }
  expect(second.failures.length).toBeGreaterThan(0);
  expect(second.failures.every((f) => f.status === 500)).toBe(true);
  pg = await restartPostgres(pgDir, killedPort);
  expect(pg.port).toBe(killedPort);
  // The running app reconnects by itself once PostgreSQL is back.
  await expect.poll(async () => (await fetch(`http://localhost:${port}/api/health`)).status, { timeout: 15_000, interval: 200 }).toBe(200);
  const storedAfter = await expectNothingLost(pg.url);
  console.log(`postgres kill: ${second.acknowledged} more acknowledged, ${second.failures.length} refused with 500, ${storedAfter} versions stored, 0 lost`);

  // And saves again.
  await resyncVersions(pg.url);
  const third = await saveUntilKilled(() => app!.kill9(), QUESTIONS.length);
  expect(third.acknowledged).toBeGreaterThan(0);
  app = null;
  await expectNothingLost(pg.url);

  // Everything the server wrote after its start-up banner is JSON.
  const serverLines = appLines.flat().map((l) => l.text).filter((t) => !/^\s*(▲|-|✓|\u001b)/.test(t));
  expect(serverLines.filter((t) => !isJson(t))).toEqual([]);
  console.log(`system test body took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 120_000);
