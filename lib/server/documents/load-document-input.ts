import 'server-only';
import { listEvidence } from '../evidence/evidence-files';
import { evidenceKindLabel, formatBytes } from '@/lib/files/evidence-type';
import type { TPrisma } from '@/lib/db/client';
import type { TDocCheckpoint } from '@/lib/domain/documents/assessment-blocks';
import type { TRfpModelInput } from '@/lib/domain/documents/build-rfp-model';
import type { TReportModelInput } from '@/lib/domain/documents/build-report-model';
import { ZRfpDetails, type TRfpDetails } from '@/lib/schemas/rfp';
import { localizeTemplate } from '@/lib/content/localize-template';
import { localizeSizing } from '@/lib/content/localize-dhis2-sizing';
import { ANNEX_TEXT } from '@/lib/domain/documents/annex-text';
import type { TLocale } from '@/lib/domain/locale';
import { requirePermission, type TActor } from '../actor';
import { loadAssessmentState } from '../assessments/load-assessment';
import { loadOutputs } from '../outputs/load-outputs';

type TDocumentInput = Omit<TRfpModelInput, 'generatedAt'> & { details: TRfpDetails; draftVersion: number };

/** The saved RFP details of an assessment (an empty draft when none are saved). */
export async function loadRfpDetails(prisma: Pick<TPrisma, 'rfpDraft'>, assessmentId: string): Promise<{ details: TRfpDetails; version: number }> {
  const row = await prisma.rfpDraft.findUnique({ where: { assessmentId } });
  if (!row) return { details: {}, version: 0 };
  const parsed = ZRfpDetails.safeParse(row.details);
  return { details: parsed.success ? parsed.data : {}, version: row.version };
}

/**
 * Everything the RFP and the report are built from: the assessment, its answers, templates and
 * checkpoint states (with reviewer names), the outputs and the saved RFP details. The questionnaire
 * text (phase titles, checkpoints, questions, options) and the DHIS2 sizing's reference texts are in the document's `locale`.
 */
export async function loadDocumentInput(prisma: TPrisma, actor: TActor, assessmentId: string, locale: TLocale = 'en'): Promise<TDocumentInput> {
  requirePermission(actor, 'rfp.read');
  const state = await loadAssessmentState(prisma, actor, assessmentId);
  const [outputs, organization, rfp] = await Promise.all([
    loadOutputs(prisma, actor, assessmentId, locale),
    prisma.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } }),
    loadRfpDetails(prisma, assessmentId),
  ]);
  const reviewerIds = [...new Set(Object.values(state.checkpoints).map((c) => c.reviewedById).filter((x): x is string => !!x))];
  const reviewers = new Map((await prisma.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const files = await listEvidence(prisma, actor, assessmentId);
  const filesOf = (checkpointId: string) => files.filter((f) => f.checkpointId === checkpointId).map((f) => `${f.fileName} (${evidenceKindLabel(f.mediaType)}, ${formatBytes(f.size)})`);
  const templates = state.tracks.map((t) => localizeTemplate(t.template, locale));
  const checkpoints: TDocCheckpoint[] = templates.flatMap((template) =>
    template.phases.flatMap((phase) =>
      phase.sections.flatMap((section) =>
        section.checkpoints.map((cp) => {
          const row = state.checkpoints[cp.id];
          const reviewerName = row?.reviewedById ? reviewers.get(row.reviewedById) : undefined;
          return {
            checkpointId: cp.id,
            label: cp.label,
            phaseId: phase.id,
            phaseTitle: ANNEX_TEXT[locale].phaseTitle(template.title, String(phase.number), phase.title),
            status: row?.status ?? 'open',
            notApplicable: row?.notApplicable ?? false,
            ...(reviewerName ? { reviewerName } : {}),
            ...(row?.reviewedAt ? { reviewedAt: row.reviewedAt.toISOString() } : {}),
            ...(filesOf(cp.id).length ? { evidenceFiles: filesOf(cp.id) } : {}),
          };
        }),
      ),
    ),
  );
  return {
    assessment: { id: state.assessment.id, name: state.assessment.name, country: state.assessment.country, organizationName: organization.name },
    platforms: outputs.platforms,
    details: rfp.details,
    draftVersion: rfp.version,
    answers: state.values,
    templates,
    checkpoints,
    sizing: localizeSizing(outputs.sizing, locale),
    skills: outputs.skills,
    ...(outputs.budget ? { budget: outputs.budget } : {}),
  };
}

export type { TReportModelInput };
