import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { navigationFor } from '@/lib/app/navigation';
import type { TSessionView } from '@/lib/server/sessions';
import { LanguageSwitcher } from '../_components/language-switcher';
import { signOutAction, switchOrganizationAction } from './actions';
import { db } from '@/lib/db/prisma';
import { countUnread } from '@/lib/server/notifications/inbox';

export async function Header({ session }: { session: TSessionView }) {
  const [t, tn, unread] = await Promise.all([getTranslations('common'), getTranslations('notifications'), countUnread(db(), session.actor)]);
  const others = session.memberships.filter((m) => m.organizationId !== session.organization.id);
  return (
    <header className="header">
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <div className="header-inner">
        <Link className="brand" href="/">
          {t('appName')}
        </Link>
        <nav className="nav" aria-label={t('mainNavigation')}>
          {navigationFor(session.role).map((item) => (
            <Link key={item.href} href={item.href}>
              {t(`nav.${item.key}`)}
            </Link>
          ))}
        </nav>
        <div className="who">
          <span>
            <strong data-testid="user-name">{session.user.name}</strong> · <span data-testid="organization-name">{session.organization.name}</span> ·{' '}
            <span className="badge" data-testid="user-role">
              {t(`roles.${session.role}`)}
            </span>
          </span>
          <Link href="/notifications" aria-label={tn('unreadLabel', { count: unread })} data-testid="inbox-link">
            {tn('inbox')}
            {unread > 0 && (
              <>
                {' '}
                <span className="badge warn" data-testid="unread-count">
                  {unread}
                </span>
              </>
            )}
          </Link>
          {others.length > 0 && (
            <form action={switchOrganizationAction} className="row">
              <label htmlFor="organizationId" className="skip">
                {t('switchOrganization')}
              </label>
              <select id="organizationId" name="organizationId" defaultValue="" style={{ width: 'auto' }}>
                <option value="" disabled>
                  {t('switchOrganizationPlaceholder')}
                </option>
                {others.map((m) => (
                  <option key={m.organizationId} value={m.organizationId}>
                    {m.organizationName} ({t(`roles.${m.role}`)})
                  </option>
                ))}
              </select>
              <button type="submit" className="secondary">
                {t('switch')}
              </button>
            </form>
          )}
          <LanguageSwitcher />
          <form action={signOutAction}>
            <button type="submit" className="secondary">
              {t('signOut')}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
