import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { requirePermission, type TActor } from '../actor';
import { findAssessmentOrThrow } from '../assessments/load-assessment';

export type TThreadView = {
  id: string;
  subjectId: string;
  version: number;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  comments: { id: string; author: string | null; body: string; createdAt: Date }[];
};

/**
 * The discussions of one assessment (or of some of its checkpoints and questions), with their
 * comments in order, and the members whose @names the comments may mention.
 */
export async function loadDiscussions(prisma: TPrisma, actor: TActor, assessmentId: string, subjectIds?: string[]) {
  requirePermission(actor, 'assessment.read');
  await findAssessmentOrThrow(prisma, actor, assessmentId);
  const [threads, members] = await Promise.all([
    prisma.discussionThread.findMany({
      where: { assessmentId, organizationId: actor.organizationId, ...(subjectIds ? { subjectId: { in: subjectIds } } : {}) },
      include: { comments: { orderBy: { createdAt: 'asc' } } },
    }),
    prisma.membership.findMany({ where: { organizationId: actor.organizationId }, select: { userId: true, user: { select: { name: true } } } }),
  ]);
  const ids = [...new Set(threads.flatMap((t) => [t.resolvedById, ...t.comments.map((c) => c.authorId)]).filter((x): x is string => !!x))];
  const people = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
  const views: Record<string, TThreadView> = Object.fromEntries(
    threads.map((t) => [
      t.subjectId,
      { id: t.id, subjectId: t.subjectId, version: t.version, resolvedBy: nameOf(t.resolvedById), resolvedAt: t.resolvedAt, comments: t.comments.map((c) => ({ id: c.id, author: nameOf(c.authorId), body: c.body, createdAt: c.createdAt })) },
    ]),
  );
  return { threads: views, members: members.map((m) => ({ userId: m.userId, name: m.user.name })) };
}
