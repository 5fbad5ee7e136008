import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import type { TPrisma } from '@/lib/db/client';
import { answerValueSchema } from '@/lib/schemas/answer-value';
import { ZSaveAnswer } from '@/lib/schemas/save-answer';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { checkpointsToReopen, isPhaseWritable } from '@/lib/domain/gating';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError } from '../errors';
import { loadAssessmentState, trackForId } from './load-assessment';
import { questionEntry } from './lookups';

export interface TSaveAnswerResult {
  version: number;
  changed: boolean;
  reopened: { checkpointId: string; label: string }[];
}

/**
 * Saves one answer. Refused when the phase is locked, when the value does not fit the question,
 * or when someone saved a newer version since the caller loaded it (the refusal carries the newer
 * value). Evidence for a submitted or approved checkpoint re-opens it. The audit row is written in
 * the same transaction as the change.
 */
export async function saveAnswer(prisma: TPrisma, actor: TActor, raw: unknown): Promise<TSaveAnswerResult> {
  requirePermission(actor, 'answer.write');
  const parsed = ZSaveAnswer.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The answer could not be read.', fieldErrors(parsed.error));
  const { assessmentId, questionId, expectedVersion } = parsed.data;

  return prisma.$transaction(async (tx) => {
    const state = await loadAssessmentState(tx, actor, assessmentId);
    const track = trackForId(state.tracks, questionId);
    const entry = track && questionEntry(track, questionId);
    if (!track || !entry) throw new InvalidInputError(`Unknown question "${questionId.slice(0, 80)}".`);
    const valueResult = answerValueSchema(entry.question).safeParse(parsed.data.value);
    if (!valueResult.success) {
      throw new InvalidInputError(valueResult.error.issues[0]?.message ?? 'That answer does not fit the question.', { value: valueResult.error.issues.map((i) => i.message) });
    }
    const value = valueResult.data ?? null;
    if (!isPhaseWritable(track.template, entry.phase.id, state.statuses)) {
      const phase = state.gating[track.platform]?.find((p) => p.phaseId === entry.phase.id);
      throw new ConflictError(`Phase ${entry.phase.number} is locked. ${phase?.lockedReason ?? ''}`.trim());
    }

    const current = state.answers[questionId];
    const currentVersion = current?.version ?? 0;
    if (expectedVersion !== currentVersion) {
      throw new ConflictError('Someone else saved this answer since you opened it. Their version is shown; review it before saving again.', {
        currentVersion,
        currentValue: current?.value ?? null,
        updatedAt: current?.updatedAt ?? null,
      });
    }
    if (current && isDeepStrictEqual(current.value, value)) return { version: currentVersion, changed: false, reopened: [] };

    if (current) {
      const updated = await tx.answer.updateMany({ where: { id: current.id, version: currentVersion }, data: { value: value as object, version: currentVersion + 1, updatedById: actor.userId } });
      if (updated.count !== 1) throw new ConflictError('Someone else saved this answer at the same moment. Reload to see their version.');
    } else {
      await tx.answer.create({ data: { assessmentId, questionId, value: value as object, version: 1, updatedById: actor.userId } });
    }
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'answer.changed', subject: questionId, before: (current?.value ?? null) as object, after: value as object },
    });

    const reopened = [];
    for (const checkpointId of checkpointsToReopen(track.template, questionId, state.statuses)) {
      const row = state.checkpoints[checkpointId];
      if (!row) continue;
      const label = track.index.checkpoints.get(checkpointId)?.checkpoint.label ?? checkpointId;
      const reason = `Re-opened because the answer to "${entry.question.label.slice(0, 120)}" changed after it was ${row.status === 'approved' ? 'approved' : 'submitted'}.`;
      await tx.checkpointState.update({ where: { id: row.id }, data: { status: 'open', reopenReason: reason, version: { increment: 1 } } });
      await tx.auditEvent.create({
        data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'checkpoint.reopened', subject: checkpointId, before: { status: row.status }, after: { status: 'open', reason } },
      });
      reopened.push({ checkpointId, label });
    }
    await tx.assessment.update({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
    return { version: current ? currentVersion + 1 : 1, changed: true, reopened };
  });
}
