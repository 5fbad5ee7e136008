import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZCheckpointCommand, type TCheckpointCommand } from '@/lib/schemas/assessment';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { isEvidenceComplete, isPhaseWritable } from '@/lib/domain/gating';
import { transition, type TCheckpointEvent } from '@/lib/domain/checkpoint-machine';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, DomainError, InvalidInputError } from '../errors';
import { loadAssessmentState, trackForId } from './load-assessment';
import { checkpointEntry } from './lookups';
import { requireEditable } from './require-editable';
import type { TQuestion } from '@/lib/content/template-schema';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';
import type { TNotificationEvent } from '@/lib/domain/notification-routing';
import { afterCommit, notify } from '../notifications/notify';
import { appendComment } from '../discussion/append-comment';

const PERMISSION = { submit: 'checkpoint.submit', submit_not_applicable: 'checkpoint.submit', approve: 'checkpoint.review', request_changes: 'checkpoint.review' } as const;

/**
 * Applies one checkpoint command through the state machine: a planner submits (or marks an
 * optional checkpoint not applicable), a reviewer approves or requests changes. The update is
 * conditional on the version the caller saw, and the audit row shares its transaction.
 */
export async function decideCheckpoint(prisma: TPrisma, actor: TActor, raw: unknown) {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type in PERMISSION) requirePermission(actor, PERMISSION[type as keyof typeof PERMISSION]);
  const parsed = ZCheckpointCommand.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  const command = parsed.data;
  requirePermission(actor, PERMISSION[command.type]);

  const result = await prisma.$transaction(async (tx) => {
    const state = await loadAssessmentState(tx, actor, command.assessmentId);
    requireEditable(state.assessment);
    const track = trackForId(state.tracks, command.checkpointId);
    const entry = track && checkpointEntry(track, command.checkpointId);
    if (!track || !entry) throw new InvalidInputError(`Unknown checkpoint "${command.checkpointId.slice(0, 80)}".`);
    if ((command.type === 'submit' || command.type === 'submit_not_applicable') && !isPhaseWritable(track.template, entry.phase.id, state.statuses)) {
      throw new ConflictError(`Phase ${entry.phase.number} is locked until the earlier phases are signed off.`);
    }
    const row = state.checkpoints[command.checkpointId];
    const version = row?.version ?? 0;
    if (command.expectedVersion !== version) throw new ConflictError('This checkpoint changed since you opened it. Reload to see its current state.');

    const current = {
      status: row?.status ?? 'open',
      notApplicable: row?.notApplicable ?? false,
      justification: row?.justification ?? undefined,
      submittedById: row?.submittedById ?? undefined,
      reviewedById: row?.reviewedById ?? undefined,
      comment: row?.comment ?? undefined,
      reopenReason: row?.reopenReason ?? undefined,
    } as const;
    const questionOf = (qid: string) => track.index.questions.get(qid)?.question;
    const result = transition(current, toEvent(command, actor, entry, questionOf, state.values));
    if (!result.ok) throw new DomainError(result.message, result.code === 'same_person' ? 403 : 409);
    const next = result.next;
    const now = new Date();
    const isSubmit = command.type === 'submit' || command.type === 'submit_not_applicable';
    const data = {
      status: next.status,
      notApplicable: next.notApplicable,
      justification: next.justification ?? null,
      comment: next.comment ?? null,
      reopenReason: null,
      ...(isSubmit ? { submittedById: actor.userId, submittedAt: now, reviewedById: null, reviewedAt: null } : { reviewedById: actor.userId, reviewedAt: now }),
    };
    if (row) {
      const updated = await tx.checkpointState.updateMany({ where: { id: row.id, version }, data: { ...data, version: version + 1 } });
      if (updated.count !== 1) throw new ConflictError('This checkpoint changed at the same moment. Reload to see its current state.');
    } else {
      await tx.checkpointState.create({ data: { assessmentId: command.assessmentId, checkpointId: command.checkpointId, ...data, version: 1 } });
    }
    await tx.auditEvent.create({
      data: {
        organizationId: actor.organizationId,
        assessmentId: command.assessmentId,
        actorId: actor.userId,
        action: `checkpoint.${command.type}`,
        subject: command.checkpointId,
        before: { status: current.status, notApplicable: current.notApplicable },
        after: { status: next.status, notApplicable: next.notApplicable, ...(next.comment ? { comment: next.comment } : {}), ...(next.justification ? { justification: next.justification } : {}) },
      },
    });
    await tx.assessment.update({ where: { id: command.assessmentId }, data: { updatedAt: now } });
    // Who hears of it; "request changes" also writes the comment into the checkpoint's discussion.
    const events: TNotificationEvent[] = [];
    let threadId: string | undefined;
    if (isSubmit) events.push({ kind: 'checkpoint.submitted', actorId: actor.userId });
    else events.push({ kind: command.type === 'approve' ? 'checkpoint.approved' : 'checkpoint.sent-back', actorId: actor.userId, submittedById: row?.submittedById ?? null });
    if (command.type === 'request_changes') {
      const added = await appendComment(tx, actor, { assessmentId: command.assessmentId, subjectId: command.checkpointId, subjectKind: 'checkpoint', body: command.comment, via: 'request-changes' });
      events.push(added.event);
      threadId = added.threadId;
    }
    const mailNow = await notify(tx, events, { organizationId: actor.organizationId, assessmentId: command.assessmentId, subjectId: command.checkpointId, threadId });
    return { status: next.status, version: version + 1, mailNow };
  });
  afterCommit(prisma, result.mailNow);
  scheduleDraftRefresh(prisma, actor, command.assessmentId);
  return { status: result.status, version: result.version };
}

function toEvent(
  command: TCheckpointCommand,
  actor: TActor,
  entry: NonNullable<ReturnType<typeof checkpointEntry>>,
  questionOf: (id: string) => TQuestion | undefined,
  values: Record<string, unknown>,
): TCheckpointEvent {
  switch (command.type) {
    case 'submit':
      return { type: 'submit', actorId: actor.userId, evidenceComplete: isEvidenceComplete(entry.checkpoint.evidence, questionOf, values) };
    case 'submit_not_applicable':
      return { type: 'submit_not_applicable', actorId: actor.userId, justification: command.justification, isOptional: entry.section.optional || entry.phase.optional };
    case 'approve':
      return { type: 'approve', actorId: actor.userId };
    case 'request_changes':
      return { type: 'request_changes', actorId: actor.userId, comment: command.comment };
  }
}
