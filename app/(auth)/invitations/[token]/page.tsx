import Link from 'next/link';
import { currentSession } from '@/lib/auth/current-session';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { viewInvitation } from '@/lib/server/invitations';
import { signOutAction } from '@/app/(app)/actions';
import { AcceptAsSignedIn, AcceptWithNewAccount, AcceptWithSignIn, DeclineInvitation } from './invitation-forms';

export const metadata = { title: 'Invitation', referrer: 'no-referrer' };

/**
 * The page an invitation link opens. It shows the same choices whether or not the address has an
 * account: which one applies is for the person to say.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, session] = await Promise.all([viewInvitation(db(), token), currentSession()]);
  if (!invitation) {
    return (
      <main className="auth" id="main">
        <h1>Invitation</h1>
        <div className="card">
          <p role="alert">This invitation is no longer valid: it was used, declined, revoked or it expired. Ask the administrator who invited you for a new one.</p>
          <p>
            <Link href="/sign-in">Go to sign in</Link>
          </p>
        </div>
      </main>
    );
  }
  const until = invitation.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <main className="auth" id="main">
      <h1>Join {invitation.organizationName}</h1>
      <div className="card">
        <p style={{ marginTop: 0 }}>
          {invitation.invitedBy} invited <strong>{invitation.email}</strong> to join <strong>{invitation.organizationName}</strong> on Hosting Readiness as{' '}
          <strong>{ROLE_LABELS[invitation.role].toLowerCase()}</strong>. This link works once, until {until}.
        </p>
        {session && session.user.email === invitation.email ? (
          <AcceptAsSignedIn token={token} organizationName={invitation.organizationName} />
        ) : session ? (
          <>
            <p role="alert">
              You are signed in as {session.user.email}, but this invitation is for {invitation.email}. Sign out, then open the link again.
            </p>
            <form action={signOutAction}>
              <button type="submit" className="secondary">
                Sign out
              </button>
            </form>
          </>
        ) : null}
      </div>
      {!session && (
        <>
          <section className="card" aria-labelledby="have-account">
            <h2 id="have-account" style={{ marginTop: 0 }}>
              I already have an account
            </h2>
            <AcceptWithSignIn token={token} email={invitation.email} />
          </section>
          <section className="card" aria-labelledby="new-account">
            <h2 id="new-account" style={{ marginTop: 0 }}>
              I am new to Hosting Readiness
            </h2>
            <AcceptWithNewAccount token={token} email={invitation.email} />
          </section>
        </>
      )}
      <section className="card" aria-labelledby="decline">
        <h2 id="decline" style={{ marginTop: 0 }}>
          Not for you?
        </h2>
        <DeclineInvitation token={token} />
      </section>
    </main>
  );
}
