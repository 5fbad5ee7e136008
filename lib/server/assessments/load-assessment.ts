import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { isUuid } from '@/lib/schemas/ids';
import type { TTemplate } from '@/lib/content/template-schema';
import type { indexTemplate } from '@/lib/content/template-index';
import { computeGating } from '@/lib/domain/gating';
import type { TActor } from '../actor';
import { NotFoundError } from '../errors';
import { templateById } from './template-cache';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0] | TPrisma;

export interface TTrack {
  platform: string;
  templateVersionId: string;
  templateKey: string;
  version: number;
  /** null for a built-in template, else the organisation that authored it. */
  organizationId: string | null;
  template: TTemplate;
  index: ReturnType<typeof indexTemplate>;
}

/** The assessment if it belongs to the actor's organisation; otherwise "not found". */
export async function findAssessmentOrThrow(prisma: Tx, actor: TActor, assessmentId: string) {
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  const assessment = await prisma.assessment.findFirst({
    where: { id: assessmentId, organizationId: actor.organizationId },
    include: { tracks: { include: { templateVersion: { select: { templateKey: true, version: true, organizationId: true } } }, orderBy: { platform: 'asc' } } },
  });
  if (!assessment) throw new NotFoundError('That assessment');
  const tracks: TTrack[] = [];
  for (const t of assessment.tracks) {
    const { template, index } = await templateById(prisma, t.templateVersionId);
    tracks.push({ platform: t.platform, templateVersionId: t.templateVersionId, templateKey: t.templateVersion.templateKey, version: t.templateVersion.version, organizationId: t.templateVersion.organizationId, template, index });
  }
  return { assessment, tracks };
}

/** Everything the assessment pages and the rules need: answers, checkpoint states and gating. */
export async function loadAssessmentState(prisma: Tx, actor: TActor, assessmentId: string) {
  const { assessment, tracks } = await findAssessmentOrThrow(prisma, actor, assessmentId);
  const [answers, checkpoints] = await Promise.all([
    prisma.answer.findMany({ where: { assessmentId } }),
    prisma.checkpointState.findMany({ where: { assessmentId } }),
  ]);
  const answerMap = Object.fromEntries(answers.map((a) => [a.questionId, a]));
  const stateMap = Object.fromEntries(checkpoints.map((c) => [c.checkpointId, c]));
  const values = Object.fromEntries(answers.map((a) => [a.questionId, a.value as unknown]));
  const statuses = Object.fromEntries(checkpoints.map((c) => [c.checkpointId, { status: c.status, notApplicable: c.notApplicable }]));
  const gating = Object.fromEntries(tracks.map((t) => [t.platform, computeGating(t.template, statuses, values)]));
  return { assessment, tracks, answers: answerMap, checkpoints: stateMap, values, statuses, gating };
}

export function trackForId<T extends Pick<TTrack, 'templateKey'>>(tracks: T[], id: string): T | undefined {
  return tracks.find((t) => id.startsWith(`${t.templateKey}.`));
}

/** A phase's place in the gate, as the overview and the status route show it: lock, progress and whether it is signed off. */
export function phaseProgress(state: Pick<Awaited<ReturnType<typeof loadAssessmentState>>, 'gating'>, platform: string, phase: TTemplate['phases'][number]) {
  const g = state.gating[platform]!.find((p) => p.phaseId === phase.id)!;
  const total = phase.sections.reduce((n, s) => n + s.checkpoints.length, 0);
  return {
    id: phase.id,
    number: phase.number,
    title: phase.title,
    optional: phase.optional,
    locked: g.locked,
    lockedReason: g.lockedReason ?? null,
    answered: g.answered,
    required: g.required,
    complete: total > 0 && g.checkpoints.approved === total,
  };
}
