'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZSaveMilestone } from '@/lib/schemas/milestones';
import { saveMilestone } from '@/lib/server/milestones/save-milestone';

export const saveMilestoneAction = authedAction(ZSaveMilestone, 'milestone.save', async ({ session, input }) => {
  const result = await saveMilestone(db(), session.actor, input);
  revalidatePath(`/assessments/${input.assessmentId}/milestones`);
  return result;
});
