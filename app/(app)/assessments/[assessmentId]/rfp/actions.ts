'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZIssueRfp, ZSaveRfpDetails } from '@/lib/schemas/rfp-actions';
import { issueRfp } from '@/lib/server/documents/issue-rfp';
import { saveRfpDetails } from '@/lib/server/documents/save-rfp-details';

export const saveRfpDetailsAction = authedAction(ZSaveRfpDetails, 'rfp.edit', async ({ session, input }) => {
  const result = await saveRfpDetails(db(), session.actor, input);
  revalidatePath(`/assessments/${input.assessmentId}/rfp`);
  return result;
});

export const issueRfpAction = authedAction(ZIssueRfp, 'rfp.issue', async ({ session, input }) => {
  const result = await issueRfp(db(), session.actor, input);
  revalidatePath(`/assessments/${input.assessmentId}/rfp`);
  return result;
});
