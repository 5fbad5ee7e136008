'use server';

import { cookies } from 'next/headers';
import { db } from '@/lib/db/prisma';
import { SESSION_COOKIE, clientIp, setSessionCookie } from '@/lib/auth/current-session';
import { revokeSession } from '@/lib/server/sessions';
import { signIn } from '@/lib/server/sign-in';
import { toActionError } from '@/lib/app/authed-action';
import type { TActionResult } from '@/lib/app/action-result';

/** The one action open to anonymous callers. */
export async function signInAction(raw: unknown): Promise<TActionResult> {
  try {
    const result = await signIn(db(), raw, { ip: await clientIp() });
    // A session cookie that existed before sign-in is revoked, never reused (no fixation).
    const previous = (await cookies()).get(SESSION_COOKIE)?.value;
    if (previous) await revokeSession(db(), previous);
    await setSessionCookie(result.token, result.expiresAt);
    return { ok: true, data: undefined };
  } catch (error) {
    return toActionError(error, { action: 'sign-in' });
  }
}
