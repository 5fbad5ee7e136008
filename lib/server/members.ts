import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { ZChangeRole, ZCreateMember } from '@/lib/schemas/auth';
import { requirePermission, type TActor } from './actor';
import { ConflictError, InvalidInputError, NotFoundError } from './errors';
import { fieldErrors } from '@/lib/schemas/field-errors';

export async function listMembers(prisma: TPrisma, actor: TActor) {
  requirePermission(actor, 'member.list');
  const rows = await prisma.membership.findMany({
    where: { organizationId: actor.organizationId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((m) => ({ id: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: m.role }));
}

/**
 * Adds a person to the admin's organisation: a new account, or an existing account (by email)
 * that gains a membership here — a user can belong to several organisations.
 */
export async function createMember(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'member.create');
  const parsed = ZCreateMember.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, include: { memberships: true } });
    if (existing?.memberships.some((m) => m.organizationId === actor.organizationId)) {
      throw new ConflictError('That person is already a member of this organisation.');
    }
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } }));
    const membership = await tx.membership.create({ data: { userId: user.id, organizationId: actor.organizationId, role: input.role } });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'member.created', subject: user.email, after: { role: input.role, newAccount: !existing } },
    });
    return { membershipId: membership.id, userId: user.id, newAccount: !existing };
  });
}

export async function changeRole(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'member.change-role');
  const parsed = ZChangeRole.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  const { membershipId, role } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { id: membershipId, organizationId: actor.organizationId } });
    if (!membership) throw new NotFoundError('That member');
    if (membership.role === 'admin' && role !== 'admin') {
      const admins = await tx.membership.count({ where: { organizationId: actor.organizationId, role: 'admin' } });
      if (admins <= 1) throw new ConflictError('An organisation needs at least one administrator.');
    }
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'member.role-changed', subject: membership.userId, before: { role: membership.role }, after: { role } },
    });
    return { membershipId, role };
  });
}
