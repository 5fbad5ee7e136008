import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db/prisma';
import { env, isHttpsDeployment } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER } from '@/lib/app/client-address';
import { resolveSession, revokeSession, type TSessionView } from '@/lib/server/sessions';

export const SESSION_COOKIE = 'hr_session';
/** A long-lived random token naming this browser to the accounts that signed in with it (sign-in limits). */
export const DEVICE_COOKIE = 'hr_device';
const DEVICE_COOKIE_DAYS = 365;

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

/** Secure follows the configured public URL (APP_URL), never what the request claims. */
export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: isHttpsDeployment(), path: '/', expires: expiresAt });
}

/** Sets the cookies of a new session. A session cookie that existed before is revoked, never reused (no fixation). */
export async function startSession(result: { token: string; expiresAt: Date; deviceToken: string }): Promise<void> {
  const jar = await cookies();
  const previous = jar.get(SESSION_COOKIE)?.value;
  if (previous) await revokeSession(db(), previous);
  await setSessionCookie(result.token, result.expiresAt);
  await setDeviceCookie(result.deviceToken);
}

export async function deviceToken(): Promise<string | undefined> {
  return (await cookies()).get(DEVICE_COOKIE)?.value;
}

export async function setDeviceCookie(token: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttpsDeployment(),
    path: '/',
    maxAge: DEVICE_COOKIE_DAYS * 86_400,
  });
}

/**
 * The client's address as scripts/serve.ts saw it (the socket, or X-Forwarded-For as far as
 * TRUST_PROXY_HOPS allows). Without that server in front (a bare `next start`) nothing the request
 * says can be believed, so every client is 'unknown' and shares one per-client limit.
 */
export async function clientIp(): Promise<string> {
  if (!env().HR_CLIENT_ADDRESS_FROM_SERVER) return 'unknown';
  return (await headers()).get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || 'unknown';
}
