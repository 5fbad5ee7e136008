import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { formatDateIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { IntlProvider } from '@/app/_components/intl-provider';
import { db } from '@/lib/db/prisma';
import { listInvitations } from '@/lib/server/invitations';
import { listApiTokens } from '@/lib/server/api-tokens';
import { ApiTokenTable } from '@/app/_components/api-token-table';
import { listMembers } from '@/lib/server/members';
import { InviteForm } from './invite-form';
import { RemoveMemberButton, RevokeInvitationButton } from './member-buttons';
import { RoleSelect } from './role-select';
import Link from 'next/link';

export async function generateMetadata() {
  return { title: (await getTranslations('members'))('title') };
}

export default async function MembersPage() {
  const session = await requireSession();
  const [t, tc, locale] = await Promise.all([getTranslations('members'), getTranslations('common'), pageLocale()]);
  const day = (d: Date) => formatDateIn(locale, d);
  if (!can(session.role, 'member.list')) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="form-error">{t('onlyAdmins', { organisation: session.organization.name })}</p>
      </>
    );
  }
  const [members, invitations, tokens, ta] = await Promise.all([
    listMembers(db(), session.actor),
    listInvitations(db(), session.actor),
    listApiTokens(db(), session.actor, { all: true }),
    getTranslations('orgAudit'),
  ]);
  return (
    <>
      <h1>{t('titleOf', { organisation: session.organization.name })}</h1>
      {can(session.role, 'organization-audit.read') && (
        <p>
          <Link href="/audit">{ta('linkFromMembers')}</Link>
        </p>
      )}
      <IntlProvider namespaces={['members', 'account', 'common', 'validation']}>
      <div className="card table-wrap">
        <table>
          <caption className="skip">{t('membersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">
                <span className="skip">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{m.email}</td>
                <td>
                  <RoleSelect membershipId={m.id} role={m.role} name={m.name} />
                </td>
                <td>{m.userId !== session.user.id && <RemoveMemberButton membershipId={m.id} name={m.name} organizationName={session.organization.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('pending')}</h2>
      {invitations.length === 0 ? (
        <p className="muted">{t('noPending')}</p>
      ) : (
        <div className="card table-wrap">
          <table>
            <caption className="skip">{t('pendingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('invitedBy')}</th>
                <th scope="col">{t('linkValidUntil')}</th>
                <th scope="col">
                  <span className="skip">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td>
                  <td>{tc(`roles.${i.role}`)}</td>
                  <td>
                    {i.invitedBy}, {day(i.createdAt)}
                  </td>
                  <td>{day(i.expiresAt)}</td>
                  <td>
                    <RevokeInvitationButton invitationId={i.id} email={i.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('invite')}</h2>
      <div className="card">
        <InviteForm />
      </div>
      <h2>{t('apiTokens')}</h2>
      <ApiTokenTable tokens={tokens} showOwner caption={t('apiTokensCaption')} />
      </IntlProvider>
    </>
  );
}
