import { beforeEach, describe, expect, it } from 'vitest';
import { GET as listRoute } from '@/app/api/v1/assessments/route';
import { GET as statusRoute } from '@/app/api/v1/assessments/[assessmentId]/route';
import { GET as queueRoute } from '@/app/api/v1/review-queue/route';
import { createApiToken } from '@/lib/server/api-tokens';
import { archiveAssessment } from '@/lib/server/assessments/archive-assessment';
import { ZAssessmentList, ZAssessmentStatus, ZReviewQueue } from '@/lib/schemas/api-read';
import { answer, decide, fixtureAssessment, signOffPhase1 } from './assessment-fixture';
import { makeOrganization, testDb, truncateAll } from './helpers';

/** Calls a route handler as a script would: only a bearer token, no cookie. */
async function call<P>(route: (r: Request, c: { params: Promise<P> }) => Promise<Response>, token: string, params: P) {
  const response = await route(new Request('http://localhost/api/v1/x', { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve(params) });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: await response.json() };
}

const tokenFor = async (actor: Parameters<typeof createApiToken>[1], scopes = ['read']) => (await createApiToken(testDb(), actor, { name: 'Script', expiresInDays: 30, scopes })).token;

describe('read routes for scripts', () => {
  beforeEach(truncateAll);

  it('list the organisation’s assessments only, in the documented shape', async () => {
    const { actors } = await makeOrganization(['planner']);
    const other = await makeOrganization(['planner']);
    const mine = await fixtureAssessment(actors.planner);
    await fixtureAssessment(other.actors.planner);
    const { status, body, cacheControl } = await call(listRoute, await tokenFor(actors.planner), {});
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-store');
    expect(ZAssessmentList.parse(body).assessments.map((a) => a.id)).toEqual([mine.id]);
    expect(body.assessments[0].platforms).toEqual(['commcare']);
  });

  it('leave archived assessments out of the list and their checkpoints out of the queue', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer', 'admin']);
    const kept = await fixtureAssessment(actors.planner);
    const archived = await fixtureAssessment(actors.planner);
    for (const id of [kept.id, archived.id]) {
      await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');
      await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
      await decide(actors.planner, id, 'commcare.p1.s1.cp-summary', 'submit');
    }
    await archiveAssessment(testDb(), actors.admin, { assessmentId: archived.id });
    const token = await tokenFor(actors.reviewer);
    expect(ZAssessmentList.parse((await call(listRoute, token, {})).body).assessments.map((a) => a.id)).toEqual([kept.id]);
    expect(ZReviewQueue.parse((await call(queueRoute, token, {})).body).items.map((i) => i.assessmentId)).toEqual([kept.id]);
  });

  it('give one assessment’s gating: locked phases with the reason, and each checkpoint’s state', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer']);
    const assessment = await fixtureAssessment(actors.planner);
    const token = await tokenFor(actors.reviewer);
    const before = ZAssessmentStatus.parse((await call(statusRoute, token, { assessmentId: assessment.id })).body);
    const [p1, p2] = before.tracks[0]!.phases;
    expect(p1).toMatchObject({ locked: false, lockedReason: null, complete: false });
    expect(p2!.locked).toBe(true);
    expect(p2!.lockedReason).toMatch(/^Phase 1 \(.+\) still has 2 checkpoints to be approved/);
    expect(p1!.checkpoints.map((c) => c.status)).toEqual(['open', 'open']);

    await answer(actors.planner, assessment.id, 'commcare.p1.s1.summary', 'Ready');
    await answer(actors.planner, assessment.id, 'commcare.p1.s1.users', 2500);
    await decide(actors.planner, assessment.id, 'commcare.p1.s1.cp-summary', 'submit');
    const submitted = ZAssessmentStatus.parse((await call(statusRoute, token, { assessmentId: assessment.id })).body);
    expect(submitted.tracks[0]!.phases[0]!.checkpoints.find((c) => c.id === 'commcare.p1.s1.cp-summary')!.status).toBe('submitted');
    expect(submitted.tracks[0]!.phases[1]!.locked).toBe(true);
  });

  it('unlock phase 2 once phase 1 is signed off, and mark phase 1 complete', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer']);
    const assessment = await fixtureAssessment(actors.planner);
    await signOffPhase1(actors.planner, actors.reviewer, assessment.id);
    const { body } = await call(statusRoute, await tokenFor(actors.planner), { assessmentId: assessment.id });
    const [p1, p2] = ZAssessmentStatus.parse(body).tracks[0]!.phases;
    expect(p1).toMatchObject({ complete: true, locked: false });
    expect(p2).toMatchObject({ locked: false, lockedReason: null });
  });

  it('list the review queue with evidence in words, to reviewers only', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer']);
    const assessment = await fixtureAssessment(actors.planner);
    await answer(actors.planner, assessment.id, 'commcare.p1.s1.summary', 'Ready');
    await answer(actors.planner, assessment.id, 'commcare.p1.s1.users', 2500);
    await decide(actors.planner, assessment.id, 'commcare.p1.s1.cp-summary', 'submit');
    const { status, body } = await call(queueRoute, await tokenFor(actors.reviewer), {});
    expect(status).toBe(200);
    const [item] = ZReviewQueue.parse(body).items;
    expect(item).toMatchObject({ assessmentId: assessment.id, checkpointId: 'commcare.p1.s1.cp-summary', submittedBy: (await testDb().user.findUniqueOrThrow({ where: { id: actors.planner.userId } })).name });
    expect(item!.evidence.map((e) => e.answer)).toContain('Ready');
    expect((await call(queueRoute, await tokenFor(actors.planner), {})).status).toBe(403);
  });

  it('refuse a token without the read scope, another organisation’s assessment and a malformed id', async () => {
    const { actors } = await makeOrganization(['admin']);
    const other = await makeOrganization(['planner']);
    const theirs = await fixtureAssessment(other.actors.planner);
    expect((await call(listRoute, await tokenFor(actors.admin, ['outputs']), {})).status).toBe(403);
    const token = await tokenFor(actors.admin);
    expect(await call(statusRoute, token, { assessmentId: theirs.id })).toMatchObject({ status: 404, body: { error: expect.any(String) } });
    expect((await call(statusRoute, token, { assessmentId: 'not-an-id' })).status).toBe(404);
    expect((await call(queueRoute, token, {})).body).toEqual({ items: [] }); // the other organisation's queue is not theirs
  });
});
