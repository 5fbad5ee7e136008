import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZChangeRole, ZLeaveOrganization, ZMembershipRef } from '@/lib/schemas/auth';
import { requirePermission, type TActor } from './actor';
import { parseInput } from './parse-input';
import { ConflictError, NotFoundError } from './errors';

type TTx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0];
const LAST_ADMIN = 'An organisation needs at least one administrator: make someone else an administrator first.';

export async function listMembers(prisma: TPrisma, actor: TActor) {
  requirePermission(actor, 'member.list');
  const rows = await prisma.membership.findMany({
    where: { organizationId: actor.organizationId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((m) => ({ id: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: m.role }));
}


/** Refuses a change that would leave the organisation without an administrator (rows locked, so two admins cannot both step down). */
async function keepAnAdmin(tx: TTx, organizationId: string, leaving: { role: string }): Promise<void> {
  if (leaving.role !== 'admin') return;
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId}::uuid AND role = 'admin' FOR UPDATE`;
  if (admins.length <= 1) throw new ConflictError(LAST_ADMIN);
}

/** The person's sessions in an organisation they no longer belong to move to another of theirs, or end. */
async function relocateSessions(tx: TTx, userId: string, organizationId: string, now: Date): Promise<void> {
  const other = await tx.membership.findFirst({ where: { userId, organizationId: { not: organizationId } }, orderBy: { createdAt: 'asc' } });
  const where = { userId, organizationId, revokedAt: null };
  if (other) await tx.session.updateMany({ where, data: { organizationId: other.organizationId } });
  else await tx.session.updateMany({ where, data: { revokedAt: now } });
}

export async function changeRole(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'member.change-role');
  const { membershipId, role } = parseInput(ZChangeRole, raw);
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { id: membershipId, organizationId: actor.organizationId } });
    if (!membership) throw new NotFoundError('That member');
    if (role !== 'admin') await keepAnAdmin(tx, actor.organizationId, membership);
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'member.role-changed', subject: membership.userId, before: { role: membership.role }, after: { role } },
    });
    return { membershipId, role };
  });
}

export async function removeMember(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'member.remove');
  const { membershipId } = parseInput(ZMembershipRef, raw);
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { id: membershipId, organizationId: actor.organizationId } });
    if (!membership) throw new NotFoundError('That member');
    await keepAnAdmin(tx, actor.organizationId, membership);
    await tx.membership.delete({ where: { id: membership.id } });
    await relocateSessions(tx, membership.userId, actor.organizationId, now);
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'member.removed', subject: membership.userId, before: { role: membership.role } },
    });
    return { membershipId };
  });
}

/** A person leaves one of their organisations; returns whether they still belong to any. */
export async function leaveOrganization(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'account.manage');
  const { organizationId } = parseInput(ZLeaveOrganization, raw);
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId } } });
    if (!membership) throw new NotFoundError('That organisation');
    await keepAnAdmin(tx, organizationId, membership);
    await tx.membership.delete({ where: { id: membership.id } });
    await relocateSessions(tx, actor.userId, organizationId, now);
    await tx.auditEvent.create({ data: { organizationId, actorId: actor.userId, action: 'member.left', subject: actor.userId, before: { role: membership.role } } });
    const remaining = await tx.membership.count({ where: { userId: actor.userId } });
    return { stillMember: remaining > 0 };
  });
}
