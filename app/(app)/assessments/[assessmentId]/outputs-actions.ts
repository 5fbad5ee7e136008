'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZRemoveRateOverride, ZSaveBudgetSettings, ZSaveRateOverride, ZSaveTeam } from '@/lib/schemas/outputs';
import { saveBudgetSettings } from '@/lib/server/outputs/save-budget-settings';
import { removeRateOverride, saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { saveTeam } from '@/lib/server/outputs/save-team';
import { ZResetSizingConfig, ZSaveSizingConfig } from '@/lib/schemas/sizing-config';
import { resetSizingConfig, saveSizingConfig } from '@/lib/server/outputs/save-sizing-config';

const refresh = (assessmentId: string) => revalidatePath(`/assessments/${assessmentId}`, 'layout');

export const saveTeamAction = authedAction(ZSaveTeam, 'outputs.edit', async ({ session, input }) => {
  const result = await saveTeam(db(), session.actor, input);
  refresh(input.assessmentId);
  return result;
});

export const saveBudgetSettingsAction = authedAction(ZSaveBudgetSettings, 'outputs.edit', async ({ session, input }) => {
  const result = await saveBudgetSettings(db(), session.actor, input);
  refresh(input.assessmentId);
  return result;
});

export const saveRateOverrideAction = authedAction(ZSaveRateOverride, 'outputs.edit', async ({ session, input }) => {
  await saveRateOverride(db(), session.actor, input);
  refresh(input.assessmentId);
});

export const removeRateOverrideAction = authedAction(ZRemoveRateOverride, 'outputs.edit', async ({ session, input }) => {
  await removeRateOverride(db(), session.actor, input);
  refresh(input.assessmentId);
});

export const saveSizingConfigAction = authedAction(ZSaveSizingConfig, 'outputs.edit', async ({ session, input }) => {
  const result = await saveSizingConfig(db(), session.actor, input);
  refresh(input.assessmentId);
  return result;
});

export const resetSizingConfigAction = authedAction(ZResetSizingConfig, 'outputs.edit', async ({ session, input }) => {
  const result = await resetSizingConfig(db(), session.actor, input);
  refresh(input.assessmentId);
  return result;
});
