'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { SESSION_COOKIE } from '@/lib/auth/current-session';
import { ZApiTokenRef, ZChangePassword, ZCreateApiToken, ZLeaveOrganization, ZSignOutEverywhere } from '@/lib/schemas/auth';
import { createApiToken, revokeApiToken } from '@/lib/server/api-tokens';
import { changePassword, signOutEverywhere } from '@/lib/server/account';
import { leaveOrganization } from '@/lib/server/members';

export const changePasswordAction = authedAction(ZChangePassword, 'account.manage', async ({ session, input }) => {
  return await changePassword(db(), session.actor, input, session.sessionId);
});

/** Ends every session of the person, this browser's included. */
export const signOutEverywhereAction = authedAction(ZSignOutEverywhere, 'account.manage', async ({ session, input }) => {
  const result = await signOutEverywhere(db(), session.actor, input);
  (await cookies()).delete(SESSION_COOKIE);
  return result;
});

export const leaveOrganizationAction = authedAction(ZLeaveOrganization, 'account.manage', async ({ session, input }) => {
  const result = await leaveOrganization(db(), session.actor, input);
  if (!result.stillMember) (await cookies()).delete(SESSION_COOKIE);
  revalidatePath('/', 'layout');
  return result;
});

/** The token is in the answer once; only its hash is kept. */
export const createApiTokenAction = authedAction(ZCreateApiToken, 'account.manage', async ({ session, input }) => {
  const result = await createApiToken(db(), session.actor, input);
  revalidatePath('/account');
  return result;
});

export const revokeApiTokenAction = authedAction(ZApiTokenRef, 'account.manage', async ({ session, input }) => {
  const result = await revokeApiToken(db(), session.actor, input);
  revalidatePath('/account');
  revalidatePath('/members');
  return result;
});
