import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { mentionedMembers, type TNotificationEvent } from '@/lib/domain/notification-routing';
import type { TActor } from '../actor';
import { InvalidInputError } from '../errors';
import type { TTrack } from '../assessments/load-assessment';
import { trackForId } from '../assessments/load-assessment';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0];

/** 'checkpoint' or 'question' when the id is one of the assessment's questionnaires; otherwise a refusal. */
export function subjectKindOf(tracks: TTrack[], subjectId: string): 'checkpoint' | 'question' {
  const track = trackForId(tracks, subjectId);
  if (track?.index.checkpoints.has(subjectId)) return 'checkpoint';
  if (track?.index.questions.has(subjectId)) return 'question';
  throw new InvalidInputError('Check the form.', { subjectId: ['Unknown checkpoint or question.'] });
}

/**
 * Adds a comment to the thread of a checkpoint or question (making the thread on the first one; a
 * comment in a resolved thread reopens it), with its audit row, in the caller's transaction.
 * Returns what notification routing needs: who is mentioned and who wrote in the thread before.
 */
export async function appendComment(tx: Tx, actor: TActor, input: { assessmentId: string; subjectId: string; subjectKind: 'checkpoint' | 'question'; body: string; via?: 'request-changes' }) {
  const thread = await tx.discussionThread.upsert({
    where: { assessmentId_subjectId: { assessmentId: input.assessmentId, subjectId: input.subjectId } },
    create: { organizationId: actor.organizationId, assessmentId: input.assessmentId, subjectKind: input.subjectKind, subjectId: input.subjectId },
    update: {},
  });
  if (thread.resolvedAt) await tx.discussionThread.update({ where: { id: thread.id }, data: { resolvedAt: null, resolvedById: null, version: { increment: 1 } } });
  const [members, earlier] = await Promise.all([
    tx.membership.findMany({ where: { organizationId: actor.organizationId }, select: { userId: true, user: { select: { name: true } } } }),
    tx.discussionComment.findMany({ where: { threadId: thread.id }, select: { authorId: true }, distinct: ['authorId'] }),
  ]);
  const mentionedIds = mentionedMembers(input.body, members.map((m) => ({ userId: m.userId, name: m.user.name })));
  const comment = await tx.discussionComment.create({ data: { organizationId: actor.organizationId, threadId: thread.id, authorId: actor.userId, body: input.body, mentionedIds } });
  await tx.auditEvent.create({
    data: {
      organizationId: actor.organizationId,
      assessmentId: input.assessmentId,
      actorId: actor.userId,
      action: 'discussion.commented',
      subject: input.subjectId,
      after: { comment: input.body, mentioned: mentionedIds.length, ...(thread.resolvedAt ? { reopened: true } : {}), ...(input.via ? { via: input.via } : {}) },
    },
  });
  const event: TNotificationEvent = { kind: 'comment', actorId: actor.userId, mentionedIds, participantIds: earlier.map((e) => e.authorId).filter((x): x is string => !!x) };
  return { threadId: thread.id, commentId: comment.id, event };
}
