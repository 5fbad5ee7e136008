'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/prisma';
import { SESSION_COOKIE, currentSession } from '@/lib/auth/current-session';
import { ZSwitchOrganization } from '@/lib/schemas/auth';
import { ZAfterSwitch } from '@/lib/schemas/portfolio';
import { DomainError } from '@/lib/server/errors';
import { revokeSession, switchOrganization } from '@/lib/server/sessions';

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await revokeSession(db(), token);
  jar.delete(SESSION_COOKIE);
  redirect('/sign-in');
}

export async function switchOrganizationAction(formData: FormData): Promise<void> {
  const session = await currentSession();
  if (!session) redirect('/sign-in');
  const parsed = ZSwitchOrganization.safeParse({ organizationId: formData.get('organizationId') });
  // The portfolio opens an assessment of another organisation: switch, then go there (only our own assessment paths).
  const next = ZAfterSwitch.safeParse(formData.get('next'));
  let switched = false;
  if (parsed.success) {
    try {
      await switchOrganization(db(), session.sessionId, session.user.id, parsed.data.organizationId);
      switched = true;
    } catch (error) {
      // A forged or stale organisation id: stay where we are rather than fail the request.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  // Every page shows the organisation: drop what the client router cached for the old one.
  revalidatePath('/', 'layout');
  redirect(switched && next.success ? next.data : '/');
}
