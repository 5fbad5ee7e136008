import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { answerValueSchema } from '@/lib/schemas/answer-value';
import { EXPORT_FORMAT, ZAssessmentExport, type TAssessmentExport } from '@/lib/schemas/assessment-export';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { requirePermission, type TActor } from '../actor';
import { InvalidInputError } from '../errors';
import { loadAssessmentState } from './load-assessment';
import { parsedTemplate } from './template-cache';

export async function exportAssessment(prisma: TPrisma, actor: TActor, assessmentId: string): Promise<TAssessmentExport> {
  requirePermission(actor, 'assessment.export');
  const state = await loadAssessmentState(prisma, actor, assessmentId);
  return {
    format: EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    assessment: { name: state.assessment.name, country: state.assessment.country },
    templates: state.tracks.map((t) => ({ platform: t.platform as 'commcare' | 'dhis2', key: t.templateKey, version: t.version })),
    answers: Object.values(state.answers)
      .sort((a, b) => a.questionId.localeCompare(b.questionId))
      .map((a) => ({ questionId: a.questionId, value: a.value, version: a.version })),
    checkpoints: Object.values(state.checkpoints)
      .sort((a, b) => a.checkpointId.localeCompare(b.checkpointId))
      .map((c) => ({ checkpointId: c.checkpointId, status: c.status, notApplicable: c.notApplicable, justification: c.justification, comment: c.comment })),
  };
}

/**
 * Creates a new assessment from an export. Every answer is validated against its question in the
 * pinned template version; unknown ids are refused. Decisions made elsewhere are not trusted as
 * approvals here: approved checkpoints come back as submitted, for a reviewer of this organisation.
 */
export async function importAssessment(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ id: string }> {
  requirePermission(actor, 'assessment.import');
  const parsed = ZAssessmentExport.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('This file is not a valid assessment export.', fieldErrors(parsed.error));
  const data = parsed.data;

  return prisma.$transaction(async (tx) => {
    const versions: ({ row: { id: string; platform: string } } & ReturnType<typeof parsedTemplate>)[] = [];
    for (const t of data.templates) {
      const v = await tx.templateVersion.findUnique({ where: { templateKey_version: { templateKey: t.key, version: t.version } } });
      if (!v || v.platform !== t.platform) throw new InvalidInputError(`The ${t.key} questionnaire version ${t.version} is not installed here.`);
      versions.push({ row: v, ...parsedTemplate(v.id, v.definition) });
    }
    const problems: string[] = [];
    const findQuestion = (id: string) => versions.map((v) => v.index.questions.get(id)?.question).find(Boolean);
    const findCheckpoint = (id: string) => versions.some((v) => v.index.checkpoints.has(id));
    const answers = data.answers.map((a) => {
      const question = findQuestion(a.questionId);
      if (!question) {
        problems.push(`unknown question "${a.questionId.slice(0, 80)}"`);
        return null;
      }
      const result = answerValueSchema(question).safeParse(a.value);
      if (!result.success) problems.push(`${a.questionId}: ${result.error.issues[0]?.message}`);
      return result.success ? { questionId: a.questionId, value: result.data ?? null } : null;
    });
    for (const c of data.checkpoints) if (!findCheckpoint(c.checkpointId)) problems.push(`unknown checkpoint "${c.checkpointId.slice(0, 80)}"`);
    if (problems.length) throw new InvalidInputError(`The import was refused: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` and ${problems.length - 5} more` : ''}.`);

    const assessment = await tx.assessment.create({
      data: {
        organizationId: actor.organizationId,
        name: data.assessment.name,
        country: data.assessment.country,
        createdById: actor.userId,
        tracks: { create: versions.map((v) => ({ platform: v.row.platform, templateVersionId: v.row.id })) },
      },
    });
    await tx.answer.createMany({
      data: answers.filter((a) => a !== null).map((a) => ({ assessmentId: assessment.id, questionId: a.questionId, value: a.value as object, version: 1, updatedById: actor.userId })),
    });
    await tx.checkpointState.createMany({
      data: data.checkpoints.map((c) => ({
        assessmentId: assessment.id,
        checkpointId: c.checkpointId,
        status: c.status === 'approved' ? 'submitted' : c.status,
        notApplicable: c.notApplicable,
        justification: c.justification ?? null,
        comment: c.comment ?? null,
        submittedById: c.status === 'approved' || c.status === 'submitted' ? actor.userId : null,
        submittedAt: c.status === 'approved' || c.status === 'submitted' ? new Date() : null,
      })),
    });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId: assessment.id, actorId: actor.userId, action: 'assessment.imported', after: { answers: answers.length, checkpoints: data.checkpoints.length, exportedAt: data.exportedAt ?? null } },
    });
    return { id: assessment.id };
  });
}
