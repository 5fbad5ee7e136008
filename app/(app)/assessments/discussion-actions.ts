'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZPostComment, ZResolveThread } from '@/lib/schemas/discussion';
import { postComment } from '@/lib/server/discussion/post-comment';
import { setThreadResolved } from '@/lib/server/discussion/resolve-thread';

export const postCommentAction = authedAction(ZPostComment, 'discussion.write', async ({ session, input }) => {
  const result = await postComment(db(), session.actor, input);
  revalidatePath(`/assessments/${input.assessmentId}`, 'layout');
  revalidatePath('/review');
  return result;
});

export const resolveThreadAction = authedAction(ZResolveThread, 'discussion.write', async ({ session, input }) => {
  const result = await setThreadResolved(db(), session.actor, input);
  revalidatePath('/assessments', 'layout');
  revalidatePath('/review');
  return result;
});
