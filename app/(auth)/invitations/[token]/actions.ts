'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction, publicAction } from '@/lib/app/authed-action';
import { clientIp, deviceToken, startSession } from '@/lib/auth/current-session';
import { ZInvitationTokenInput } from '@/lib/schemas/auth';
import { acceptInvitation, acceptWithNewAccount, acceptWithSignIn, declineInvitation } from '@/lib/server/invitations';

/** Signed in as the invited address: join, and move this session to the organisation. */
export const acceptInvitationAction = authedAction(ZInvitationTokenInput, 'account.manage', async ({ session, input }) => {
  const result = await acceptInvitation(db(), session.actor, input, session.sessionId);
  revalidatePath('/', 'layout');
  return result;
});

/** Anonymous by design: the link's token and the account's password are the proof (sign-in limits apply). */
export const acceptWithSignInAction = publicAction('invitation.accept-with-sign-in', async (raw) => {
  await startSession(await acceptWithSignIn(db(), raw, { ip: await clientIp(), deviceToken: await deviceToken() }));
});

/** Anonymous by design: the link's token is the proof; the person chooses their own password. */
export const acceptWithNewAccountAction = publicAction('invitation.accept-with-new-account', async (raw) => {
  await startSession(await acceptWithNewAccount(db(), raw, { ip: await clientIp(), deviceToken: await deviceToken() }));
});

/** Anonymous by design: whoever holds the link may turn it down. */
export const declineInvitationAction = publicAction('invitation.decline', async (raw) => {
  await declineInvitation(db(), raw);
});
