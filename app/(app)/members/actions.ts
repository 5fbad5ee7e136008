'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZChangeRole, ZInvitationRef, ZInviteMember, ZMembershipRef } from '@/lib/schemas/auth';
import { inviteMember, revokeInvitation } from '@/lib/server/invitations';
import { requestLocale } from '@/lib/i18n/request';
import { changeRole, removeMember } from '@/lib/server/members';

export const inviteMemberAction = authedAction(ZInviteMember, 'member.invite', async ({ session, input }) => {
  // The mail is in the invitee's language when known, else the inviter's, else the language of this request.
  const result = await inviteMember(db(), session.actor, input, new Date(), await requestLocale());
  revalidatePath('/members');
  return result;
});

export const revokeInvitationAction = authedAction(ZInvitationRef, 'invitation.revoke', async ({ session, input }) => {
  const result = await revokeInvitation(db(), session.actor, input);
  revalidatePath('/members');
  return result;
});

export const changeRoleAction = authedAction(ZChangeRole, 'member.change-role', async ({ session, input }) => {
  const result = await changeRole(db(), session.actor, input);
  revalidatePath('/members');
  return result;
});

export const removeMemberAction = authedAction(ZMembershipRef, 'member.remove', async ({ session, input }) => {
  const result = await removeMember(db(), session.actor, input);
  revalidatePath('/members');
  return result;
});
