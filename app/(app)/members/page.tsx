import { requireSession } from '@/lib/auth/current-session';
import { ROLE_LABELS, can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listInvitations } from '@/lib/server/invitations';
import { listApiTokens } from '@/lib/server/api-tokens';
import { ApiTokenTable } from '@/app/_components/api-token-table';
import { listMembers } from '@/lib/server/members';
import { InviteForm } from './invite-form';
import { RemoveMemberButton, RevokeInvitationButton } from './member-buttons';
import { RoleSelect } from './role-select';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export const metadata = { title: 'Members' };

const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default async function MembersPage() {
  const session = await requireSession();
  if (!can(session.role, 'member.list')) {
    return (
      <>
        <h1>Members</h1>
        <p className="form-error">Only administrators manage the members of {session.organization.name}.</p>
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
      <h1>Members of {session.organization.name}</h1>
      {can(session.role, 'organization-audit.read') && (
        <p>
          <Link href="/audit">{ta('linkFromMembers')}</Link>
        </p>
      )}
      <div className="card table-wrap">
        <table>
          <caption className="skip">Members and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">
                <span className="skip">Actions</span>
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
      <h2>Pending invitations</h2>
      {invitations.length === 0 ? (
        <p className="muted">No invitation is waiting for an answer.</p>
      ) : (
        <div className="card table-wrap">
          <table>
            <caption className="skip">Invitations not yet accepted</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Invited by</th>
                <th scope="col">Link valid until</th>
                <th scope="col">
                  <span className="skip">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td>
                  <td>{ROLE_LABELS[i.role]}</td>
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
      <h2>Invite a member</h2>
      <div className="card">
        <InviteForm />
      </div>
      <h2>Members’ API tokens</h2>
      <ApiTokenTable tokens={tokens} showOwner caption="API tokens of every member" />
    </>
  );
}
