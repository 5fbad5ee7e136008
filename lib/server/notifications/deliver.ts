import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { isLocale, type TLocale } from '@/lib/domain/locale';
import { log } from '@/lib/log';
import { isMailConfigured, sendMail } from '../mailer';
import { describeNotifications } from './describe';
import { digestMail, notificationMail } from './mail-text';

const localeOf = (value: string | null): TLocale => (isLocale(value) ? value : 'en');

/**
 * Mails notifications marked 'now', each once: a notification is claimed (mailedAt set) before its
 * mail goes, and released when the mail server refuses, so two instances never send it twice.
 * Never throws: a failure is logged, the inbox still has the entry.
 */
export async function mailNotificationsNow(prisma: TPrisma, ids: string[], now = new Date()): Promise<number> {
  if (!isMailConfigured()) return 0;
  let sent = 0;
  for (const id of ids) {
    try {
      const claimed = await prisma.notification.updateMany({ where: { id, mail: 'now', mailedAt: null }, data: { mailedAt: now } });
      if (claimed.count !== 1) continue;
      const row = await prisma.notification.findUniqueOrThrow({ where: { id }, include: { user: { select: { email: true, locale: true } } } });
      const locale = localeOf(row.user.locale);
      const [view] = await describeNotifications(prisma, [row], locale);
      if (!view) continue;
      try {
        await sendMail({ to: row.user.email, ...notificationMail(locale, view) });
        sent += 1;
      } catch (error) {
        await prisma.notification.updateMany({ where: { id, mailedAt: now }, data: { mailedAt: null } });
        log('warn', 'notification mail not sent', null, { error });
      }
    } catch (error) {
      log('error', 'notification mail failed', null, { error });
    }
  }
  return sent;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily digest: to each person who chose it and whose last digest is a day old (or who never
 * had one), one mail with their notifications kept for it, in their language. A person is claimed
 * (lastDigestAt moved to `now`) before their mail goes, so concurrent runs send it once; when the
 * mail server refuses, the claim is undone and the next run tries again.
 */
export async function sendDigests(prisma: TPrisma, now = new Date()): Promise<{ mailed: number; notifications: number }> {
  if (!isMailConfigured()) return { mailed: 0, notifications: 0 };
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const pending = await prisma.notification.groupBy({ by: ['userId'], where: { mail: 'digest', mailedAt: null, createdAt: { lte: now } } });
  let mailed = 0;
  let notifications = 0;
  for (const { userId } of pending) {
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, locale: true, lastDigestAt: true } });
    if (!user || (user.lastDigestAt && user.lastDigestAt > dayAgo)) continue;
    const claimed = await prisma.user.updateMany({ where: { id: userId, lastDigestAt: user.lastDigestAt }, data: { lastDigestAt: now } });
    if (claimed.count !== 1) continue;
    const rows = await prisma.notification.findMany({ where: { userId, mail: 'digest', mailedAt: null, createdAt: { lte: now } }, orderBy: { createdAt: 'asc' } });
    const locale = localeOf(user.locale);
    const views = await describeNotifications(prisma, rows, locale);
    if (!views.length) continue;
    try {
      await sendMail({ to: user.email, ...digestMail(locale, views) });
    } catch (error) {
      await prisma.user.updateMany({ where: { id: userId, lastDigestAt: now }, data: { lastDigestAt: user.lastDigestAt } });
      log('warn', 'digest not sent', null, { error });
      continue;
    }
    await prisma.notification.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { mailedAt: now } });
    mailed += 1;
    notifications += rows.length;
  }
  return { mailed, notifications };
}
