import { requireSession } from '@/lib/auth/current-session';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listApiTokens } from '@/lib/server/api-tokens';
import { ApiTokenTable } from '@/app/_components/api-token-table';
import { ChangePasswordForm, LeaveButton, SignOutEverywhereButton } from './account-forms';
import { CreateApiTokenForm } from './api-tokens';
import { getTranslations } from 'next-intl/server';
import { IntlProvider } from '@/app/_components/intl-provider';
import { isMailConfigured } from '@/lib/server/mailer';
import { getMailPreference } from '@/lib/server/notifications/inbox';
import { MailPreferenceForm } from './mail-preference-form';

export const metadata = { title: 'Your account' };

export default async function AccountPage() {
  const session = await requireSession();
  const [tokens, preference, tn] = await Promise.all([listApiTokens(db(), session.actor), getMailPreference(db(), session.actor), getTranslations('notifications')]);
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{session.user.name}</strong> ({session.user.email}).
      </p>
      <h2>Password</h2>
      <div className="card">
        <ChangePasswordForm />
      </div>
      <h2>Sessions</h2>
      <div className="card">
        <p style={{ marginTop: 0 }}>Signed in on a computer you no longer use, or think someone else is? End every session, this one included.</p>
        <SignOutEverywhereButton />
      </div>
      <h2 id="mail-heading">{tn('settings.heading')}</h2>
      <div className="card">
        {!isMailConfigured() && <p className="notice">{tn('settings.noSmtp')}</p>}
        <IntlProvider namespaces={['notifications']}>
          <MailPreferenceForm current={preference} />
        </IntlProvider>
      </div>
      <h2>Your organisations</h2>
      <div className="card table-wrap">
        <table>
          <caption className="skip">Organisations you belong to</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Your role</th>
              <th scope="col">
                <span className="skip">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {session.memberships.map((m) => (
              <tr key={m.organizationId}>
                <td>{m.organizationName}</td>
                <td>{ROLE_LABELS[m.role]}</td>
                <td>
                  <LeaveButton organizationId={m.organizationId} organizationName={m.organizationName} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">To join another organisation, open the invitation link its administrator sent you.</p>
      <h2>API tokens for {session.organization.name}</h2>
      <p>Scripts and spreadsheets can read and write through the API with a token instead of signing in.</p>
      <ApiTokenTable tokens={tokens} showOwner={false} caption="Your API tokens" />
      <div className="card">
        <CreateApiTokenForm />
      </div>
    </>
  );
}
