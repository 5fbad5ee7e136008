import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import type { TPrisma } from '@/lib/db/client';
import { answerValueSchema } from '@/lib/schemas/answer-value';
import { isUuid } from '@/lib/schemas/ids';
import { ZSaveAnswer } from '@/lib/schemas/save-answer';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { answerMode, checkpointsCiting, checkpointsToReopen, type TStatuses } from '@/lib/domain/gating';
import type { CheckpointStatus } from '@/generated/prisma/enums';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { trackForId, type TTrack } from './load-assessment';
import { questionEntry } from './lookups';
import { templateById } from './template-cache';
import { requireEditable } from './require-editable';
import { cachedTracks, rememberTracks } from './track-cache';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';

export interface TSaveAnswerResult {
  version: number;
  changed: boolean;
  reopened: { checkpointId: string; label: string }[];
}

type TSaveFacts = {
  archivedAt: string | null;
  tracks: { platform: string; templateVersionId: string; templateKey: string; version: number }[];
  answer: { id: string; value: unknown; version: number; updatedAt: string } | null;
  checkpoints: { id: string; checkpointId: string; status: CheckpointStatus; notApplicable: boolean }[];
};

/**
 * Everything a save decides on, in one statement: the assessment's tracks (only if it belongs to
 * the actor's organisation), the one answer being saved, and the status of each checkpoint (a few
 * short rows: the phase lock and re-opening need them). Not the other answers, not the checkpoint
 * texts, and the template itself from the per-process cache of immutable versions.
 */
async function loadSaveFacts(prisma: TPrisma, organizationId: string, assessmentId: string, questionId: string): Promise<TSaveFacts | null> {
  const rows = await prisma.$queryRaw<TSaveFacts[]>`
    SELECT
      a."archivedAt",
      (SELECT coalesce(json_agg(json_build_object('platform', t.platform, 'templateVersionId', t."templateVersionId", 'templateKey', v."templateKey", 'version', v.version) ORDER BY t.platform), '[]')
         FROM "AssessmentTemplate" t JOIN "TemplateVersion" v ON v.id = t."templateVersionId" WHERE t."assessmentId" = a.id) AS tracks,
      (SELECT json_build_object('id', x.id, 'value', x.value, 'version', x.version, 'updatedAt', x."updatedAt")
         FROM "Answer" x WHERE x."assessmentId" = a.id AND x."questionId" = ${questionId}) AS answer,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'checkpointId', c."checkpointId", 'status', c.status, 'notApplicable', c."notApplicable")), '[]')
         FROM "CheckpointState" c WHERE c."assessmentId" = a.id) AS checkpoints
    FROM "Assessment" a WHERE a.id = ${assessmentId}::uuid AND a."organizationId" = ${organizationId}::uuid`;
  return rows[0] ?? null;
}

type TWrite = {
  actor: TActor;
  assessmentId: string;
  questionId: string;
  expectedVersion: number;
  after: unknown;
  now: Date;
  /**
   * What the caller has not read but assumed (the one-statement save): the assessment still uses
   * this template version, and none of these checkpoints (those citing the question) is submitted
   * or approved. The write happens only if both still hold.
   */
  assumed?: { templateVersionId: string; citing: string[] };
};

/**
 * The change, its audit row and the assessment's touch in one statement (one transaction): the
 * answer is updated only if its version is still `expectedVersion` and its value differs (or
 * inserted only if there was none), only in an assessment of the actor's organisation that is not
 * archived (an archive between the read and the write wins), and only
 * if what the caller assumed (`assumed`) still holds; the audit row (with the value it replaced,
 * read in the same snapshot) and the touch follow only when it was written. No row back: someone
 * else's save won, or an assumption failed.
 */
