import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { mailTiming, notificationRecipients, type TMailPreference, type TNotificationEvent } from '@/lib/domain/notification-routing';
import { isMailConfigured } from '../mailer';
import { mailNotificationsNow } from './deliver';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0];

/** What a notification is about: the assessment and, but for an RFP, its checkpoint or question. */
export type TNotificationAbout = { organizationId: string; assessmentId: string; subjectId?: string; threadId?: string; rfpVersion?: number };

const PREFERENCES = new Set<TMailPreference>(['each', 'digest', 'none']);
export const mailPreferenceOf = (value: string): TMailPreference => (PREFERENCES.has(value as TMailPreference) ? (value as TMailPreference) : 'each');

/**
 * Writes the inbox entries one event causes (lib/domain/notification-routing decides who), in the
 * caller's transaction, each marked for mail now, for the digest or never by its person's setting.
 * Returns the ids to mail once the transaction has committed (`afterCommit`).
 */
export async function notify(tx: Tx, events: TNotificationEvent[], about: TNotificationAbout): Promise<string[]> {
  const members = await tx.membership.findMany({ where: { organizationId: about.organizationId }, select: { userId: true, role: true, user: { select: { mailPreference: true } } } });
  const seen = new Set<string>();
  const rows = events.flatMap((event) =>
    notificationRecipients(event, members).flatMap((r) => {
      if (seen.has(r.userId)) return []; // one entry per person per change: the first event that concerns them
      seen.add(r.userId);
      const member = members.find((m) => m.userId === r.userId)!;
      return [{ userId: r.userId, kind: r.kind, actorId: event.actorId, mail: mailTiming(mailPreferenceOf(member.user.mailPreference), isMailConfigured()) }];
    }),
  );
  if (!rows.length) return [];
  const created = await tx.notification.createManyAndReturn({
    data: rows.map((r) => ({ ...r, organizationId: about.organizationId, assessmentId: about.assessmentId, subjectId: about.subjectId ?? null, threadId: about.threadId ?? null, rfpVersion: about.rfpVersion ?? null })),
    select: { id: true, mail: true },
  });
  return created.filter((c) => c.mail === 'now').map((c) => c.id);
}

const inFlight = new Set<Promise<unknown>>();

/** After the commit: mails what is to be mailed now, in the background (a slow mail server never holds up the person). */
export function afterCommit(prisma: TPrisma, ids: string[]): void {
  if (!ids.length) return;
  const sending = mailNotificationsNow(prisma, ids).finally(() => inFlight.delete(sending));
  inFlight.add(sending);
}

/** Resolves once every background mail started so far has been sent or given up (tests, shutdown). */
export async function mailSettled(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight]);
}
