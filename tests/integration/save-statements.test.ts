import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/permissions';
import { syncTemplates } from '@/lib/content/sync-templates';
import { createPrismaClient } from '@/lib/db/client';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import { upgradeTemplate } from '@/lib/server/assessments/upgrade-template';
import { answer, decide, fixtureAssessment, FIXTURE_TEMPLATES } from './assessment-fixture';
import { databaseUrl, makeOrganization, testDb, truncateAll } from './helpers';

/**
 * What a save costs the database, counted at the driver: every statement the pg client sends is one
 * round trip. The usual save is one statement (the write, which checks what it assumed); a budget
 * here fails the moment it grows.
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
  it('an update is one round trip: the change, its audit row and the touch, with the template version and the checkpoints checked in it', async () => {
    const { actors } = await makeOrganization(['planner']);
    // The template itself is parsed once per process, keyed by its immutable version id.
    await answer(actors.planner, (await fixtureAssessment(actors.planner)).id, 'commcare.p1.s1.summary', 'Warm the template cache');
    const { id } = await fixtureAssessment(actors.planner);
    // The first save of an assessment in this process reads its facts (and remembers its template version).
    expect((await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'First', expectedVersion: 0 }, actors.planner)).sent).toEqual(['SELECT', 'WITH']);

    const { result, sent } = await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'Second', expectedVersion: 1 }, actors.planner);
    expect(result).toEqual({ version: 2, changed: true, reopened: [] });
    expect(sent).toEqual(['WITH']);
    expect(await testDb().auditEvent.findFirstOrThrow({ where: { assessmentId: id, action: 'answer.changed', subject: 'commcare.p1.s1.summary' }, orderBy: { createdAt: 'desc' } })).toMatchObject({ before: 'First', after: 'Second' });
  });

  it('a first answer is the same one; a refused version or an unchanged value adds the read that decides', async () => {
    const { actors } = await makeOrganization(['planner']);
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Remember this assessment');
    expect((await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.users', value: 2500, expectedVersion: 0 }, actors.planner)).sent).toEqual(['WITH']);
    statements.length = 0;
    await expect(saveAnswer(counted, actors.planner, { assessmentId: id, questionId: 'commcare.p1.s1.users', value: 2600, expectedVersion: 0 })).rejects.toMatchObject({ status: 409, details: { currentVersion: 1, currentValue: 2500 } });
    expect(firstWords()).toEqual(['WITH', 'SELECT']);
    const unchanged = await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.users', value: 2500, expectedVersion: 1 }, actors.planner);
    expect(unchanged).toEqual({ result: { version: 1, changed: false, reopened: [] }, sent: ['WITH', 'SELECT'] });
    // An invalid value is never written; the read says which template version judges it.
    statements.length = 0;
    await expect(saveAnswer(counted, actors.planner, { assessmentId: id, questionId: 'commcare.p1.s1.users', value: -5, expectedVersion: 1 })).rejects.toMatchObject({ status: 422 });
    expect(firstWords()).toEqual(['SELECT']);
  });

  it('re-opening a checkpoint: the one-statement write declines, the read decides, one transaction re-opens', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer']);
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Ready');
    await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
    await decide(actors.planner, id, 'commcare.p1.s1.cp-summary', 'submit');
    await decide(actors.reviewer, id, 'commcare.p1.s1.cp-summary', 'approve');
    const { result, sent } = await countedSave({ assessmentId: id, questionId: 'commcare.p1.s1.users', value: 3000, expectedVersion: 1 }, actors.planner);
    expect(result.reopened.map((r) => r.checkpointId)).toEqual(['commcare.p1.s1.cp-summary']);
    expect(sent).toEqual(['WITH', 'SELECT', 'BEGIN', 'WITH', 'UPDATE', 'INSERT', 'COMMIT']);
    expect(await testDb().checkpointState.findFirstOrThrow({ where: { assessmentId: id, checkpointId: 'commcare.p1.s1.cp-summary' } })).toMatchObject({ status: 'open' });
  });

  it('what this process remembers never lets another organisation write', async () => {
    const home = await makeOrganization(['planner']);
    const other = await makeOrganization(['planner']);
    const { id } = await fixtureAssessment(home.actors.planner);
    await answer(home.actors.planner, id, 'commcare.p1.s1.summary', 'Ours');
    await expect(saveAnswer(counted, other.actors.planner, { assessmentId: id, questionId: 'commcare.p1.s1.summary', value: 'Theirs', expectedVersion: 1 })).rejects.toMatchObject({ status: 404 });
    expect(await testDb().answer.findFirstOrThrow({ where: { assessmentId: id, questionId: 'commcare.p1.s1.summary' } })).toMatchObject({ value: 'Ours', version: 1 });
  });

  it('an upgraded template (here or on another instance) is noticed: the value is checked against the new version', async () => {
    const { actors } = await makeOrganization(['planner', 'reviewer', 'consultant', 'admin']);
    const upgrader = Object.values(actors).find((a) => can(a.role, 'assessment.upgrade'))!;
    const { id } = await fixtureAssessment(actors.planner);
    await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
    const v2 = JSON.parse(fs.readFileSync(path.join(FIXTURE_TEMPLATES, 'commcare.json'), 'utf8'));
    v2.version = 2;
    const users = v2.phases[0].sections[0].questions.find((q: { id: string }) => q.id === 'commcare.p1.s1.users');
    users.max = 3000;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-templates-'));
    fs.writeFileSync(path.join(dir, 'commcare.json'), JSON.stringify(v2));
    await syncTemplates(testDb(), dir);
    await upgradeTemplate(testDb(), upgrader, { assessmentId: id, platform: 'commcare', toVersion: 2 });
    // Valid under version 1, too large under version 2.
    await expect(saveAnswer(counted, actors.planner, { assessmentId: id, questionId: 'commcare.p1.s1.users', value: 4000, expectedVersion: 1 })).rejects.toMatchObject({ status: 422 });
    expect(await testDb().answer.findFirstOrThrow({ where: { assessmentId: id, questionId: 'commcare.p1.s1.users' } })).toMatchObject({ value: 2500, version: 1 });
  });
});

describe('prepared statements', () => {
  it('the save is parsed and planned once per connection, then only executed', async () => {
    const { actors } = await makeOrganization(['planner']);
    const { id } = await fixtureAssessment(actors.planner);
    const single = createPrismaClient(databaseUrl(), 1);
    try {
      for (let version = 0; version < 6; version++) await saveAnswer(single, actors.planner, { assessmentId: id, questionId: 'commcare.p1.s1.summary', value: `Version ${version + 1}`, expectedVersion: version });
      // pg_prepared_statements is per connection: the pool's only one answers for the saves above.
      const prepared = await single.$queryRaw<{ statement: string; generic_plans: bigint; custom_plans: bigint }[]>`SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements`;
      const save = prepared.filter((p) => p.statement.includes('INSERT INTO "AuditEvent"'));
      expect(save).toHaveLength(1);
      // Prepared from its third use on: the later saves ran it without a Parse.
      expect(Number(save[0].generic_plans) + Number(save[0].custom_plans)).toBeGreaterThanOrEqual(2);
      expect((await testDb().answer.findFirstOrThrow({ where: { assessmentId: id } })).version).toBe(6);
    } finally {
      await single.$disconnect();
    }
  });
});
