import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { ZSaveRfpDetails } from '@/lib/schemas/rfp-actions';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError } from '../errors';
import { findAssessmentOrThrow } from '../assessments/load-assessment';
import { requireEditable } from '../assessments/require-editable';
import { loadRfpDetails } from './load-document-input';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';

/** Saves the RFP fields and narrative; refused if someone saved a newer draft meanwhile. Audited. */
export async function saveRfpDetails(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ version: number }> {
  requirePermission(actor, 'rfp.edit');
  const parsed = ZSaveRfpDetails.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The RFP details could not be read.', fieldErrors(parsed.error));
  const { assessmentId, details, expectedVersion } = parsed.data;
  const result = await prisma.$transaction(async (tx) => {
    requireEditable((await findAssessmentOrThrow(tx, actor, assessmentId)).assessment);
    const before = await loadRfpDetails(tx, assessmentId);
    if (before.version !== expectedVersion) throw new ConflictError('Someone else saved the RFP details since you opened them. Reload to see theirs before saving again.');
    if (expectedVersion === 0) await tx.rfpDraft.create({ data: { assessmentId, details, version: 1, updatedById: actor.userId } });
    else {
      const updated = await tx.rfpDraft.updateMany({ where: { assessmentId, version: expectedVersion }, data: { details, version: expectedVersion + 1, updatedById: actor.userId } });
      if (updated.count !== 1) throw new ConflictError('Someone else saved the RFP details at the same moment. Reload to see theirs.');
    }
    await tx.auditEvent.create({ data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'rfp.details-saved', subject: 'rfp', before: before.details, after: details } });
    return { version: expectedVersion + 1 };
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
  return result;
}
