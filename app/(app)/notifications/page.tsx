import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { pageLocale } from '@/lib/i18n/request';
import { formatDateIn } from '@/lib/domain/intl-format';
import { listNotifications } from '@/lib/server/notifications/inbox';
import { notificationSentence } from '@/lib/server/notifications/mail-text';
import { IntlProvider } from '@/app/_components/intl-provider';
import { MarkAllReadButton, MarkReadButton } from './mark-read';

export async function generateMetadata() {
  return { title: (await getTranslations('notifications'))('title') };
}

export default async function NotificationsPage() {
  const session = await requireSession();
  const locale = await pageLocale();
  const [t, items] = await Promise.all([getTranslations('notifications'), listNotifications(db(), session.actor, locale)]);
  const say = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <IntlProvider namespaces={['notifications']}>
      <h1>{t('title')}</h1>
      <p>{t('intro', { organization: session.organization.name })}</p>
      {/* Kept on the page once all is read, so that its result (and the focus on it) stays. */}
      <MarkAllReadButton unread={unread} />
      {items.length === 0 ? (
        <p className="card empty">{t('empty')}</p>
      ) : (
        <ul className="inbox">
          {items.map((n) => {
            const text = notificationSentence(say, n);
            return (
              <li key={n.id} className={`card${n.readAt ? '' : ' unread'}`} data-testid="notification">
                <p style={{ margin: 0 }}>
                  {/* A full page load, so that the discussion the address points at (#discussion-…) opens. */}
                  {!n.readAt && <span className="badge warn">{t('unread')}</span>} <a href={n.href}>{text}</a>
                </p>
                <p className="muted" style={{ margin: '.25rem 0 0' }}>
                  {formatDateIn(locale, n.createdAt)}
                  {' '}
                  <MarkReadButton id={n.id} label={t('markReadLabel', { text })} read={Boolean(n.readAt)} />
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </IntlProvider>
  );
}
