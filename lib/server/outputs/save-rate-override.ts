import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { ZRemoveRateOverride, ZSaveRateOverride } from '@/lib/schemas/outputs';
import { requirePermission, type TActor } from '../actor';
import { InvalidInputError, NotFoundError } from '../errors';
import { findAssessmentOrThrow } from '../assessments/load-assessment';
import { requireEditable } from '../assessments/require-editable';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';

/** Replaces one rate-card figure of one hosting option for this assessment. Audited with the previous override. */
export async function saveRateOverride(prisma: TPrisma, actor: TActor, raw: unknown): Promise<void> {
  requirePermission(actor, 'outputs.edit');
  const parsed = ZSaveRateOverride.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The rate could not be read.', fieldErrors(parsed.error));
  const { assessmentId, option, rateKey, value } = parsed.data;
  const reason = parsed.data.reason?.trim() || null;

  await prisma.$transaction(async (tx) => {
    requireEditable((await findAssessmentOrThrow(tx, actor, assessmentId)).assessment);
    const key = { assessmentId_option_rateKey: { assessmentId, option, rateKey } };
    const before = await tx.rateOverride.findUnique({ where: key });
    await tx.rateOverride.upsert({ where: key, create: { assessmentId, option, rateKey, value, reason, updatedById: actor.userId }, update: { value, reason, updatedById: actor.userId } });
    await tx.auditEvent.create({
      data: {
        organizationId: actor.organizationId,
        assessmentId,
        actorId: actor.userId,
        action: 'rate.overridden',
        subject: `${option}.${rateKey}`,
        before: before ? { value: before.value, reason: before.reason } : undefined,
        after: { value, reason },
      },
    });
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
}

/** Goes back to the rate card's figure. Audited. */
export async function removeRateOverride(prisma: TPrisma, actor: TActor, raw: unknown): Promise<void> {
  requirePermission(actor, 'outputs.edit');
  const parsed = ZRemoveRateOverride.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The rate could not be read.', fieldErrors(parsed.error));
  const { assessmentId, option, rateKey } = parsed.data;
  await prisma.$transaction(async (tx) => {
    requireEditable((await findAssessmentOrThrow(tx, actor, assessmentId)).assessment);
    const before = await tx.rateOverride.findUnique({ where: { assessmentId_option_rateKey: { assessmentId, option, rateKey } } });
    if (!before) throw new NotFoundError('That override');
    await tx.rateOverride.delete({ where: { id: before.id } });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'rate.override-removed', subject: `${option}.${rateKey}`, before: { value: before.value, reason: before.reason } },
    });
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
}
