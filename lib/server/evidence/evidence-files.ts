import 'server-only';
import { createHash } from 'node:crypto';
import type { TPrisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { transition } from '@/lib/domain/checkpoint-machine';
import { isPhaseWritable } from '@/lib/domain/gating';
import { cleanFileName, formatBytes, sniffEvidence } from '@/lib/files/evidence-type';
import { ZAddEvidence, ZEvidenceRef } from '@/lib/schemas/evidence';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { isUuid } from '@/lib/schemas/ids';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '../errors';
import { loadAssessmentState, trackForId } from '../assessments/load-assessment';
import { checkpointEntry } from '../assessments/lookups';
import { requireEditable } from '../assessments/require-editable';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0];

export const maxEvidenceBytes = () => env().EVIDENCE_MAX_FILE_MB * 1024 * 1024;
const quotaBytes = () => env().EVIDENCE_QUOTA_MB * 1024 * 1024;

export class TooLargeError extends DomainError {
  constructor(message: string) {
    super(message, 413);
  }
}

export type TEvidenceChange = { fileId: string; fileName: string; size: number; sha256: string; reopened: boolean };

/**
 * Attaches a file to a checkpoint as evidence. Its kind is decided from the bytes (anything but
 * the accepted kinds is refused with the reason); at most EVIDENCE_MAX_FILE_MB each and
 * EVIDENCE_QUOTA_MB per organisation (uploads of one organisation are serialised, so two at once
 * cannot both pass the quota). Like a changed answer, new evidence re-opens a submitted or approved
 * checkpoint. The audit row (name, size, SHA-256) shares the transaction.
 */
export async function addEvidence(prisma: TPrisma, actor: TActor, raw: unknown, bytes: Uint8Array): Promise<TEvidenceChange> {
  requirePermission(actor, 'evidence.write');
  const parsed = ZAddEvidence.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  const { assessmentId, checkpointId } = parsed.data;
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  if (bytes.byteLength > maxEvidenceBytes()) {
    throw new TooLargeError(`This file is ${formatBytes(bytes.byteLength)}; files of up to ${env().EVIDENCE_MAX_FILE_MB} MB can be attached.`);
  }
  const verdict = await sniffEvidence(bytes, parsed.data.fileName);
  if (!verdict.ok) throw new InvalidInputError(verdict.reason, { file: [verdict.reason] });
  const fileName = cleanFileName(parsed.data.fileName, verdict.kind);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  return prisma.$transaction(
    async (tx) => {
      const state = await loadAssessmentState(tx, actor, assessmentId);
      requireEditable(state.assessment);
      const { label, phaseNumber, isWritable } = checkpointFacts(state, checkpointId);
      if (!isWritable) throw new ConflictError(`Phase ${phaseNumber} is locked until the earlier phases are signed off.`);
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`evidence:${actor.organizationId}`}))`;
      const used = await tx.evidenceFile.aggregate({ where: { organizationId: actor.organizationId }, _sum: { size: true } });
      const usedBytes = used._sum.size ?? 0;
      if (usedBytes + bytes.byteLength > quotaBytes()) {
        throw new TooLargeError(
          `Your organisation's evidence files take ${formatBytes(usedBytes)} of its ${env().EVIDENCE_QUOTA_MB} MB; this file does not fit. Remove files that are no longer needed, or ask the administrator of this installation for more space.`,
        );
      }
      const created = await tx.evidenceFile.create({
        data: { organizationId: actor.organizationId, assessmentId, checkpointId, fileName, mediaType: verdict.mediaType, size: bytes.byteLength, sha256, bytes: new Uint8Array(bytes), uploadedById: actor.userId },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'evidence.added', subject: checkpointId, after: { fileName, size: bytes.byteLength, sha256, kind: verdict.label } },
      });
      const reopened = await reopenFor(tx, actor, state, checkpointId, `Re-opened because the evidence file "${fileName}" was added after it was`, label);
      await tx.assessment.update({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
      return { fileId: created.id, fileName, size: bytes.byteLength, sha256, reopened };
    },
    { timeout: 30_000 },
  );
}

/** Removes an evidence file; like adding one, it re-opens a submitted or approved checkpoint. */
export async function removeEvidence(prisma: TPrisma, actor: TActor, raw: unknown): Promise<TEvidenceChange> {
  requirePermission(actor, 'evidence.write');
  const parsed = ZEvidenceRef.safeParse(raw);
  if (!parsed.success) throw new NotFoundError('That file');
  const { assessmentId, fileId } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const state = await loadAssessmentState(tx, actor, assessmentId);
    requireEditable(state.assessment);
    const file = await tx.evidenceFile.findFirst({ where: { id: fileId, assessmentId, organizationId: actor.organizationId }, select: { id: true, checkpointId: true, fileName: true, size: true, sha256: true } });
    if (!file) throw new NotFoundError('That file');
    const { label, phaseNumber, isWritable } = checkpointFacts(state, file.checkpointId, true);
    if (!isWritable) throw new ConflictError(`Phase ${phaseNumber} is locked until the earlier phases are signed off.`);
    const deleted = await tx.evidenceFile.deleteMany({ where: { id: file.id } });
    if (deleted.count !== 1) throw new ConflictError('This file was removed at the same moment. Reload to see the current list.');
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'evidence.removed', subject: file.checkpointId, before: { fileName: file.fileName, size: file.size, sha256: file.sha256 } },
    });
    const reopened = await reopenFor(tx, actor, state, file.checkpointId, `Re-opened because the evidence file "${file.fileName}" was removed after it was`, label);
    await tx.assessment.update({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
    return { fileId: file.id, fileName: file.fileName, size: file.size, sha256: file.sha256, reopened };
  });
}

