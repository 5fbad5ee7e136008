'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { db } from '@/lib/db/prisma';
import { currentSession } from '@/lib/auth/current-session';
import { isHttpsDeployment } from '@/lib/env';
import { LOCALE_COOKIE } from '@/lib/i18n/request';
import { ZSetLanguage } from '@/lib/schemas/auth';
import { setLanguage } from '@/lib/server/account';

/**
 * The language menu: saved on the signed-in person (every device follows), and in a cookie for a
 * visitor who has not signed in yet (the sign-in page). An unknown language changes nothing.
 */
export async function setLanguageAction(formData: FormData): Promise<void> {
  const parsed = ZSetLanguage.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  const session = await currentSession();
  if (session) await setLanguage(db(), session.user.id, parsed.data);
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { httpOnly: true, sameSite: 'lax', secure: isHttpsDeployment(), path: '/', maxAge: 365 * 86_400 });
  // Every page's text changes: drop what the client router cached.
  revalidatePath('/', 'layout');
}
