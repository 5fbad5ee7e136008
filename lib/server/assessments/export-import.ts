import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { EXPORT_FORMAT, ZAssessmentExport, duplicateIds, type TAssessmentExport } from '@/lib/schemas/assessment-export';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { requirePermission, type TActor } from '../actor';
import { InvalidInputError } from '../errors';
import { loadAssessmentState } from './load-assessment';
import { parsedTemplate } from './template-cache';
import { importedName, planImport, type TDowngradedCheckpoint, type TRefusedAnswer } from './import-rules';

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

export interface TImportResult {
  id: string;
  name: string;
  answers: { imported: number; refused: TRefusedAnswer[] };
  checkpoints: { submitted: number; open: number; downgraded: TDowngradedCheckpoint[] };
}

/**
 * Creates a new assessment from an export, holding it to the rules of the live app (see
 * planImport): answers per question and per phase lock, checkpoint states through the state
 * machine. What cannot be honoured is imported as open and listed in the result. A file that does
 * not match its questionnaire (unknown template version, unknown or repeated ids) is refused
 * whole. One transaction, audited like the live changes it stands for.
 */
export async function importAssessment(prisma: TPrisma, actor: TActor, raw: unknown): Promise<TImportResult> {
  requirePermission(actor, 'assessment.import');
  requirePermission(actor, 'answer.write');
  requirePermission(actor, 'checkpoint.submit');
  const parsed = ZAssessmentExport.safeParse(raw);
  if (!parsed.success) {
    const duplicates = { duplicateQuestionIds: duplicateIds(parsed.error, 'answers'), duplicateCheckpointIds: duplicateIds(parsed.error, 'checkpoints'), duplicatePlatforms: duplicateIds(parsed.error, 'templates') };
    if (Object.values(duplicates).some((ids) => ids.length > 0)) {
      throw new InvalidInputError('The file lists the same question, checkpoint or questionnaire more than once, so it cannot be imported. Export the assessment again.', duplicates);
    }
    throw new InvalidInputError('This file is not a valid assessment export.', fieldErrors(parsed.error));
  }
  const data = parsed.data;

  return prisma.$transaction(async (tx) => {
    const tracks: ({ row: { id: string; platform: string } } & ReturnType<typeof parsedTemplate>)[] = [];
    for (const t of data.templates) {
      const v = await tx.templateVersion.findFirst({ where: { templateKey: t.key, version: t.version, OR: [{ organizationId: null }, { organizationId: actor.organizationId }] } });
      if (!v || v.platform !== t.platform) throw new InvalidInputError(`The ${t.key} questionnaire version ${t.version} is not installed here.`);
      tracks.push({ row: v, ...parsedTemplate(v.id, v.definition) });
    }
    const unknown = [
      ...data.answers.filter((a) => !tracks.some((t) => t.index.questions.has(a.questionId))).map((a) => `question "${a.questionId.slice(0, 80)}"`),
      ...data.checkpoints.filter((c) => !tracks.some((t) => t.index.checkpoints.has(c.checkpointId))).map((c) => `checkpoint "${c.checkpointId.slice(0, 80)}"`),
    ];
    if (unknown.length) {
      throw new InvalidInputError(`The file does not match its questionnaire version; unknown ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}.`);
    }

    const fileAnswers = new Map(data.answers.map((a) => [a.questionId, a.value]));
    const fileCheckpoints = new Map(data.checkpoints.map((c) => [c.checkpointId, c]));
    const plans = tracks.map((t) => planImport(t, fileAnswers, fileCheckpoints, actor.userId));
    const answers = plans.flatMap((p) => p.answers);
    const submitted = plans.flatMap((p) => p.submitted);
    const opened = plans.flatMap((p) => p.opened);
    const refused = plans.flatMap((p) => p.refusedAnswers);
    const downgraded = plans.flatMap((p) => p.downgraded);

    const now = new Date();
    const name = importedName(data.assessment.name, now);
    const assessment = await tx.assessment.create({
      data: {
        organizationId: actor.organizationId,
        name,
        country: data.assessment.country,
        createdById: actor.userId,
        tracks: { create: tracks.map((t) => ({ platform: t.row.platform, templateVersionId: t.row.id })) },
      },
    });
    const assessmentId = assessment.id;
    const audit = { organizationId: actor.organizationId, assessmentId, actorId: actor.userId };
    await tx.answer.createMany({ data: answers.map((a) => ({ assessmentId, questionId: a.questionId, value: a.value as object, version: 1, updatedById: actor.userId })) });
    await tx.checkpointState.createMany({
      data: [
        ...submitted.map((c) => ({ assessmentId, checkpointId: c.checkpointId, status: 'submitted' as const, notApplicable: c.notApplicable, justification: c.justification ?? null, submittedById: actor.userId, submittedAt: now })),
        ...opened.map((c) => ({ assessmentId, checkpointId: c.checkpointId, status: 'open' as const, reopenReason: `Imported as open: ${c.reason}` })),
      ],
    });
    await tx.auditEvent.createMany({
      data: [
        {
          ...audit,
          action: 'assessment.imported',
          after: {
            name,
            country: data.assessment.country,
            exportedAt: data.exportedAt ?? null,
            templates: tracks.map((t) => `${t.template.key} v${t.template.version}`),
            answersImported: answers.length,
            checkpointsSubmitted: submitted.length,
            refusedAnswers: refused.map((r) => ({ questionId: r.questionId, reason: r.reason })),
            downgradedCheckpoints: downgraded.map((d) => ({ checkpointId: d.checkpointId, from: d.from, to: d.to, reason: d.reason })),
          },
        },
        ...answers.map((a) => ({ ...audit, action: 'answer.changed', subject: a.questionId, after: a.value as object })),
        ...submitted.map((c) => ({
          ...audit,
          action: `checkpoint.${c.event}`,
          subject: c.checkpointId,
          before: { status: 'open', notApplicable: false },
          after: { status: 'submitted', notApplicable: c.notApplicable, ...(c.justification ? { justification: c.justification } : {}) },
        })),
      ],
    });
    return {
      id: assessmentId,
      name,
      answers: { imported: answers.length, refused },
      checkpoints: { submitted: submitted.length, open: opened.length, downgraded },
    };
  });
}
