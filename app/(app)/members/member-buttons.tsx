'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/app/_components/action-button';
import { removeMemberAction, revokeInvitationAction } from './actions';

export function RemoveMemberButton({ membershipId, name, organizationName }: { membershipId: string; name: string; organizationName: string }) {
  const t = useTranslations('members');
  return (
    <ActionButton
      label={t('remove', { name })}
      pendingLabel={t('removing')}
      confirm={t('removeConfirm', { name, organisation: organizationName })}
      run={() => removeMemberAction({ membershipId })}
    />
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations('members');
  return <ActionButton label={t('revokeInvitation', { email })} pendingLabel={t('revoking')} confirm={t('revokeInvitationConfirm', { email })} run={() => revokeInvitationAction({ invitationId })} />;
}