async function writeAnswer(prisma: Pick<TPrisma, '$queryRaw'>, w: TWrite): Promise<number | null> {
  const after = JSON.stringify(w.after);
  const assumedVersion = w.assumed?.templateVersionId ?? null;
  const citing = w.assumed?.citing ?? [];
  const rows = await prisma.$queryRaw<{ version: number }[]>`
    WITH ok AS (
      SELECT EXISTS (
        SELECT 1 FROM "Assessment" a
        WHERE a.id = ${w.assessmentId}::uuid AND a."organizationId" = ${w.actor.organizationId}::uuid AND a."archivedAt" IS NULL
          AND (${assumedVersion}::uuid IS NULL OR EXISTS (SELECT 1 FROM "AssessmentTemplate" t WHERE t."assessmentId" = a.id AND t."templateVersionId" = ${assumedVersion}::uuid))
          AND NOT EXISTS (SELECT 1 FROM "CheckpointState" c WHERE c."assessmentId" = a.id AND c."checkpointId" = ANY(${citing}::text[]) AND NOT c."notApplicable" AND c.status IN ('submitted', 'approved'))
      ) AS fine),
    cur AS (SELECT value FROM "Answer" WHERE "assessmentId" = ${w.assessmentId}::uuid AND "questionId" = ${w.questionId}),
    upd AS (
      UPDATE "Answer" SET value = ${after}::jsonb, version = version + 1, "updatedById" = ${w.actor.userId}::uuid, "updatedAt" = ${w.now}
      WHERE "assessmentId" = ${w.assessmentId}::uuid AND "questionId" = ${w.questionId} AND version = ${w.expectedVersion} AND ${w.expectedVersion} > 0
        AND value IS DISTINCT FROM ${after}::jsonb AND (SELECT fine FROM ok)
      RETURNING version),
    ins AS (
      INSERT INTO "Answer" (id, "assessmentId", "questionId", value, version, "updatedById", "updatedAt")
      SELECT gen_random_uuid(), ${w.assessmentId}::uuid, ${w.questionId}, ${after}::jsonb, 1, ${w.actor.userId}::uuid, ${w.now} WHERE ${w.expectedVersion} = 0 AND (SELECT fine FROM ok)
      ON CONFLICT ("assessmentId", "questionId") DO NOTHING
      RETURNING version),
    done AS (SELECT version FROM upd UNION ALL SELECT version FROM ins),
    audit AS (
      INSERT INTO "AuditEvent" (id, "organizationId", "assessmentId", "actorId", action, subject, before, after, "createdAt")
      SELECT gen_random_uuid(), ${w.actor.organizationId}::uuid, ${w.assessmentId}::uuid, ${w.actor.userId}::uuid, 'answer.changed', ${w.questionId}, (SELECT value FROM cur), ${after}::jsonb, ${w.now} FROM done),
    touch AS (UPDATE "Assessment" SET "updatedAt" = ${w.now} WHERE id = ${w.assessmentId}::uuid AND EXISTS (SELECT 1 FROM done))
    SELECT version FROM done`;
  return rows[0]?.version ?? null;
}

/**
 * The usual save in one round trip, when this process has met the assessment before: the value is
 * checked against the template version the assessment used then (from the per-process caches), and
 * the write itself confirms that version, the organisation, the expected version, a changed value
 * and that no checkpoint citing the question needs re-opening. Null when any of that is unknown or
 * no longer true: the caller then reads the facts and decides (a conflict, an unchanged value, a
 * re-opening, an upgraded template, someone else's assessment).
 */
async function saveOnKnownTracks(prisma: TPrisma, actor: TActor, input: { assessmentId: string; questionId: string; expectedVersion: number; value: unknown }): Promise<TSaveAnswerResult | null> {
  const known = trackForId(cachedTracks(input.assessmentId) ?? [], input.questionId);
  if (!known) return null;
  const { template, index } = await templateById(prisma, known.templateVersionId);
  const entry = index.questions.get(input.questionId);
  if (!entry) return null;
  const valueResult = answerValueSchema(entry.question).safeParse(input.value);
  if (!valueResult.success) return null;
  const citing = checkpointsCiting(template, input.questionId).map((cp) => cp.id);
  const version = await writeAnswer(prisma, { ...input, actor, after: valueResult.data ?? null, now: new Date(), assumed: { templateVersionId: known.templateVersionId, citing } });
  return version === null ? null : { version, changed: true, reopened: [] };
}

/**
 * Saves one answer (a draft while its phase is locked: see answerMode). Refused when the value does not fit the question,
 * or when someone saved a newer version since the caller loaded it (the refusal carries the newer
 * value). Evidence for a submitted or approved checkpoint re-opens it. The audit row is written in
 * the same transaction as the change.
 *
 * The usual save is one statement (saveOnKnownTracks): the write, with what it assumed checked
 * in it. Otherwise (the first save of an assessment in this process, a conflict, an unchanged
 * value, a re-opening) one read (loadSaveFacts) decides, then one write; a save that re-opens
 * checkpoints runs the write and the re-openings in one transaction.
 */
