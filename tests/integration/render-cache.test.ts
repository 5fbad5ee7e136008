import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { TEMPLATES_DIR } from '@/lib/content/load-templates';
import { syncTemplates } from '@/lib/content/sync-templates';
import { createPrismaClient } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import type { TActor } from '@/lib/server/actor';
import { buildCurrentReport, buildCurrentRfp } from '@/lib/server/documents/issue-rfp';
import { draftRefreshSettled } from '@/lib/server/documents/refresh-drafts';
import { draftDocument, draftKey, KEPT_PER_ASSESSMENT } from '@/lib/server/documents/render-cache';
import { BUSY_MESSAGE, closeRenderPool, renderInPool, renderProcessIds, renderWhenIdle, USER_BUSY_MESSAGE } from '@/lib/server/documents/render-pool';
import { foregroundBusy, foregroundRequest } from '@/lib/app/foreground';
import { HOLD_SHARE } from '@/lib/app/hold-budget';
import { saveRfpDetails } from '@/lib/server/documents/save-rfp-details';
import { saveOrganizationTemplate } from '@/lib/server/templates/save-template';
import { saveBudgetSettings } from '@/lib/server/outputs/save-budget-settings';
import { removeRateOverride, saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { saveTeam } from '@/lib/server/outputs/save-team';
import { DomainError } from '@/lib/server/errors';
import { answer, decide, fixtureAssessment } from './assessment-fixture';
import { databaseUrl, makeOrganization, refusal, testDb, truncateAll } from './helpers';

const model = (title: string): TDocModel => ({
  kind: 'report',
  title,
  subtitle: 'Cache test',
  clientName: 'Ministère de la Santé',
  generatedOn: '25 November 2026',
  coverLines: [],
  isDraft: false,
  missing: [],
  sections: [{ id: 's1', number: '1', title: 'Section', level: 1, blocks: [{ kind: 'paragraph', runs: [{ text: 'Texte accentué.' }] }] }],
});

const NOW = new Date('2026-11-25T10:00:00Z');

/** On the small fixture template (fast renders), or on the real CommCare template (answers that size and cost). */
async function assessment(template: 'fixture' | 'real' = 'fixture') {
  const org = await makeOrganization();
  if (template === 'fixture') return { ...org, assessmentId: (await fixtureAssessment(org.actors.planner)).id };
  await syncTemplates(testDb(), TEMPLATES_DIR);
  const { id } = await createAssessment(testDb(), org.actors.planner, { name: 'Santé numérique', country: 'Sénégal', platforms: ['commcare'] });
  return { ...org, assessmentId: id };
}

/** Settles every promise; the reasons of the rejected ones. */
async function rejections(promises: Promise<unknown>[]): Promise<unknown[]> {
  return (await Promise.allSettled(promises)).flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
}

/** The keys of the four drafts and the two document models, as of `now`. */
async function snapshot(actor: TActor, assessmentId: string, now = NOW) {
  const keys = [];
  for (const kind of ['rfp', 'report'] as const) for (const format of ['pdf', 'docx'] as const) keys.push((await draftKey(testDb(), actor, assessmentId, kind, format, now))!.key);
  const models = JSON.stringify([await buildCurrentRfp(testDb(), actor, assessmentId, now), await buildCurrentReport(testDb(), actor, assessmentId, now)]);
  return { keys, models };
}

beforeEach(truncateAll);
afterEach(() => {
  for (const name of ['RENDER_MAX_PER_USER', 'RENDER_MAX_QUEUE', 'RENDER_PROCESSES']) delete process.env[name];
  process.env.DRAFT_REFRESH_MS = '0'; // as the integration project runs
  resetEnvCache();
});
afterAll(closeRenderPool);

describe('draft documents are cached in PostgreSQL under a key of what they are drawn from', () => {
  it('renders in a worker once, then serves the stored bytes (what another instance or a restart would find)', async () => {
    const { actors, assessmentId } = await assessment();
    const first = await draftDocument(testDb(), actors.planner, { assessmentId, kind: 'report', format: 'pdf', now: NOW });
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    const { key, bytes } = (await draftKey(testDb(), actors.planner, assessmentId, 'report', 'pdf', NOW))!;
    expect(Buffer.from(bytes!).equals(first)).toBe(true);

    // Nothing in this process remembers the render: a changed row is what the next request gets, whoever asks.
    await testDb().renderedDocument.update({ where: { key }, data: { bytes: new Uint8Array(Buffer.from('stored bytes')) } });
    expect((await draftDocument(testDb(), actors.reviewer, { assessmentId, kind: 'report', format: 'pdf', now: NOW })).toString()).toBe('stored bytes');
  });

  it('changes the key whenever an input of the document changes, and only then', async () => {
    const { actors, assessmentId, organization } = await assessment('real');
    const { planner, reviewer, consultant } = actors;
    const member = (level: number) => [{ name: 'Aïcha Ndiaye', role: 'System administrator', engagement: 'in-house' as const, fte: 1, levels: { 'commcare.deploys': level } }];
    const changes: [string, () => Promise<unknown>][] = [
      ['an answer', () => answer(planner, assessmentId, 'commcare.p1.s1-2.mobile-users', 2500)],
      ['the same answer changed', () => answer(planner, assessmentId, 'commcare.p1.s1-2.mobile-users', 2600)],
      ['another answer', () => answer(planner, assessmentId, 'commcare.p1.s1-2.forms-per-user-month', 80)],
      ['a checkpoint submitted', () => decide(planner, assessmentId, 'commcare.p1.s1-2.cp-scale', 'submit')],
      ['a checkpoint approved', () => decide(reviewer, assessmentId, 'commcare.p1.s1-2.cp-scale', 'approve')],
      ['the reviewer’s name', () => testDb().user.update({ where: { id: reviewer.userId }, data: { name: 'Renamed Reviewer' } })],
      ['the team', () => saveTeam(testDb(), planner, { assessmentId, team: member(1) })],
      ['a team member’s level', () => saveTeam(testDb(), planner, { assessmentId, team: member(3) })],
      ['the budget settings', () => saveBudgetSettings(testDb(), consultant, { assessmentId, years: 3, currency: { code: 'XOF', exchangeRate: 600, minorDigits: 0 }, expectedVersion: 0 })],
      ['a rate override', () => saveRateOverride(testDb(), consultant, { assessmentId, option: 'on-premise', rateKey: 'serverCapex', value: 900_000 })],
      ['a rate override’s value', () => saveRateOverride(testDb(), consultant, { assessmentId, option: 'on-premise', rateKey: 'serverCapex', value: 950_000, reason: 'Quote from a local vendor' })],
      ['a rate override removed', () => removeRateOverride(testDb(), consultant, { assessmentId, option: 'on-premise', rateKey: 'serverCapex' })],
      ['the RFP details', () => saveRfpDetails(testDb(), consultant, { assessmentId, details: { clientName: 'Ministère de la Santé', hostingQuotes: 3 }, expectedVersion: 0 })],
      ['the RFP details again', () => saveRfpDetails(testDb(), consultant, { assessmentId, details: { clientName: 'Ministère de la Santé', hostingQuotes: 4 }, expectedVersion: 1 })],
      ['the assessment’s name', () => testDb().assessment.update({ where: { id: assessmentId }, data: { name: 'Évaluation renommée' } })],
      ['the organisation’s name', () => testDb().organization.update({ where: { id: organization.id }, data: { name: 'Ministère renommé' } })],
    ];
    await answer(planner, assessmentId, 'commcare.p1.s1-2.intended-scale', 'National roll-out over three years.');
    const history = [await snapshot(planner, assessmentId)];
    expect(await snapshot(planner, assessmentId)).toEqual(history[0]);
    expect(new Set(history[0].keys).size).toBe(4);
    for (const [what, change] of changes) {
      await change();
      const before = history.at(-1)!;
      const after = await snapshot(planner, assessmentId);
      // The change is an input of the documents (a model differs), and every key moved with it.
      expect(after.models, what).not.toBe(before.models);
      for (const [i, key] of after.keys.entries()) expect(key, what).not.toBe(before.keys[i]);
      // Asking again changes nothing.
      expect((await snapshot(planner, assessmentId)).keys, what).toEqual(after.keys);
      history.push(after);
    }
    // The same inputs give the same key: removing the override brings back the documents before it.
    const at = (what: string) => history[changes.findIndex(([w]) => w === what) + 1];
    expect(at('a rate override removed')).toEqual(at('the budget settings'));
    // The next day the documents carry another date: new keys.
    const tomorrow = await snapshot(planner, assessmentId, new Date(NOW.getTime() + 86_400_000));
    expect(tomorrow.models).not.toBe(history.at(-1)!.models);
    for (const [i, key] of tomorrow.keys.entries()) expect(key).not.toBe(history.at(-1)!.keys[i]);
  });

  it('serves the changed document after a change, not the cached one', async () => {
    const { actors, assessmentId } = await assessment();
    const first = await draftDocument(testDb(), actors.planner, { assessmentId, kind: 'rfp', format: 'pdf', now: NOW });
    await answer(actors.planner, assessmentId, 'commcare.p1.s1.users', 2500);
    const second = await draftDocument(testDb(), actors.planner, { assessmentId, kind: 'rfp', format: 'pdf', now: NOW });
    expect(second.equals(first)).toBe(false);
    expect(await testDb().renderedDocument.count({ where: { assessmentId } })).toBe(2);
  });

  it('answers 404 to another organisation, without a key or bytes', async () => {
    const { actors, assessmentId } = await assessment();
    await draftDocument(testDb(), actors.planner, { assessmentId, kind: 'report', format: 'docx', now: NOW });
    const other = await makeOrganization(['planner'], 'Other');
    expect(await draftKey(testDb(), other.actors.planner, assessmentId, 'report', 'docx', NOW)).toBeNull();
    expect((await refusal(draftDocument(testDb(), other.actors.planner, { assessmentId, kind: 'report', format: 'docx', now: NOW }))).status).toBe(404);
    expect((await refusal(draftDocument(testDb(), other.actors.planner, { assessmentId: 'not-a-uuid', kind: 'report', format: 'docx', now: NOW }))).status).toBe(404);
  });

  it(`keeps the newest ${KEPT_PER_ASSESSMENT} documents of an assessment`, async () => {
    const { actors, assessmentId } = await assessment();
    let firstKey = '';
    for (let i = 0; i <= KEPT_PER_ASSESSMENT; i++) {
      await answer(actors.planner, assessmentId, 'commcare.p1.s1.users', 100 + i);
      await draftDocument(testDb(), actors.planner, { assessmentId, kind: 'report', format: 'docx', now: NOW });
      firstKey ||= (await draftKey(testDb(), actors.planner, assessmentId, 'report', 'docx', NOW))!.key;
    }
    const kept = await testDb().renderedDocument.findMany({ where: { assessmentId }, select: { key: true } });
    expect(kept).toHaveLength(KEPT_PER_ASSESSMENT);
    expect(kept.map((k) => k.key)).not.toContain(firstKey);
  });

  it('the server only works out the key: the render process reads the draft’s data, draws it and stores it', async () => {
    const { actors, assessmentId } = await assessment('real');
    const sent: string[] = [];
    const counted = createPrismaClient(databaseUrl(), 2, { onStatement: (sql) => sent.push(sql.trim().split(/\s+/)[0]!.toUpperCase()) });
    try {
      const bytes = await draftDocument(counted, actors.planner, { assessmentId, kind: 'rfp', format: 'pdf', now: NOW });
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      // Who is asking reads in which language, then the key: nothing of the answers, checkpoints, outputs, nor the insert of the bytes.
      expect(sent).toEqual(['SELECT', 'WITH']);
      expect(Buffer.from((await draftKey(testDb(), actors.planner, assessmentId, 'rfp', 'pdf', NOW))!.bytes!).equals(bytes)).toBe(true);
    } finally {
      await counted.$disconnect();
    }
  });

  it('a refusal found in the render process reaches the person as it is: an RFP of an assessment with no hosted platform is a 409', async () => {
    const { actors } = await makeOrganization(['admin', 'planner']);
    await saveOrganizationTemplate(testDb(), actors.admin, { source: fs.readFileSync('tests/fixtures/openmrs-template.json', 'utf8') });
    const { id } = await createAssessment(testDb(), actors.planner, { name: 'OpenMRS', country: 'Kenya', platforms: [], templates: ['openmrs'] });
    const error = await refusal(draftDocument(testDb(), actors.planner, { assessmentId: id, kind: 'rfp', format: 'pdf', now: NOW }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/covers neither/);
    // The report has no such condition: the same render process draws it.
    expect((await draftDocument(testDb(), actors.planner, { assessmentId: id, kind: 'report', format: 'pdf', now: NOW })).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a request for a document being rendered waits for that render rather than starting another', async () => {
    const { actors, assessmentId } = await assessment();
    const [a, b] = await Promise.all([actors.planner, actors.reviewer].map((actor) => draftDocument(testDb(), actor, { assessmentId, kind: 'rfp', format: 'pdf', now: NOW })));
    expect(a).toBe(b);
  });
});

describe('a change re-renders the drafts in the background', () => {
  it('after a burst of changes, the draft RFP (PDF and DOCX) and the report are cached for the state they left', async () => {
    process.env.DRAFT_REFRESH_MS = '100';
    resetEnvCache();
    const { actors, assessmentId } = await assessment();
    for (let users = 1; users <= 5; users++) await answer(actors.planner, assessmentId, 'commcare.p1.s1.users', users * 100);
    await draftRefreshSettled();
    const now = new Date();
    for (const [kind, format] of [['rfp', 'pdf'], ['report', 'pdf'], ['rfp', 'docx']] as const) {
      expect((await draftKey(testDb(), actors.planner, assessmentId, kind, format, now))!.bytes, `${kind} ${format}`).not.toBeNull();
    }
    // One refresh for the burst: three documents, for the last state only.
    expect(await testDb().renderedDocument.count({ where: { assessmentId } })).toBe(3);
  });

  it('a person’s render goes before a background render that is waiting for a thread', async () => {
    await closeRenderPool();
    process.env.RENDER_PROCESSES = '1';
    resetEnvCache();
    const done: string[] = [];
    const first = renderInPool('user-1', { model: model('Interactive 1'), format: 'pdf' }).then(() => done.push('interactive 1'));
    const background = renderWhenIdle({ model: model('Background'), format: 'pdf' }).then(() => done.push('background'));
    const second = renderInPool('user-2', { model: model('Interactive 2'), format: 'pdf' }).then(() => done.push('interactive 2'));
    await Promise.all([first, background, second]);
    expect(done).toEqual(['interactive 1', 'interactive 2', 'background']);
    await closeRenderPool();
  });
});

describe('renders run in processes of their own, at a lower priority', () => {
  /** A field of every thread's /proc/<pid>/task/<tid>/stat: 19 is the nice value, 41 the scheduling policy. */
  const ofThreads = (pid: number, field: number) =>
    fs.readdirSync(`/proc/${pid}/task`).map((tid) => {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[field - 3]);
    });
  const SCHED_OTHER = 0;
  const SCHED_IDLE = 5;

  it('draws in another process, every thread of which (V8’s helpers too) runs only on CPU nobody else wants; this process keeps its own priority', async () => {
    await closeRenderPool();
    process.env.RENDER_PROCESSES = '1';
    resetEnvCache();
    const bytes = await renderInPool('user-1', { model: model('Niced'), format: 'pdf' });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const [pid] = renderProcessIds();
    expect(pid).not.toBe(process.pid);
    const policies = ofThreads(pid!, 41);
    expect(policies.length).toBeGreaterThan(3); // the main thread, libuv's and V8's helpers
    // SCHED_IDLE where util-linux's chrt is (Debian always has it), else nice 10 on every thread.
    if (fs.existsSync('/usr/bin/chrt')) expect(new Set(policies)).toEqual(new Set([SCHED_IDLE]));
    else expect(new Set(ofThreads(pid!, 19))).toEqual(new Set([10]));
    expect(ofThreads(process.pid, 41)).toContain(SCHED_OTHER);
    expect(ofThreads(process.pid, 19)).toContain(0);
  });

  it('a render process that dies fails only its own document and is replaced', async () => {
    await closeRenderPool();
    process.env.RENDER_PROCESSES = '1';
    resetEnvCache();
    await renderInPool('user-1', { model: model('Warm'), format: 'pdf' });
    const [before] = renderProcessIds();
    const dying = renderInPool('user-1', { model: model('Interrupted'), format: 'pdf' });
    process.kill(before!, 'SIGKILL');
    await expect(dying).rejects.toThrow('its render process stopped');
    const after = await renderInPool('user-1', { model: model('After'), format: 'pdf' });
    expect(after.subarray(0, 5).toString()).toBe('%PDF-');
    expect(renderProcessIds()).not.toContain(before);
    await closeRenderPool();
  });
});

describe('renders are held still while the server answers someone', () => {
  /** A report that takes about a second to draw. */
  const long = (title: string): TDocModel => ({
    ...model(title),
    sections: Array.from({ length: 16 }, (_, i) => ({ id: `s${i}`, number: String(i + 1), title: `Section ${i + 1}`, level: 1, blocks: Array.from({ length: 8 }, () => ({ kind: 'paragraph' as const, runs: [{ text: 'Texte accentué, ações, données. '.repeat(16) }] })) })),
  });
  /** The process's state letter (/proc/<pid>/stat): T is stopped. */
  const stateOf = (pid: number) => {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Polls `check` until it holds, for up to 2 s (a process at SCHED_IDLE on a busy machine acts on its stop signal when it next runs). */
  async function until(check: () => boolean): Promise<boolean> {
    for (const deadline = Date.now() + 2_000; Date.now() < deadline; await sleep(5)) if (check()) return true;
    return check();
  }
  /** The state letters seen every 10 ms until `done` settles. */
  async function statesUntil(pid: number, done: Promise<unknown>): Promise<string[]> {
    let settled = false;
    void done.finally(() => (settled = true)).catch(() => {});
    const seen: string[] = [];
    while (!settled) {
      seen.push(stateOf(pid));
      await sleep(10);
    }
    return seen;
  }
  /** A request as scripts/serve.ts counts it, open until `end()`. */
  function openRequest(body: () => void = () => {}) {
    let end = () => {};
    foregroundRequest(body, (close) => (end = close));
    return () => end();
  }
  async function onePool() {
    await closeRenderPool();
    process.env.RENDER_PROCESSES = '1';
    resetEnvCache();
    await renderInPool('warm', { model: model('Warm'), format: 'pdf' });
    return renderProcessIds()[0]!;
  }
  afterEach(closeRenderPool);

  it('a render process that draws is held while a request is answered, and goes on when it ends', async () => {
    const pid = await onePool();
    const drawing = renderInPool('user-1', { model: long('Held'), format: 'pdf' });
    await sleep(100);
    const end = openRequest();
    expect(await until(() => stateOf(pid) === 'T')).toBe(true);
    end();
    expect(stateOf(pid)).not.toBe('T'); // SIGCONT wakes it at once
    expect((await drawing).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it(`a server that never goes quiet still lets a document through: held at most ${HOLD_SHARE * 100} % of the time`, async () => {
    const pid = await onePool();
    const end = openRequest();
    try {
      const drawing = renderInPool('user-1', { model: long('Busy server'), format: 'pdf' });
      const seen = await statesUntil(pid, drawing);
      expect((await drawing).subarray(0, 5).toString()).toBe('%PDF-');
      const held = seen.filter((s) => s === 'T').length / seen.length;
      expect(held).toBeGreaterThan(0);
      expect(held).toBeLessThan(HOLD_SHARE + 0.2); // sampled every 10 ms: a margin for the sampling
    } finally {
      end();
    }
  });

  it('a request that waits for its own render (a download) does not hold it', async () => {
    const pid = await onePool();
    let drawing: Promise<Buffer> | undefined;
    const end = openRequest(() => {
      drawing = renderInPool('user-1', { model: long('Downloaded'), format: 'pdf' });
    });
    try {
      await sleep(0);
      expect(foregroundBusy()).toBe(false);
      const seen = await statesUntil(pid, drawing!);
      expect(seen).not.toContain('T');
      expect((await drawing!).subarray(0, 5).toString()).toBe('%PDF-');
      expect(foregroundBusy()).toBe(true); // writing the response is work again
    } finally {
      end();
    }
  });
});

describe('the render pool admits a bounded amount of work', () => {
  it('refuses a user more renders at once than RENDER_MAX_PER_USER, with a 429 that says why', async () => {
    process.env.RENDER_MAX_PER_USER = '2';
    resetEnvCache();
    const refused = await rejections([1, 2, 3].map((i) => renderInPool('user-1', { model: model(`Per user ${i}`), format: 'docx' })));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(DomainError);
    expect(refused[0]).toMatchObject({ status: 429, message: USER_BUSY_MESSAGE });
    // The share is given back: the same user may render again.
    await expect(renderInPool('user-1', { model: model('Per user 4'), format: 'docx' })).resolves.toBeInstanceOf(Buffer);
  });

  it('refuses everyone once RENDER_MAX_QUEUE renders wait for a thread', async () => {
    process.env.RENDER_MAX_QUEUE = '1';
    resetEnvCache();
    // More renders at once than threads + 1 on any machine this runs on.
    const users = Array.from({ length: 80 }, (_, i) => `user-${i}`);
    const refused = await rejections(users.map((u) => renderInPool(u, { model: model(`Queue ${u}`), format: 'pdf' })));
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const error of refused) expect(error).toMatchObject({ status: 429, message: BUSY_MESSAGE });
  });
});
