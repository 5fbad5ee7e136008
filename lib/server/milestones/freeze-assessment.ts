import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { DEFAULT_RATE_CARD, SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { calculateAssessmentOutputs, type TPlatform } from '@/lib/domain/assessment-outputs';
import { freezeOutputs, type TFrozenAssessment } from '@/lib/domain/milestone-snapshot';
import type { TActor } from '../actor';
import { loadAssessmentState } from '../assessments/load-assessment';
import { loadOutputInputs } from '../outputs/load-outputs';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0] | TPrisma;

/**
 * The assessment as it is now, as a milestone keeps it: answers, checkpoint states, evidence list,
 * pinned questionnaire versions, outputs and progress per phase. Scoped to the actor's organisation
 * ("not found" otherwise); the caller checks the permission.
 */
export async function freezeAssessment(prisma: Tx, actor: TActor, assessmentId: string) {
  const state = await loadAssessmentState(prisma, actor, assessmentId);
  const [evidence, saved] = await Promise.all([
    prisma.evidenceFile.findMany({ where: { assessmentId, organizationId: actor.organizationId }, select: { checkpointId: true, fileName: true, sha256: true, size: true }, orderBy: [{ createdAt: 'asc' }, { fileName: 'asc' }] }),
    loadOutputInputs(prisma, assessmentId),
  ]);
  const platforms = state.tracks.map((t) => t.platform).filter((p): p is TPlatform => p === 'commcare' || p === 'dhis2');
  const outputs = calculateAssessmentOutputs(
    { platforms, answers: state.values, team: saved.team, settings: saved.settings, overrides: saved.overrides },
    { commcare: COMMCARE_SIZING, dhis2: DHIS2_SIZING, catalogue: SKILLS_CATALOGUE, rateCard: DEFAULT_RATE_CARD },
  );
  const progress = state.tracks.flatMap((t) =>
    t.template.phases.map((phase) => {
      const g = state.gating[t.platform]!.find((p) => p.phaseId === phase.id)!;
      const checkpoints = phase.sections.reduce((n, s) => n + s.checkpoints.length, 0);
      return { platform: t.platform, phaseId: phase.id, phaseNumber: phase.number, answered: g.answered, required: g.required, approved: g.checkpoints.approved, checkpoints };
    }),
  );
  const frozen: TFrozenAssessment = {
    version: 1,
    tracks: state.tracks.map((t) => ({ platform: t.platform, templateVersionId: t.templateVersionId })),
    answers: state.values,
    checkpoints: state.statuses,
    evidence,
    progress,
    outputs: freezeOutputs(outputs),
  };
  return { assessment: state.assessment, frozen };
}
