import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { ZChangePassword, ZSetLanguage, ZSignOutEverywhere, type TSetLanguage } from '@/lib/schemas/auth';
import { requirePermission, type TActor } from './actor';
import { parseInput } from './parse-input';
import { InvalidInputError } from './errors';

/** A new password, once the current one is proven; every other session of the person ends. */
export async function changePassword(prisma: TPrisma, actor: TActor, raw: unknown, keepSessionId?: string, now = new Date()) {
  requirePermission(actor, 'account.manage');
  const input = parseInput(ZChangePassword, raw);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new InvalidInputError('Check the form.', { currentPassword: ['This is not your current password.'] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await tx.session.updateMany({ where: { userId: user.id, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) }, data: { revokedAt: now } });
    await tx.auditEvent.create({ data: { actorId: user.id, action: 'account.password-changed', subject: user.email, after: { otherSessionsEnded: ended.count } } });
    return { otherSessionsEnded: ended.count };
  });
}

/** Ends every session of the person, this one included. */
export async function signOutEverywhere(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'account.manage');
  parseInput(ZSignOutEverywhere, raw);
  return prisma.$transaction(async (tx) => {
    const ended = await tx.session.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.auditEvent.create({ data: { actorId: actor.userId, action: 'account.signed-out-everywhere', subject: actor.userId, after: { sessionsEnded: ended.count } } });
    return { sessionsEnded: ended.count };
  });
}

/** The person's interface language, whatever organisation they are signed in to (their own setting: no permission beyond being signed in). */
export async function setLanguage(prisma: TPrisma, userId: string, raw: unknown): Promise<TSetLanguage> {
  const input = parseInput(ZSetLanguage, raw);
  await prisma.user.update({ where: { id: userId }, data: { locale: input.locale } });
  return input;
}
