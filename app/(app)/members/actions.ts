'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZChangeRole, ZCreateMember } from '@/lib/schemas/auth';
import { changeRole, createMember } from '@/lib/server/members';

export const createMemberAction = authedAction(ZCreateMember, 'member.create', async ({ session, input }) => {
  const result = await createMember(db(), session.actor, input);
  revalidatePath('/members');
  return result;
});

export const changeRoleAction = authedAction(ZChangeRole, 'member.change-role', async ({ session, input }) => {
  const result = await changeRole(db(), session.actor, input);
  revalidatePath('/members');
  return result;
});
