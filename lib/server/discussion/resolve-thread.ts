import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZResolveThread } from '@/lib/schemas/discussion';
import { requirePermission, type TActor } from '../actor';
import { parseInput } from '../parse-input';
import { ConflictError, NotFoundError } from '../errors';
import { requireEditable } from '../assessments/require-editable';

/** Resolves a thread or reopens it, if it is still as the caller saw it (its version). */
export async function setThreadResolved(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'discussion.write');
  const input = parseInput(ZResolveThread, raw);
  const isResolve = input.action === 'resolve';
  return prisma.$transaction(async (tx) => {
    const thread = await tx.discussionThread.findFirst({ where: { id: input.threadId, organizationId: actor.organizationId, assessment: { organizationId: actor.organizationId } }, include: { assessment: { select: { archivedAt: true } } } });
    if (!thread) throw new NotFoundError('That discussion');
    requireEditable(thread.assessment);
    if (!!thread.resolvedAt === isResolve) throw new ConflictError(isResolve ? 'This discussion is already resolved.' : 'This discussion is already open.');
    const updated = await tx.discussionThread.updateMany({
      where: { id: thread.id, version: input.expectedVersion },
      data: { resolvedAt: isResolve ? now : null, resolvedById: isResolve ? actor.userId : null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError('This discussion changed since you opened it. Reload to see it.');
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId: thread.assessmentId, actorId: actor.userId, action: isResolve ? 'discussion.resolved' : 'discussion.reopened', subject: thread.subjectId },
    });
    return { threadId: thread.id, resolved: isResolve, version: thread.version + 1 };
  });
}
