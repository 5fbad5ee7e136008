import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { IntlProvider } from '@/app/_components/intl-provider';
import { db } from '@/lib/db/prisma';
import { listApiTokens } from '@/lib/server/api-tokens';
import { ApiTokenTable } from '@/app/_components/api-token-table';
import { ChangePasswordForm, LeaveButton, SignOutEverywhereButton } from './account-forms';
import { CreateApiTokenForm } from './api-tokens';
import { isMailConfigured } from '@/lib/server/mailer';
import { getMailPreference } from '@/lib/server/notifications/inbox';
import { MailPreferenceForm } from './mail-preference-form';

export async function generateMetadata() {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  const session = await requireSession();
  const [tokens, preference, tn, t, tc] = await Promise.all([listApiTokens(db(), session.actor), getMailPreference(db(), session.actor), getTranslations('notifications'), getTranslations('account'), getTranslations('common')]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t.rich('signedInAs', { name: session.user.name, email: session.user.email, strong: (c) => <strong>{c}</strong> })}</p>
      <IntlProvider namespaces={['account', 'common', 'validation']}>
      <h2>{t('password')}</h2>
      <div className="card">
        <ChangePasswordForm />
      </div>
      <h2>{t('sessions')}</h2>
      <div className="card">
        <p style={{ marginTop: 0 }}>{t('sessionsHelp')}</p>
        <SignOutEverywhereButton />
      </div>
      <h2 id="mail-heading">{tn('settings.heading')}</h2>
      <div className="card">
        {!isMailConfigured() && <p className="notice">{tn('settings.noSmtp')}</p>}
        <IntlProvider namespaces={['notifications']}>
          <MailPreferenceForm current={preference} />
        </IntlProvider>
      </div>
      <h2>{t('organisations')}</h2>
      <div className="card table-wrap">
        <table>
          <caption className="skip">{t('organisationsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation')}</th>
              <th scope="col">{t('yourRole')}</th>
              <th scope="col">
                <span className="skip">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {session.memberships.map((m) => (
              <tr key={m.organizationId}>
                <td>{m.organizationName}</td>
                <td>{tc(`roles.${m.role}`)}</td>
                <td>
                  <LeaveButton organizationId={m.organizationId} organizationName={m.organizationName} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('joinAnother')}</p>
      <h2>{t('apiTokensFor', { organisation: session.organization.name })}</h2>
      <p>{t('apiTokensHelp')}</p>
      <ApiTokenTable tokens={tokens} showOwner={false} caption={t('yourApiTokens')} />
      <div className="card">
        <CreateApiTokenForm />
      </div>
      </IntlProvider>
    </>
  );
}
