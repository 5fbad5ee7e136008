import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import type { TLocale } from '@/lib/domain/locale';
import { ZMailPreference, ZMarkNotificationsRead } from '@/lib/schemas/discussion';
import { requirePermission, type TActor } from '../actor';
import { parseInput } from '../parse-input';
import { NotFoundError } from '../errors';
import { describeNotifications } from './describe';
import { mailPreferenceOf } from './notify';

/** The person's notifications in the organisation they are signed in to, newest first. */
export async function listNotifications(prisma: TPrisma, actor: TActor, locale: TLocale, limit = 100) {
  requirePermission(actor, 'notification.manage');
  const rows = await prisma.notification.findMany({ where: { userId: actor.userId, organizationId: actor.organizationId }, orderBy: { createdAt: 'desc' }, take: limit });
  return describeNotifications(prisma, rows, locale);
}

/** How many of them are unread (the header's count). */
export async function countUnread(prisma: TPrisma, actor: TActor): Promise<number> {
  return prisma.notification.count({ where: { userId: actor.userId, organizationId: actor.organizationId, readAt: null } });
}

/** Marks some of the person's own notifications read, or all of them; others' are never touched. */
export async function markNotificationsRead(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'notification.manage');
  const input = parseInput(ZMarkNotificationsRead, raw);
  if ('ids' in input) {
    const own = await prisma.notification.count({ where: { id: { in: input.ids }, userId: actor.userId, organizationId: actor.organizationId } });
    if (own !== new Set(input.ids).size) throw new NotFoundError('That notification');
  }
  const updated = await prisma.notification.updateMany({
    where: { userId: actor.userId, organizationId: actor.organizationId, readAt: null, ...('ids' in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: now },
  });
  return { marked: updated.count };
}

/** The person's mail setting (all their organisations): one mail per event, a daily digest, or none. */
export async function getMailPreference(prisma: TPrisma, actor: TActor) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mailPreference: true } });
  return mailPreferenceOf(user.mailPreference);
}

export async function saveMailPreference(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'account.manage');
  const input = parseInput(ZMailPreference, raw);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mailPreference: true } });
    await tx.user.update({ where: { id: actor.userId }, data: { mailPreference: input.preference } });
    await tx.auditEvent.create({ data: { actorId: actor.userId, action: 'account.mail-preference-changed', subject: actor.userId, before: { preference: before.mailPreference }, after: { preference: input.preference } } });
    return { preference: input.preference };
  });
}
