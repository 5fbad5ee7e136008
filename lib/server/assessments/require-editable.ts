import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ARCHIVED_READ_ONLY_MESSAGE, isReadOnly } from '@/lib/domain/assessment-read-only';
import { isUuid } from '@/lib/schemas/ids';
import type { TActor } from '../actor';
import { ConflictError, NotFoundError } from '../errors';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0] | TPrisma;

/** Refuses (409, in words) any change to an archived assessment; call it with the assessment the write path loaded. */
export function requireEditable(assessment: { archivedAt: Date | string | null }): void {
  if (isReadOnly(assessment)) throw new ConflictError(ARCHIVED_READ_ONLY_MESSAGE);
}

/** The same, for a write path that has not loaded the assessment: "not found" outside the actor's organisation. */
export async function requireEditableById(prisma: Tx, actor: TActor, assessmentId: string): Promise<void> {
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  const assessment = await prisma.assessment.findFirst({ where: { id: assessmentId, organizationId: actor.organizationId }, select: { archivedAt: true } });
  if (!assessment) throw new NotFoundError('That assessment');
  requireEditable(assessment);
}
