import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZFrozenAssessment, type TFrozenAssessment } from '@/lib/domain/milestone-snapshot';
import { requirePermission, type TActor } from '../actor';
import { findAssessmentOrThrow } from '../assessments/load-assessment';

export type TMilestoneListItem = { id: string; name: string; createdAt: Date; createdBy: string; progress: TFrozenAssessment['progress'] };

/** The milestones of an assessment, oldest first, with who saved them and the progress they froze. Scoped to the actor's organisation. */
export async function listMilestones(prisma: TPrisma, actor: TActor, assessmentId: string): Promise<TMilestoneListItem[]> {
  requirePermission(actor, 'assessment.read');
  await findAssessmentOrThrow(prisma, actor, assessmentId);
  const rows = await prisma.$queryRaw<{ id: string; name: string; createdAt: Date; createdBy: string; progress: unknown }[]>`
    SELECT m.id, m.name, m."createdAt", coalesce(u.name, 'A former member') AS "createdBy", m.snapshot -> 'progress' AS progress
    FROM "Milestone" m LEFT JOIN "User" u ON u.id = m."createdById"
    WHERE m."assessmentId" = ${assessmentId}::uuid AND m."organizationId" = ${actor.organizationId}::uuid
    ORDER BY m."createdAt", m.id`;
  return rows.map((r) => ({ ...r, progress: ZFrozenAssessment.shape.progress.parse(r.progress) }));
}
