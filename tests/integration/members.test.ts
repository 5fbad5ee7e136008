import { beforeEach, describe, expect, it } from 'vitest';
import { changeRole, leaveOrganization, listMembers, removeMember } from '@/lib/server/members';
import { listAssessments } from '@/lib/server/list-assessments';
import { resolveSession } from '@/lib/server/sessions';
import { signIn } from '@/lib/server/sign-in';
import { makeOrganization, refusal, TEST_PASSWORD, testDb, truncateAll } from './helpers';

async function snapshot() {
  const prisma = testDb();
  return { users: await prisma.user.findMany({ orderBy: { email: 'asc' } }), memberships: await prisma.membership.findMany({ orderBy: { id: 'asc' } }) };
}

describe('members', () => {
  beforeEach(truncateAll);

  it.each(['planner', 'reviewer', 'consultant'] as const)('refuses a %s on the server, whatever the UI shows', async (role) => {
    const { actors } = await makeOrganization([role, 'admin']);
    const before = await snapshot();
    await expect(changeRole(testDb(), actors[role], { membershipId: actors.admin.membershipId, role: 'planner' })).rejects.toThrow('Your role does not allow this.');
    await expect(removeMember(testDb(), actors[role], { membershipId: actors.admin.membershipId })).rejects.toThrow('Your role does not allow this.');
    await expect(listMembers(testDb(), actors[role])).rejects.toThrow('Your role does not allow this.');
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

  it('removes a member: their sessions there end at once, their account stays, and the last admin cannot be removed', async () => {
    const { actors, organization } = await makeOrganization(['admin', 'planner']);
    const { token } = await signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, { ip: '10.5.0.1' });
    await removeMember(testDb(), actors.admin, { membershipId: actors.planner.membershipId });
    expect(await testDb().membership.count({ where: { organizationId: organization.id } })).toBe(1);
    expect(await testDb().user.count({ where: { id: actors.planner.userId } })).toBe(1);
    expect(await resolveSession(testDb(), token)).toBeNull();
    expect((await testDb().session.findFirstOrThrow({ where: { userId: actors.planner.userId } })).revokedAt).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { action: 'member.removed', organizationId: organization.id } })).toBe(1);
    const last = await refusal(removeMember(testDb(), actors.admin, { membershipId: actors.admin.membershipId }));
    expect([last.status, last.message]).toEqual([409, expect.stringMatching(/at least one administrator/)]);
  });

  it('lets a person leave an organisation; their session moves to another of theirs; the last admin stays', async () => {
    const a = await makeOrganization(['admin', 'planner'], 'A');
    const b = await makeOrganization(['admin'], 'B');
    await testDb().membership.create({ data: { userId: a.actors.planner.userId, organizationId: b.organization.id, role: 'reviewer' } });
    const { token } = await signIn(testDb(), { email: a.actors.planner.email, password: TEST_PASSWORD }, { ip: '10.5.0.2' });
    expect((await resolveSession(testDb(), token))?.organization.id).toBe(a.organization.id);
    await expect(leaveOrganization(testDb(), a.actors.planner, { organizationId: a.organization.id })).resolves.toEqual({ stillMember: true });
    const moved = await resolveSession(testDb(), token);
    expect([moved?.organization.id, moved?.role]).toEqual([b.organization.id, 'reviewer']);
    // Leaving the last one ends the session.
    await expect(leaveOrganization(testDb(), { ...a.actors.planner, organizationId: b.organization.id, role: 'reviewer' }, { organizationId: b.organization.id })).resolves.toEqual({ stillMember: false });
    expect(await resolveSession(testDb(), token)).toBeNull();
    // An organisation's only administrator cannot leave it; nor can anyone leave one they do not belong to.
    expect((await refusal(leaveOrganization(testDb(), a.actors.admin, { organizationId: a.organization.id }))).status).toBe(409);
    expect((await refusal(leaveOrganization(testDb(), a.actors.admin, { organizationId: b.organization.id }))).status).toBe(404);
  });

  it("treats another organisation's records as not found", async () => {
    const a = await makeOrganization(['admin', 'planner']);
    const b = await makeOrganization(['admin', 'planner'], 'B');
    await expect(changeRole(testDb(), a.actors.admin, { membershipId: b.actors.planner.membershipId, role: 'admin' })).rejects.toThrow('That member was not found.');
    await expect(removeMember(testDb(), a.actors.admin, { membershipId: b.actors.planner.membershipId })).rejects.toThrow('That member was not found.');
    expect((await testDb().membership.findUniqueOrThrow({ where: { id: b.actors.planner.membershipId } })).role).toBe('planner');
    expect((await listMembers(testDb(), a.actors.admin)).map((m) => m.email).sort()).toEqual([a.actors.admin.email, a.actors.planner.email].sort());
    await testDb().assessment.create({ data: { organizationId: b.organization.id, name: 'B only', country: 'Bénin', createdById: b.actors.planner.userId } });
    expect(await listAssessments(testDb(), a.actors.planner)).toEqual([]);
    expect(await listAssessments(testDb(), b.actors.planner)).toHaveLength(1);
  });
});
