import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { requirePermission, type TActor } from '../actor';
import { parsedTemplateIn } from './template-cache';
import type { TLocale } from '@/lib/domain/locale';
import { answerView, viewText } from '@/lib/domain/answer-view';
import type { TReviewQueue } from '@/lib/schemas/api-read';

/** Submitted checkpoints across the organisation's assessments (archived ones left out), with their evidence answers, in the reader's language. */
export async function listReviewQueue(prisma: TPrisma, actor: TActor, locale: TLocale = 'en') {
  requirePermission(actor, 'review.queue');
  const rows = await prisma.checkpointState.findMany({
    where: { status: 'submitted', assessment: { organizationId: actor.organizationId, archivedAt: null } },
    include: { assessment: { include: { tracks: { include: { templateVersion: true } } } } },
    orderBy: { submittedAt: 'asc' },
  });
  const submitters = await prisma.user.findMany({ where: { id: { in: rows.map((r) => r.submittedById).filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  const nameOf = new Map(submitters.map((u) => [u.id, u.name]));
  const assessmentIds = [...new Set(rows.map((r) => r.assessmentId))];
  const answers = await prisma.answer.findMany({ where: { assessmentId: { in: assessmentIds } } });
  const files = await prisma.evidenceFile.findMany({
    where: { organizationId: actor.organizationId, assessmentId: { in: assessmentIds } },
    select: { id: true, assessmentId: true, checkpointId: true, fileName: true, mediaType: true, size: true, createdAt: true },
    orderBy: [{ createdAt: 'asc' }, { fileName: 'asc' }],
  });
  return rows.flatMap((row) => {
    const track = row.assessment.tracks.find((t) => row.checkpointId.startsWith(`${t.templateVersion.templateKey}.`));
    if (!track) return [];
    const { index } = parsedTemplateIn(track.templateVersionId, track.templateVersion.definition, locale);
    const entry = index.checkpoints.get(row.checkpointId);
    if (!entry) return [];
    return [
      {
        assessmentId: row.assessmentId,
        assessmentName: row.assessment.name,
        checkpointId: row.checkpointId,
        label: entry.checkpoint.label,
        phase: `${entry.phase.number}. ${entry.phase.title}`,
        section: `${entry.section.number} ${entry.section.title}`,
        notApplicable: row.notApplicable,
        justification: row.justification,
        version: row.version,
        submittedById: row.submittedById,
        submittedBy: row.submittedById ? (nameOf.get(row.submittedById) ?? 'a former member') : 'someone',
        submittedAt: row.submittedAt,
        evidence: entry.checkpoint.evidence.flatMap((qid) => {
          const question = index.questions.get(qid)?.question;
          if (!question) return [];
          const value = answers.find((a) => a.assessmentId === row.assessmentId && a.questionId === qid)?.value ?? null;
          return [{ questionId: qid, label: question.label, view: answerView(question, value, locale) }];
        }),
        files: files.filter((f) => f.assessmentId === row.assessmentId && f.checkpointId === row.checkpointId),
      },
    ];
  });
}

/** The review queue as the API sends it: dates as ISO text, answers as one line of text each. */
export async function reviewQueueForApi(prisma: TPrisma, actor: TActor): Promise<TReviewQueue> {
  const rows = await listReviewQueue(prisma, actor);
  return {
    items: rows.map((row) => ({
      assessmentId: row.assessmentId,
      assessmentName: row.assessmentName,
      checkpointId: row.checkpointId,
      label: row.label,
      phase: row.phase,
      section: row.section,
      notApplicable: row.notApplicable,
      justification: row.justification,
      version: row.version,
      submittedBy: row.submittedBy,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      evidence: row.evidence.map((e) => ({ questionId: e.questionId, label: e.label, answer: viewText(e.view) ?? null })),
    })),
  };
}
