'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZMailPreference, ZMarkNotificationsRead } from '@/lib/schemas/discussion';
import { markNotificationsRead, saveMailPreference } from '@/lib/server/notifications/inbox';

export const markNotificationsReadAction = authedAction(ZMarkNotificationsRead, 'notification.manage', async ({ session, input }) => {
  const result = await markNotificationsRead(db(), session.actor, input);
  // The header's unread count is on every page.
  revalidatePath('/', 'layout');
  return result;
});

export const saveMailPreferenceAction = authedAction(ZMailPreference, 'account.manage', async ({ session, input }) => {
  const result = await saveMailPreference(db(), session.actor, input);
  revalidatePath('/account');
  return result;
});
