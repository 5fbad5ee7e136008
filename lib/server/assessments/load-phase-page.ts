import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TLocale } from '@/lib/domain/locale';
import { requirePermission, type TActor } from '../actor';
import { NotFoundError } from '../errors';
import { loadAssessmentState } from './load-assessment';
import { isReadOnly } from '@/lib/domain/assessment-read-only';
import { computeGating } from '@/lib/domain/gating';
import { listEvidence } from '../evidence/evidence-files';

/** One phase of one platform, its text in the reader's language: its sections, saved answers with versions, and checkpoints. */
export async function loadPhasePage(prisma: TPrisma, actor: TActor, assessmentId: string, phaseId: string, locale: TLocale = 'en') {
  requirePermission(actor, 'assessment.read');
  const state = await loadAssessmentState(prisma, actor, assessmentId);
  const track = state.tracks.find((t) => t.template.phases.some((p) => p.id === phaseId));
  const template = track && localizeTemplate(track.template, locale);
  const phase = template?.phases.find((p) => p.id === phaseId);
  if (!track || !template || !phase) throw new NotFoundError('That phase');
  const gating = state.gating[track.platform].find((g) => g.phaseId === phaseId)!;
  const people = await prisma.user.findMany({
    where: { id: { in: Object.values(state.checkpoints).flatMap((c) => [c.submittedById, c.reviewedById]).filter((x): x is string => !!x) } },
    select: { id: true, name: true },
  });
  const checkpointIds = new Set(phase.sections.flatMap((s) => s.checkpoints.map((c) => c.id)));
  const evidence = (await listEvidence(prisma, actor, assessmentId)).filter((e) => checkpointIds.has(e.checkpointId));
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
  const saved = Object.fromEntries(
    phase.sections.flatMap((s) => s.questions).flatMap((q) => (state.answers[q.id] ? [[q.id, { value: state.answers[q.id].value, version: state.answers[q.id].version }]] : [])),
  );
  return {
    assessment: { id: state.assessment.id, name: state.assessment.name },
    isReadOnly: isReadOnly(state.assessment),
    platformTitle: template.title,
    phase,
    /** The platform's phases in order, for the previous / next links. */
    phases: track.template.phases.map((p) => ({ id: p.id, number: p.number, title: p.title })),
    sources: track.template.sources,
    locked: gating.locked,
    /** Why the phase is locked, as a reason in the reader's language (the blocking phase's title and checkpoint localized). */
    lock: computeGating(template, state.statuses, state.values).find((g) => g.phaseId === phaseId)!.lock ?? null,
    saved,
    evidence,
    checkpoints: Object.fromEntries(
      phase.sections.flatMap((section) =>
        section.checkpoints.map((cp) => {
          const row = state.checkpoints[cp.id];
          return [
            cp.id,
            {
              id: cp.id,
              label: cp.label,
              status: row?.status ?? 'open',
              notApplicable: row?.notApplicable ?? false,
              justification: row?.justification ?? null,
              comment: row?.comment ?? null,
              reopenReason: row?.reopenReason ?? null,
              version: row?.version ?? 0,
              submittedById: row?.submittedById ?? null,
              submittedBy: nameOf(row?.submittedById ?? null),
              reviewedBy: nameOf(row?.reviewedById ?? null),
              optional: section.optional || phase.optional,
            },
          ] as const;
        }),
      ),
    ),
  };
}
