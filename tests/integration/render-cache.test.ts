import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { resetEnvCache } from '@/lib/env';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { KEPT_PER_ASSESSMENT, renderCached, renderKey } from '@/lib/server/documents/render-cache';
import { BUSY_MESSAGE, closeRenderPool, renderInPool, USER_BUSY_MESSAGE } from '@/lib/server/documents/render-pool';
import { syncTemplates } from '@/lib/content/sync-templates';
import { TEMPLATES_DIR } from '@/lib/content/load-templates';
import { DomainError } from '@/lib/server/errors';
import { makeOrganization, testDb, truncateAll } from './helpers';

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

async function assessment() {
  const org = await makeOrganization(['planner']);
  await syncTemplates(testDb(), TEMPLATES_DIR);
  const { id } = await createAssessment(testDb(), org.actors.planner, { name: 'Cache', country: 'São Tomé e Príncipe', platforms: ['commcare'] });
  return { userId: org.actors.planner.userId, assessmentId: id };
}

/** Settles every promise; the reasons of the rejected ones. */
async function rejections(promises: Promise<unknown>[]): Promise<unknown[]> {
  return (await Promise.allSettled(promises)).flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
}

beforeEach(truncateAll);
afterEach(() => {
  delete process.env.RENDER_MAX_PER_USER;
  delete process.env.RENDER_MAX_QUEUE;
  resetEnvCache();
});
afterAll(closeRenderPool);

describe('rendered documents are cached in PostgreSQL by model hash', () => {
  it('renders in a worker once, then serves the stored bytes (what another instance or a restart would find)', async () => {
    const { userId, assessmentId } = await assessment();
    const first = await renderCached(testDb(), { userId, assessmentId, model: model('Report A'), format: 'pdf' });
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    const row = await testDb().renderedDocument.findUniqueOrThrow({ where: { key: renderKey(assessmentId, model('Report A'), 'pdf') } });
    expect(Buffer.from(row.bytes).equals(first)).toBe(true);

    // Nothing in this process remembers the render: a changed row is what the next request gets.
    await testDb().renderedDocument.update({ where: { key: row.key }, data: { bytes: new Uint8Array(Buffer.from('stored bytes')) } });
    expect((await renderCached(testDb(), { userId, assessmentId, model: model('Report A'), format: 'pdf' })).toString()).toBe('stored bytes');
  });

  it('keys by assessment, format and model: a changed model is rendered again', async () => {
    const { userId, assessmentId } = await assessment();
    const pdf = await renderCached(testDb(), { userId, assessmentId, model: model('Report B'), format: 'pdf' });
    const docx = await renderCached(testDb(), { userId, assessmentId, model: model('Report B'), format: 'docx' });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const changed = await renderCached(testDb(), { userId, assessmentId, model: model('Report B, changed'), format: 'pdf' });
    expect(changed.equals(pdf)).toBe(false);
    expect(await testDb().renderedDocument.count({ where: { assessmentId } })).toBe(3);
  });

  it(`keeps the newest ${KEPT_PER_ASSESSMENT} documents of an assessment`, async () => {
    const { userId, assessmentId } = await assessment();
    for (let i = 0; i <= KEPT_PER_ASSESSMENT; i++) await renderCached(testDb(), { userId, assessmentId, model: model(`Report ${i}`), format: 'docx' });
    const kept = await testDb().renderedDocument.findMany({ where: { assessmentId }, select: { key: true } });
    expect(kept).toHaveLength(KEPT_PER_ASSESSMENT);
    expect(kept.map((k) => k.key)).not.toContain(renderKey(assessmentId, model('Report 0'), 'docx'));
  });

  it('a request for a document being rendered waits for that render rather than starting another', async () => {
    const { userId, assessmentId } = await assessment();
    const [a, b] = await Promise.all([1, 2].map(() => renderCached(testDb(), { userId, assessmentId, model: model('Report D'), format: 'pdf' })));
    expect(a).toBe(b);
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
