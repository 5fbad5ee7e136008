import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZAssessmentRef } from '@/lib/schemas/assessment';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { isUuid } from '@/lib/schemas/ids';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';

function parseRef(raw: unknown) {
  const parsed = ZAssessmentRef.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the request.', fieldErrors(parsed.error));
  return parsed.data.assessmentId;
}

/**
 * Archives or restores one assessment of the actor's organisation with a conditional update (only
 * from the other state), and the audit row in the same transaction.
 */
async function setArchived(prisma: TPrisma, actor: TActor, assessmentId: string, archive: boolean) {
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  return prisma.$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, organizationId: actor.organizationId }, select: { id: true, name: true } });
    if (!assessment) throw new NotFoundError('That assessment');
    const now = new Date();
    const { count } = await tx.assessment.updateMany({
      where: { id: assessmentId, organizationId: actor.organizationId, archivedAt: archive ? null : { not: null } },
      data: archive ? { archivedAt: now, archivedById: actor.userId } : { archivedAt: null, archivedById: null },
    });
    if (count !== 1) throw new ConflictError(archive ? 'This assessment is already archived.' : 'This assessment is not archived.');
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: archive ? 'assessment.archived' : 'assessment.restored', subject: assessment.name },
    });
    return { id: assessmentId, archivedAt: archive ? now : null };
  });
}

/** Archives an assessment: it leaves the lists, the review queue and the API list, and stays readable. */
export async function archiveAssessment(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'assessment.archive');
  return setArchived(prisma, actor, parseRef(raw), true);
}

/** Restores an archived assessment to the lists and the review queue. */
export async function restoreAssessment(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'assessment.archive');
  return setArchived(prisma, actor, parseRef(raw), false);
}
