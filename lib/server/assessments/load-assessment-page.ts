import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TLocale } from '@/lib/domain/locale';
import { requirePermission, type TActor } from '../actor';
import { loadAssessmentState } from './load-assessment';
import { improvementPlan } from '@/lib/domain/improvement-plan';

/** The overview: each platform's phases with progress, checkpoint counts and lock state, and its improvement plan; titles in the reader's language. */
export async function loadAssessmentPage(prisma: TPrisma, actor: TActor, assessmentId: string, locale: TLocale = 'en') {
  requirePermission(actor, 'assessment.read');
  const state = await loadAssessmentState(prisma, actor, assessmentId);
  return {
    id: state.assessment.id,
    name: state.assessment.name,
    country: state.assessment.country,
    tracks: state.tracks.map((track) => ({
      platform: track.platform,
      title: localizeTemplate(track.template, locale).title,
      version: track.version,
      plan: improvementPlan(localizeTemplate(track.template, locale), state.statuses, state.values),
      phases: localizeTemplate(track.template, locale).phases.map((phase) => {
        const g = state.gating[track.platform].find((p) => p.phaseId === phase.id)!;
        const total = phase.sections.reduce((n, s) => n + s.checkpoints.length, 0);
        return {
          id: phase.id,
          number: phase.number,
          title: phase.title,
          optional: phase.optional,
          locked: g.locked,
          lockedReason: g.lockedReason,
          answered: g.answered,
          required: g.required,
          checkpoints: g.checkpoints,
          complete: total > 0 && g.checkpoints.approved === total,
        };
      }),
    })),
  };
}