export async function saveAnswer(prisma: TPrisma, actor: TActor, raw: unknown): Promise<TSaveAnswerResult> {
  requirePermission(actor, 'answer.write');
  const parsed = ZSaveAnswer.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The answer could not be read.', fieldErrors(parsed.error));
  const { assessmentId, questionId, expectedVersion } = parsed.data;
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');

  const quick = await saveOnKnownTracks(prisma, actor, parsed.data);
  if (quick) {
    scheduleDraftRefresh(prisma, actor, assessmentId);
    return quick;
  }

  const facts = await loadSaveFacts(prisma, actor.organizationId, assessmentId, questionId);
  if (!facts) throw new NotFoundError('That assessment');
  requireEditable(facts);
  rememberTracks(assessmentId, facts.tracks);
  const tracks: Omit<TTrack, 'organizationId'>[] = [];
  for (const t of facts.tracks) tracks.push({ ...t, ...(await templateById(prisma, t.templateVersionId)) });
  const track = trackForId(tracks, questionId);
  const entry = track && questionEntry(track, questionId);
  if (!track || !entry) throw new InvalidInputError(`Unknown question "${questionId.slice(0, 80)}".`);
  const valueResult = answerValueSchema(entry.question).safeParse(parsed.data.value);
  if (!valueResult.success) {
    throw new InvalidInputError(valueResult.error.issues[0]?.message ?? 'That answer does not fit the question.', { value: valueResult.error.issues.map((i) => i.message) });
  }
  const value = valueResult.data ?? null;
  const statuses: TStatuses = Object.fromEntries(facts.checkpoints.map((c) => [c.checkpointId, { status: c.status, notApplicable: c.notApplicable }]));
  // Answers in a locked phase are drafts (answerMode): kept like any answer; only submitting the phase's checkpoints waits for the gate.
  if (answerMode(track.template, entry.phase.id, statuses) === undefined) throw new InvalidInputError(`Unknown question "${questionId.slice(0, 80)}".`);

  const current = facts.answer;
  const currentVersion = current?.version ?? 0;
  if (expectedVersion !== currentVersion) {
    throw new ConflictError('Someone else saved this answer since you opened it. Their version is shown; review it before saving again.', {
      currentVersion,
      currentValue: current?.value ?? null,
      updatedAt: current ? new Date(`${current.updatedAt}Z`) : null,
    });
  }
  if (current && isDeepStrictEqual(current.value, value)) return { version: currentVersion, changed: false, reopened: [] };

  const write: TWrite = { actor, assessmentId, questionId, expectedVersion, after: value, now: new Date() };
  const lost = () => new ConflictError('Someone else saved this answer at the same moment. Reload to see their version.');
  const toReopen = checkpointsToReopen(track.template, questionId, statuses);
  if (toReopen.length === 0) {
    const version = await writeAnswer(prisma, write);
    if (version === null) throw lost();
    scheduleDraftRefresh(prisma, actor, assessmentId);
    return { version, changed: true, reopened: [] };
  }

  const result = await prisma.$transaction(async (tx) => {
    const version = await writeAnswer(tx, write);
    if (version === null) throw lost();
    const reopened = [];
    for (const checkpointId of toReopen) {
      const row = facts.checkpoints.find((c) => c.checkpointId === checkpointId)!;
      const label = track.index.checkpoints.get(checkpointId)?.checkpoint.label ?? checkpointId;
      const reason = `Re-opened because the answer to "${entry.question.label.slice(0, 120)}" changed after it was ${row.status === 'approved' ? 'approved' : 'submitted'}.`;
      await tx.checkpointState.update({ where: { id: row.id }, data: { status: 'open', reopenReason: reason, version: { increment: 1 } } });
      await tx.auditEvent.create({
        data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'checkpoint.reopened', subject: checkpointId, before: { status: row.status }, after: { status: 'open', reason } },
      });
      reopened.push({ checkpointId, label });
    }
    return { version, changed: true, reopened };
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
  return result;
}
