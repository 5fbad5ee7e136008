import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { isReadOnly } from '@/lib/domain/assessment-read-only';
import { isUuid } from '@/lib/schemas/ids';
import { requirePermission, type TActor } from '../actor';
import { NotFoundError } from '../errors';

/** Whether the pages of an assessment of the actor's organisation offer editing: archived ones are read-only. */
export async function loadReadOnly(prisma: TPrisma, actor: TActor, assessmentId: string): Promise<{ isReadOnly: boolean; archivedAt: Date | null }> {
  requirePermission(actor, 'assessment.read');
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  const assessment = await prisma.assessment.findFirst({ where: { id: assessmentId, organizationId: actor.organizationId }, select: { archivedAt: true } });
  if (!assessment) throw new NotFoundError('That assessment');
  return { isReadOnly: isReadOnly(assessment), archivedAt: assessment.archivedAt };
}
