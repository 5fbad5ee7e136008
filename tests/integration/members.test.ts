import { beforeEach, describe, expect, it } from 'vitest';
import { changeRole, createMember, listMembers } from '@/lib/server/members';
import { listAssessments } from '@/lib/server/list-assessments';
import { makeOrganization, testDb, truncateAll } from './helpers';

const newMember = { email: 'new.person@test.example', name: 'Nouvelle Personne', role: 'reviewer', password: 'a-long-enough-password' };

async function snapshot() {
  const prisma = testDb();
  return { users: await prisma.user.findMany({ orderBy: { email: 'asc' } }), memberships: await prisma.membership.findMany({ orderBy: { id: 'asc' } }) };
}

describe('members', () => {
  beforeEach(truncateAll);

  it('an admin adds a new account and a person who already belongs elsewhere', async () => {
    const a = await makeOrganization(['admin']);
    const b = await makeOrganization(['admin', 'planner'], 'B');
    const created = await createMember(testDb(), a.actors.admin, newMember);
    expect(created.newAccount).toBe(true);
    const joined = await createMember(testDb(), a.actors.admin, { ...newMember, email: b.actors.planner.email, role: 'consultant' });
    expect(joined.newAccount).toBe(false);
    const memberships = await testDb().membership.findMany({ where: { userId: b.actors.planner.userId } });
    expect(memberships.map((m) => m.role).sort()).toEqual(['consultant', 'planner']);
    expect(await testDb().auditEvent.count({ where: { action: 'member.created' } })).toBe(2);
  });

  it.each(['planner', 'reviewer', 'consultant'] as const)('refuses a %s on the server, whatever the UI shows', async (role) => {
    const { actors } = await makeOrganization([role, 'admin']);
    const before = await snapshot();
    await expect(createMember(testDb(), actors[role], newMember)).rejects.toThrow('Your role does not allow this.');
    await expect(changeRole(testDb(), actors[role], { membershipId: actors.admin.membershipId, role: 'planner' })).rejects.toThrow('Your role does not allow this.');
    await expect(listMembers(testDb(), actors[role])).rejects.toThrow('Your role does not allow this.');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [{ ...newMember, email: 'not an email' }, 'email'],
    [{ ...newMember, role: 'superuser' }, 'role'],
    [{ ...newMember, password: 'short' }, 'password'],
    [{ ...newMember, name: '' }, 'name'],
    [{ ...newMember, name: 'x'.repeat(201) }, 'name'],
  ])('refuses bad input (%j) with a message on %s and changes nothing', async (input, field) => {
    const { actors } = await makeOrganization(['admin']);
    const before = await snapshot();
    const error = await createMember(testDb(), actors.admin, input).catch((e) => e);
    expect(error.status).toBe(422);
    expect(error.details[field][0]).toMatch(/\w/);
    expect(await snapshot()).toEqual(before);
  });

  it('changes a role, audited, and refuses to remove the last admin', async () => {
    const { actors } = await makeOrganization(['admin', 'planner']);
    await changeRole(testDb(), actors.admin, { membershipId: actors.planner.membershipId, role: 'reviewer' });
    expect((await testDb().membership.findUniqueOrThrow({ where: { id: actors.planner.membershipId } })).role).toBe('reviewer');
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { action: 'member.role-changed' } });
    expect([audit.before, audit.after]).toEqual([{ role: 'planner' }, { role: 'reviewer' }]);
    await expect(changeRole(testDb(), actors.admin, { membershipId: actors.admin.membershipId, role: 'planner' })).rejects.toThrow(/at least one administrator/);
    await expect(changeRole(testDb(), actors.admin, { membershipId: actors.admin.membershipId, role: 'owner' })).rejects.toMatchObject({ status: 422 });
  });

  it("treats another organisation's records as not found", async () => {
    const a = await makeOrganization(['admin', 'planner']);
    const b = await makeOrganization(['admin', 'planner'], 'B');
    await expect(changeRole(testDb(), a.actors.admin, { membershipId: b.actors.planner.membershipId, role: 'admin' })).rejects.toThrow('That member was not found.');
    expect((await testDb().membership.findUniqueOrThrow({ where: { id: b.actors.planner.membershipId } })).role).toBe('planner');
    expect((await listMembers(testDb(), a.actors.admin)).map((m) => m.email).sort()).toEqual([a.actors.admin.email, a.actors.planner.email].sort());
    await testDb().assessment.create({ data: { organizationId: b.organization.id, name: 'B only', country: 'Bénin', createdById: b.actors.planner.userId } });
    expect(await listAssessments(testDb(), a.actors.planner)).toEqual([]);
    expect(await listAssessments(testDb(), b.actors.planner)).toHaveLength(1);
  });
});
