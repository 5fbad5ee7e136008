import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import { answer, decide, fixtureAssessment } from './assessment-fixture';
import { databaseUrl, makeOrganization, truncateAll } from './helpers';

/**
 * What a save costs the database, counted at the driver: every statement the pg client sends is one
 * round trip. The usual save is one read and one write; a budget here fails the moment it grows.
 */
const statements: string[] = [];
const counted = createPrismaClient(databaseUrl(), 2, { onStatement: (sql) => statements.push(sql.trim().replace(/\s+/g, ' ')) });
const firstWords = () => statements.map((s) => s.split(' ')[0].toUpperCase());

async function countedSave(input: Parameters<typeof saveAnswer>[2], actor: Parameters<typeof saveAnswer>[1]) {
  statements.length = 0;
  const result = await saveAnswer(counted, actor, input);
  return { result, sent: firstWords() };
}

beforeEach(truncateAll);
afterAll(() => counted.$disconnect());

describe('statements per save', () => {
  it('an update is two round trips: one read, one write (the change, its audit row, the touch)', async () => {
    const { actors } = await makeOrganization(['planner']);
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'First');
    // The template of this process is cached by its immutable version id after the first use.
    await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'Warm', expectedVersion: 1 }, actors.planner);

    const { result, sent } = await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'Second', expectedVersion: 2 }, actors.planner);
    expect(result).toEqual({ version: 3, changed: true, reopened: [] });
    expect(sent).toEqual(['SELECT', 'WITH']);
  });

  it('a first answer is the same two; a refused version is one (the read)', async () => {
    const { actors } = await makeOrganization(['planner']);
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Warm the template cache');
    expect((await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.users', value: 2500, expectedVersion: 0 }, actors.planner)).sent).toEqual(['SELECT', 'WITH']);
    statements.length = 0;
    await expect(saveAnswer(counted, actors.planner, { assessmentId: id, questionId: 'commcare.p1.s1.users', value: 2600, expectedVersion: 0 })).rejects.toMatchObject({ status: 409 });
    expect(firstWords()).toEqual(['SELECT']);
  });

  it('re-opening a checkpoint adds one transaction with an update and an audit row per checkpoint', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer']);
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');
    await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
    await decide(actors.planner, id, 'commcare.p1.s1.cp-summary', 'submit');
    await decide(actors.reviewer, id, 'commcare.p1.s1.cp-summary', 'approve');
    const { result, sent } = await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.users', value: 3000, expectedVersion: 1 }, actors.planner);
    expect(result.reopened.map((r) => r.checkpointId)).toEqual(['commcare.p1.s1.cp-summary']);
    expect(sent).toEqual(['SELECT', 'BEGIN', 'WITH', 'UPDATE', 'INSERT', 'COMMIT']);
  });
});
