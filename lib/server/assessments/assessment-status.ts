import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import type { TAssessmentStatus } from '@/lib/schemas/api-read';
import { requirePermission, type TActor } from '../actor';
import { loadAssessmentState, phaseProgress } from './load-assessment';

/** One assessment's status for scripts: each platform's phases, whether and why they are locked, and every checkpoint's state. */
export async function loadAssessmentStatus(prisma: TPrisma, actor: TActor, assessmentId: string): Promise<TAssessmentStatus> {
  requirePermission(actor, 'assessment.read');
  const state = await loadAssessmentState(prisma, actor, assessmentId);
  return {
    id: state.assessment.id,
    name: state.assessment.name,
    country: state.assessment.country,
    tracks: state.tracks.map((track) => ({
      platform: track.platform,
      title: track.template.title,
      templateVersion: track.version,
      phases: track.template.phases.map((phase) => {
        const status = (id: string) => state.statuses[id] ?? { status: 'open' as const, notApplicable: false };
        const checkpoints = phase.sections.flatMap((s) => s.checkpoints);
        return { ...phaseProgress(state, track.platform, phase), checkpoints: checkpoints.map((cp) => ({ id: cp.id, label: cp.label, status: status(cp.id).status, notApplicable: status(cp.id).notApplicable })) };
      }),
    })),
  };
}
