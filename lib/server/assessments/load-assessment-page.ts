import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TLocale } from '@/lib/domain/locale';
import { requirePermission, type TActor } from '../actor';
import { loadAssessmentState, phaseProgress } from './load-assessment';
import { improvementPlan } from '@/lib/domain/improvement-plan';
import { computeGating } from '@/lib/domain/gating';

/** The overview: each platform's phases with progress, checkpoint counts and lock state, and its improvement plan; titles in the reader's language. */
export async function loadAssessmentPage(prisma: TPrisma, actor: TActor, assessmentId: string, locale: TLocale = 'en') {
  requirePermission(actor, 'assessment.read');
  const state = await loadAssessmentState(prisma, actor, assessmentId);
  return {
    id: state.assessment.id,
    name: state.assessment.name,
    country: state.assessment.country,
    archivedAt: state.assessment.archivedAt,
    tracks: state.tracks.map((track) => {
      const template = localizeTemplate(track.template, locale);
      // The lock as a reason, with the blocking phase's title and checkpoint in the reader's language.
      const localGating = computeGating(template, state.statuses, state.values);
      return {
        platform: track.platform,
        title: template.title,
        version: track.version,
        plan: improvementPlan(template, state.statuses, state.values),
        phases: template.phases.map((phase) => {
          const progress = phaseProgress(state, track.platform, phase);
          return { ...progress, lock: localGating.find((p) => p.phaseId === phase.id)!.lock, checkpoints: state.gating[track.platform].find((p) => p.phaseId === phase.id)!.checkpoints };
        }),
      };
    }),
  };
}