type TState = Awaited<ReturnType<typeof loadAssessmentState>>;

function checkpointFacts(state: TState, checkpointId: string, isRemoval = false) {
  const track = trackForId(state.tracks, checkpointId);
  const entry = track && checkpointEntry(track, checkpointId);
  if (!track || !entry) {
    // A checkpoint that left the questionnaire (after an upgrade) may still lose its old files.
    if (isRemoval) return { label: undefined, phaseNumber: 0, isWritable: true };
    throw new InvalidInputError(`Unknown checkpoint "${checkpointId.slice(0, 80)}".`, { checkpointId: ['Unknown checkpoint.'] });
  }
  return { label: entry.checkpoint.label, phaseNumber: entry.phase.number, isWritable: isPhaseWritable(track.template, entry.phase.id, state.statuses) };
}

/** Re-opens the checkpoint through the state machine when it was submitted or approved. */
async function reopenFor(tx: Tx, actor: TActor, state: TState, checkpointId: string, because: string, label: string | undefined): Promise<boolean> {
  const row = state.checkpoints[checkpointId];
  if (!row || !label) return false;
  const reason = `${because} ${row.status === 'approved' ? 'approved' : 'submitted'}.`;
  const result = transition({ status: row.status, notApplicable: row.notApplicable }, { type: 'reopen', reason });
  if (!result.ok) return false;
  const updated = await tx.checkpointState.updateMany({ where: { id: row.id, version: row.version }, data: { status: 'open', notApplicable: false, reopenReason: reason, version: row.version + 1 } });
  if (updated.count !== 1) throw new ConflictError('This checkpoint changed at the same moment. Reload to see its current state.');
  await tx.auditEvent.create({
    data: { organizationId: actor.organizationId, assessmentId: row.assessmentId, actorId: actor.userId, action: 'checkpoint.reopened', subject: checkpointId, before: { status: row.status }, after: { status: 'open', reason } },
  });
  return true;
}

export type TEvidenceListItem = { id: string; checkpointId: string; fileName: string; mediaType: string; size: number; sha256: string; uploadedBy: string; createdAt: Date };

/** The evidence files of an assessment (no bytes), oldest first, with the uploader's name. */
export async function listEvidence(prisma: TPrisma | Tx, actor: TActor, assessmentId: string): Promise<TEvidenceListItem[]> {
  requirePermission(actor, 'assessment.read');
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  const owned = await prisma.assessment.count({ where: { id: assessmentId, organizationId: actor.organizationId } });
  if (owned !== 1) throw new NotFoundError('That assessment');
  const rows = await prisma.$queryRaw<TEvidenceListItem[]>`
    SELECT e.id, e."checkpointId", e."fileName", e."mediaType", e.size, e.sha256, coalesce(u.name, 'A former member') AS "uploadedBy", e."createdAt"
    FROM "EvidenceFile" e LEFT JOIN "User" u ON u.id = e."uploadedById"
    WHERE e."assessmentId" = ${assessmentId}::uuid AND e."organizationId" = ${actor.organizationId}::uuid
    ORDER BY e."createdAt", e."fileName"`;
  return rows;
}

const CHUNK = 1024 * 1024;

/**
 * One evidence file for download: its facts and a stream of its bytes read from PostgreSQL a
 * megabyte at a time, so a 20 MB file never sits whole in the app's memory.
 */
export async function openEvidence(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'assessment.read');
  const parsed = ZEvidenceRef.safeParse(raw);
  if (!parsed.success) throw new NotFoundError('That file');
  const file = await prisma.evidenceFile.findFirst({
    where: { id: parsed.data.fileId, assessmentId: parsed.data.assessmentId, organizationId: actor.organizationId },
    select: { id: true, fileName: true, mediaType: true, size: true, sha256: true },
  });
  if (!file) throw new NotFoundError('That file');
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= file.size) return controller.close();
      const rows = await prisma.$queryRaw<{ part: Uint8Array | null }[]>`SELECT substring(bytes FROM ${offset + 1}::int FOR ${CHUNK}::int) AS part FROM "EvidenceFile" WHERE id = ${file.id}::uuid`;
      const part = rows[0]?.part;
      if (!part || part.byteLength === 0) return controller.error(new Error('The file was removed while it was being downloaded.'));
      offset += part.byteLength;
      controller.enqueue(new Uint8Array(part));
    },
  });
  return { ...file, stream };
}
