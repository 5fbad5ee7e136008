import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZPostComment } from '@/lib/schemas/discussion';
import { requirePermission, type TActor } from '../actor';
import { parseInput } from '../parse-input';
import { findAssessmentOrThrow } from '../assessments/load-assessment';
import { requireEditable } from '../assessments/require-editable';
import { afterCommit, notify } from '../notifications/notify';
import { appendComment, subjectKindOf } from './append-comment';

/** A comment (or a reply) in the discussion of a checkpoint or question of an assessment of the caller's organisation. */
export async function postComment(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'discussion.write');
  const input = parseInput(ZPostComment, raw);
  const { result, mailNow } = await prisma.$transaction(async (tx) => {
    const { assessment, tracks } = await findAssessmentOrThrow(tx, actor, input.assessmentId);
    requireEditable(assessment);
    const subjectKind = subjectKindOf(tracks, input.subjectId);
    const added = await appendComment(tx, actor, { ...input, subjectKind });
    const mailNow = await notify(tx, [added.event], { organizationId: actor.organizationId, assessmentId: input.assessmentId, subjectId: input.subjectId, threadId: added.threadId });
    return { result: { threadId: added.threadId, commentId: added.commentId }, mailNow };
  });
  afterCommit(prisma, mailNow);
  return result;
}
