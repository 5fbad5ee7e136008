import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { currentSession } from '@/lib/auth/current-session';
import { formatDateIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { IntlProvider } from '@/app/_components/intl-provider';
import { db } from '@/lib/db/prisma';
import { viewInvitation } from '@/lib/server/invitations';
import { signOutAction } from '@/app/(app)/actions';
import { AcceptAsSignedIn, AcceptWithNewAccount, AcceptWithSignIn, DeclineInvitation } from './invitation-forms';

export async function generateMetadata() {
  return { title: (await getTranslations('invitations'))('title'), referrer: 'no-referrer' as const };
}

/**
 * The page an invitation link opens. It shows the same choices whether or not the address has an
 * account: which one applies is for the person to say.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, session, t, tc, locale] = await Promise.all([viewInvitation(db(), token), currentSession(), getTranslations('invitations'), getTranslations('common'), pageLocale()]);
  if (!invitation) {
    return (
      <main className="auth" id="main">
        <h1>{t('title')}</h1>
        <div className="card">
          <p role="alert">{t('noLongerValid')}</p>
          <p>
            <Link href="/sign-in">{t('goToSignIn')}</Link>
          </p>
        </div>
      </main>
    );
  }
  const until = formatDateIn(locale, invitation.expiresAt);
  return (
    <main className="auth" id="main">
      <h1>{t('join', { organisation: invitation.organizationName })}</h1>
      <IntlProvider namespaces={['invitations', 'validation']}>
      <div className="card">
        <p style={{ marginTop: 0 }}>
          {t.rich('invited', { invitedBy: invitation.invitedBy, email: invitation.email, organisation: invitation.organizationName, role: tc(`roles.${invitation.role}`).toLowerCase(), until, strong: (c) => <strong>{c}</strong> })}
        </p>
        {session && session.user.email === invitation.email ? (
          <AcceptAsSignedIn token={token} organizationName={invitation.organizationName} />
        ) : session ? (
          <>
            <p role="alert">
              {t('otherAccount', { signedIn: session.user.email, email: invitation.email })}
            </p>
            <form action={signOutAction}>
              <button type="submit" className="secondary">
                {tc('signOut')}
              </button>
            </form>
          </>
        ) : null}
      </div>
      {!session && (
        <>
          <section className="card" aria-labelledby="have-account">
            <h2 id="have-account" style={{ marginTop: 0 }}>
              {t('haveAccount')}
            </h2>
            <AcceptWithSignIn token={token} email={invitation.email} />
          </section>
          <section className="card" aria-labelledby="new-account">
            <h2 id="new-account" style={{ marginTop: 0 }}>
              {t('newAccount')}
            </h2>
            <AcceptWithNewAccount token={token} email={invitation.email} />
          </section>
        </>
      )}
      <section className="card" aria-labelledby="decline">
        <h2 id="decline" style={{ marginTop: 0 }}>
          {t('notForYou')}
        </h2>
        <DeclineInvitation token={token} />
      </section>
      </IntlProvider>
    </main>
  );
}
