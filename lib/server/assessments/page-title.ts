import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import type { TActor } from '../actor';
import { findAssessmentOrThrow } from './load-assessment';

/** What a page's <title> names: the assessment, and the phase when one is asked for ("not found" like the page). */
export async function assessmentTitleParts(prisma: TPrisma, actor: TActor, assessmentId: string, phaseId?: string) {
  const { assessment, tracks } = await findAssessmentOrThrow(prisma, actor, assessmentId);
  const phase = phaseId ? tracks.flatMap((t) => t.template.phases.map((p) => ({ platform: t.template.title, phase: p }))).find((x) => x.phase.id === phaseId) : undefined;
  return { name: assessment.name, phase: phase ? `Phase ${phase.phase.number}: ${phase.phase.title}` : undefined, platform: phase?.platform };
}
