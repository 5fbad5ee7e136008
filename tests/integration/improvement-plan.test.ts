import { beforeEach, describe, expect, it } from 'vitest';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { answer, decide, fixtureAssessment } from './assessment-fixture';

describe('the improvement plan on the assessment overview', () => {
  beforeEach(truncateAll);

  it('follows the assessment as it moves: the current phase first, what holds up the most first', async () => {
    const { actors } = await makeOrganization();
    const { id } = await fixtureAssessment(actors.planner);
    const plan = async () => (await loadAssessmentPage(testDb(), actors.reviewer, id)).tracks[0]!.plan.map((i) => `${i.id.replace('commcare.', '')} ${i.status}`);

    expect((await plan()).slice(0, 3)).toEqual(['p1.s1.summary unanswered', 'p1.s1.users unanswered', 'p1.s2.sized unanswered']);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');
    await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
    await decide(actors.planner, id, 'commcare.p1.s1.cp-summary', 'submit');
    expect((await plan()).slice(0, 3)).toEqual(['p1.s2.sized unanswered', 'p1.s1.cp-summary submitted', 'p1.s2.cp-sized open']);

    await answer(actors.planner, id, 'commcare.p1.s2.sized', 'yes');
    await decide(actors.planner, id, 'commcare.p1.s2.cp-sized', 'submit');
    for (const cp of ['commcare.p1.s1.cp-summary', 'commcare.p1.s2.cp-sized']) await decide(actors.reviewer, id, cp, 'approve');
    const after = await plan();
    expect(after[0]).toMatch(/^p2\./);
    expect(after.some((i) => i.startsWith('p1.'))).toBe(false);
  });

  it('is another organisation’s "not found"', async () => {
    const home = await makeOrganization(undefined, 'Home');
    const other = await makeOrganization(undefined, 'Other');
    const { id } = await fixtureAssessment(home.actors.planner);
    expect((await refusal(loadAssessmentPage(testDb(), other.actors.admin, id))).status).toBe(404);
  });
});
