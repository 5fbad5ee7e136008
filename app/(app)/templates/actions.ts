'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/prisma';
import { authedAction } from '@/lib/app/authed-action';
import { ZSaveTemplate } from '@/lib/schemas/template-upload';
import { saveOrganizationTemplate } from '@/lib/server/templates/save-template';

export const saveTemplateAction = authedAction(ZSaveTemplate, 'template.manage', async ({ session, input }) => {
  const result = await saveOrganizationTemplate(db(), session.actor, input);
  revalidatePath('/templates');
  return result;
});
