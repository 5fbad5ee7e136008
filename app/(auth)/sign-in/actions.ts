'use server';

import { db } from '@/lib/db/prisma';
import { publicAction } from '@/lib/app/authed-action';
import { clientIp, deviceToken, startSession } from '@/lib/auth/current-session';
import { signIn } from '@/lib/server/sign-in';

/** Open to anonymous callers by design; the sign-in limits apply (lib/domain/sign-in-throttle.ts). */
export const signInAction = publicAction('sign-in', async (raw) => {
  await startSession(await signIn(db(), raw, { ip: await clientIp(), deviceToken: await deviceToken() }));
});
