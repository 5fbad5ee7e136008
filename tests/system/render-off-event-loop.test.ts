import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@/lib/auth/current-session';
import { TEMPLATES_DIR } from '@/lib/content/load-templates';
import { syncTemplates } from '@/lib/content/sync-templates';
import { createPrismaClient, type TPrisma } from '@/lib/db/client';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';
import { seedBench, type TBenchSeed } from '../../scripts/bench/seed';
import { startApp, type TRunningApp } from './processes';

/**
 * The built app (as `npm start` serves it) while five planners download five different RFP drafts
 * at once (seconds of CPU each): one more planner's answer saves, one every 20 ms, keep being answered. Nothing here
 * is timed; what is counted is how many saves complete before the first of the five drafts has
 * arrived. With rendering on the event loop a save waits for a render to end (one or two get
 * through in between); off it, saves carry on meanwhile. Then the rendered bytes outlive the process.
 */
let workDir: string;
let pg: RunningPostgres;
let prisma: TPrisma;
let app: TRunningApp | undefined;
let port: number;
let seed: TBenchSeed;
const SAVES_BEFORE_FIRST_DRAFT = 10;

const cookie = (token: string) => `${SESSION_COOKIE}=${token}`;
const draft = (r: { sessionToken: string; assessmentId: string }) =>
  fetch(`http://localhost:${port}/api/v1/assessments/${r.assessmentId}/rfp/draft.pdf`, { headers: { cookie: cookie(r.sessionToken) } });

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-render-'));
  fs.chmodSync(workDir, 0o755);
  pg = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), preferredPort: 55_660 });
  await applyMigrations(pg.url);
  prisma = createPrismaClient(pg.url, 2);
  await syncTemplates(prisma, TEMPLATES_DIR);
  seed = await seedBench(prisma, 1, 5);
  port = await findFreePort(3_670);
  app = await startApp(port, pg.url);
}, 120_000);

afterAll(async () => {
  await app?.kill9();
  await prisma?.$disconnect();
  await pg?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('PDF renders run off the event loop', () => {
  it('answers saves while five different RFP drafts render, with no 5xx', async () => {
    let firstDraftArrived = false;
    let savesBeforeFirstDraft = 0;
    const downloads = seed.renderers.map(async (r) => {
      const response = await draft(r);
      firstDraftArrived = true;
      return { status: response.status, type: response.headers.get('content-type'), head: Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString() };
    });
    const statuses: number[] = [];
    let version = 1;
    let n = 0;
    const allDone = Promise.all(downloads);
    let finished = false;
    void allDone.finally(() => (finished = true));
    while (!finished) {
      const response = await fetch(`http://localhost:${port}/api/v1/assessments/${seed.saveAssessmentIds[0]}/answers`, {
        method: 'PUT',
        headers: { cookie: cookie(seed.sessionToken), 'content-type': 'application/json' },
        body: JSON.stringify({ questionId: seed.saveQuestionId, value: `Saved while rendering ${++n}`, expectedVersion: version }),
      });
      statuses.push(response.status);
      if (response.ok) version = ((await response.json()) as { version: number }).version;
      if (!firstDraftArrived) savesBeforeFirstDraft++;
      // A planner's pace, not a flood: a server never left idle would hold the renders half the time (lib/app/hold-budget.ts).
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const results = await allDone;
    expect(results).toEqual(seed.renderers.map(() => ({ status: 200, type: 'application/pdf', head: '%PDF-' })));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(savesBeforeFirstDraft).toBeGreaterThanOrEqual(SAVES_BEFORE_FIRST_DRAFT);
  });

  it('serves a draft rendered before a restart from PostgreSQL, without rendering it again', async () => {
    const renderer = seed.renderers[0];
    const rows = await prisma.renderedDocument.findMany({ where: { assessmentId: renderer.assessmentId, format: 'pdf' }, select: { key: true } });
    expect(rows).toHaveLength(1);
    // Mark the stored bytes: only the cache can answer with them.
    const marked = Buffer.from('%PDF-stored before the restart');
    await prisma.renderedDocument.update({ where: { key: rows[0].key }, data: { bytes: new Uint8Array(marked) } });
    await app!.kill9();
    app = await startApp(port, pg.url);
    const response = await draft(renderer);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(marked)).toBe(true);
  });
});
