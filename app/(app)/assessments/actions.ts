'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZAssessmentRef, ZCheckpointCommand, ZCreateAssessment, ZDeleteAssessment, ZUpgradeTemplate } from '@/lib/schemas/assessment';
import { archiveAssessment, restoreAssessment } from '@/lib/server/assessments/archive-assessment';
import { deleteAssessment } from '@/lib/server/assessments/delete-assessment';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { decideCheckpoint } from '@/lib/server/assessments/decide-checkpoint';
import { upgradeTemplate } from '@/lib/server/assessments/upgrade-template';

export const createAssessmentAction = authedAction(ZCreateAssessment, 'assessment.create', async ({ session, input }) => {
  const result = await createAssessment(db(), session.actor, input);
  revalidatePath('/');
  return result;
});

const ZAnyCheckpointCommand = ZCheckpointCommand;
export const checkpointAction = authedAction(ZAnyCheckpointCommand, 'assessment.read', async ({ session, input }) => {
  // decideCheckpoint checks the command's own permission (submit or review) before anything else.
  const result = await decideCheckpoint(db(), session.actor, input);
  revalidatePath(`/assessments/${input.assessmentId}`, 'layout');
  revalidatePath('/review');
  return result;
});

export const upgradeTemplateAction = authedAction(ZUpgradeTemplate, 'assessment.upgrade', async ({ session, input }) => {
  const result = await upgradeTemplate(db(), session.actor, input);
  revalidatePath(`/assessments/${input.assessmentId}`, 'layout');
  return result;
});

export const archiveAssessmentAction = authedAction(ZAssessmentRef, 'assessment.archive', async ({ session, input }) => {
  const result = await archiveAssessment(db(), session.actor, input);
  revalidatePath('/', 'layout');
  return result;
});

export const restoreAssessmentAction = authedAction(ZAssessmentRef, 'assessment.archive', async ({ session, input }) => {
  const result = await restoreAssessment(db(), session.actor, input);
  revalidatePath('/', 'layout');
  return result;
});

export const deleteAssessmentAction = authedAction(ZDeleteAssessment, 'assessment.delete', async ({ session, input }) => {
  const result = await deleteAssessment(db(), session.actor, input);
  revalidatePath('/', 'layout');
  return result;
});
