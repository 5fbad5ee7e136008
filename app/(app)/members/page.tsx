import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listMembers } from '@/lib/server/members';
import { CreateMemberForm } from './create-member-form';
import { RoleSelect } from './role-select';

export const metadata = { title: 'Members' };

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
  const members = await listMembers(db(), session.actor);
  return (
    <>
      <h1>Members of {session.organization.name}</h1>
      <div className="card table-wrap">
        <table>
          <caption className="skip">Members and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Add a member</h2>
      <div className="card">
        <CreateMemberForm />
      </div>
    </>
  );
}
