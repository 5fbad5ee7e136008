import type { TTemplate } from '@/lib/content/template-schema';
import { computeGating, type TStatuses } from './gating';
import { improvementPlan } from './improvement-plan';

/**
 * The portfolio of a consultant or administrator: every assessment of every organisation they
 * belong to, summarised (phase reached per platform, share of required questions answered,
 * checkpoints waiting for review and since when, the next checkpoint holding the assessment up) and
 * ranked so that what needs someone comes first. Pure: the clock is a parameter.
 */
export type TPortfolioAssessmentInput = {
  id: string;
  name: string;
  country: string;
  organizationId: string;
  organizationName: string;
  tracks: { platform: string; template: TTemplate }[];
  statuses: TStatuses;
  values: Record<string, unknown>;
  /** When each submitted checkpoint was submitted. */
  submittedAt: Record<string, Date>;
};

export type TPortfolioRow = {
  id: string;
  name: string;
  country: string;
  organizationId: string;
  organizationName: string;
  platforms: { platform: string; title: string; phases: number; reached: { id: string; number: number; title: string } | null }[];
  requiredAnswered: number;
  requiredTotal: number;
  /** Whole percent, rounded down (99.6% is not yet 100%). */
  percentAnswered: number;
  waiting: { count: number; oldestSubmittedAt: Date | null; oldestDays: number | null };
  nextBlocking: { platformTitle: string; checkpointId: string; label: string; phaseId: string; phaseNumber: number; status: 'open' | 'submitted' | 'changes_requested' } | null;
};

const DAY = 24 * 60 * 60 * 1000;

export function summarizeAssessment(a: TPortfolioAssessmentInput, now: Date): TPortfolioRow {
  let requiredAnswered = 0;
  let requiredTotal = 0;
  let nextBlocking: TPortfolioRow['nextBlocking'] = null;
  const waitingSince: Date[] = [];
  const platforms = a.tracks.map(({ platform, template }) => {
    const gating = computeGating(template, a.statuses, a.values);
    for (const g of gating) {
      requiredAnswered += g.answered;
      requiredTotal += g.required;
    }
    for (const cp of template.phases.flatMap((p) => p.sections.flatMap((s) => s.checkpoints))) {
      if (a.statuses[cp.id]?.status === 'submitted') waitingSince.push(a.submittedAt[cp.id] ?? now);
    }
    // The phase reached: the first one with a checkpoint still to approve (later ones are locked behind it).
    const reached = [...template.phases].sort((x, y) => x.number - y.number).find((p) => p.sections.some((s) => s.checkpoints.some((cp) => !isApproved(a.statuses[cp.id]))));
    if (!nextBlocking) {
      const item = improvementPlan(template, a.statuses, a.values).find((i) => i.kind === 'checkpoint' && i.isCurrentPhase);
      if (item && item.status !== 'unanswered') nextBlocking = { platformTitle: template.title, checkpointId: item.id, label: item.label, phaseId: item.phaseId, phaseNumber: item.phaseNumber, status: item.status };
    }
    return { platform, title: template.title, phases: template.phases.length, reached: reached ? { id: reached.id, number: reached.number, title: reached.title } : null };
  });
  const oldest = waitingSince.length ? new Date(Math.min(...waitingSince.map((d) => d.getTime()))) : null;
  return {
    id: a.id,
    name: a.name,
    country: a.country,
    organizationId: a.organizationId,
    organizationName: a.organizationName,
    platforms,
    requiredAnswered,
    requiredTotal,
    percentAnswered: requiredTotal === 0 ? 100 : Math.floor((100 * requiredAnswered) / requiredTotal),
    waiting: { count: waitingSince.length, oldestSubmittedAt: oldest, oldestDays: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / DAY)) : null },
    nextBlocking,
  };
}

const isApproved = (s: TStatuses[string] | undefined) => s?.status === 'approved';

/**
 * What needs someone first: assessments with checkpoints waiting for review, the longest wait
 * first; then those sent back for changes; then the least answered; then by organisation and name.
 */
export function rankPortfolio(rows: TPortfolioRow[]): TPortfolioRow[] {
  const waitedMs = (r: TPortfolioRow) => (r.waiting.oldestSubmittedAt ? -r.waiting.oldestSubmittedAt.getTime() : -Infinity);
  const sentBack = (r: TPortfolioRow) => (r.nextBlocking?.status === 'changes_requested' ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      Number(b.waiting.count > 0) - Number(a.waiting.count > 0) ||
      waitedMs(b) - waitedMs(a) ||
      sentBack(b) - sentBack(a) ||
      a.percentAnswered - b.percentAnswered ||
      a.organizationName.localeCompare(b.organizationName) ||
      a.name.localeCompare(b.name),
  );
}
