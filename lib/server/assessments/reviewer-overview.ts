import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { followedAssessments } from '@/lib/domain/reviewer-follow';
import { requirePermission, type TActor } from '../actor';
import { findAssessmentOrThrow } from './load-assessment';

const DECISIONS = ['checkpoint.approve', 'checkpoint.request_changes'] as const;

/**
 * What else needs a reviewer when the queue is empty: their recent decisions (from the audit trail)
 * and the assessments they follow. Archived assessments are left out; organisation-scoped.
 */
export async function reviewerOverview(prisma: TPrisma, actor: TActor, now: Date = new Date()) {
  requirePermission(actor, 'review.queue');
  const live = { organizationId: actor.organizationId, archivedAt: null };
  const [decisions, reviewed, candidates] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { organizationId: actor.organizationId, actorId: actor.userId, action: { in: [...DECISIONS] }, assessment: live },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: 5,
      select: { id: true, action: true, subject: true, createdAt: true, assessmentId: true, assessment: { select: { name: true } } },
    }),
    prisma.auditEvent.findMany({ where: { organizationId: actor.organizationId, actorId: actor.userId, action: { in: [...DECISIONS] }, assessment: live }, distinct: ['assessmentId'], select: { assessmentId: true } }),
    prisma.assessment.findMany({ where: live, select: { id: true, name: true, updatedAt: true } }),
  ]);
  const tracksOf = new Map(
    await Promise.all([...new Set(decisions.map((d) => d.assessmentId!))].map(async (id) => [id, (await findAssessmentOrThrow(prisma, actor, id)).tracks] as const)),
  );
  const followed = followedAssessments(candidates, new Set(reviewed.map((r) => r.assessmentId!)), now);
  return {
    decisions: decisions.map((d) => {
      const entry = d.subject ? tracksOf.get(d.assessmentId!)?.map((t) => t.index.checkpoints.get(d.subject!)).find(Boolean) : undefined;
      return {
        id: d.id,
        decision: d.action === 'checkpoint.approve' ? ('approved' as const) : ('changesRequested' as const),
        checkpointLabel: entry?.checkpoint.label ?? null,
        href: entry ? `/assessments/${d.assessmentId}/phases/${entry.phase.id}` : `/assessments/${d.assessmentId}`,
        assessmentName: d.assessment?.name ?? '',
        createdAt: d.createdAt,
      };
    }),
    followed: followed.map((f) => ({ id: f.id, name: f.name, updatedAt: f.updatedAt, reason: f.reason })),
  };
}
