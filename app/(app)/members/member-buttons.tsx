'use client';

import { ActionButton } from '@/app/_components/action-button';
import { removeMemberAction, revokeInvitationAction } from './actions';

export function RemoveMemberButton({ membershipId, name, organizationName }: { membershipId: string; name: string; organizationName: string }) {
  return (
    <ActionButton
      label={`Remove ${name}`}
      pendingLabel="Removing…"
      confirm={`Remove ${name} from ${organizationName}? They lose access to its assessments at once; their account stays.`}
      run={() => removeMemberAction({ membershipId })}
    />
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  return <ActionButton label={`Revoke invitation of ${email}`} pendingLabel="Revoking…" confirm={`Revoke the invitation of ${email}? The link stops working.`} run={() => revokeInvitationAction({ invitationId })} />;
}
