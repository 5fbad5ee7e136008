import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db/prisma';
import { resolveSession, type TSessionView } from '@/lib/server/sessions';

export const SESSION_COOKIE = 'hr_session';

/** The signed-in session for this request (memoised per request), or null. */
export const currentSession = cache(async (): Promise<TSessionView | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return resolveSession(db(), token);
});

export async function requireSession(): Promise<TSessionView> {
  const session = await currentSession();
  if (!session) redirect('/sign-in');
  return session;
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const h = await headers();
  const secure = h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https://');
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'local';
}
