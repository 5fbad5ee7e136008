import type { TFrozenAssessment } from './milestone-snapshot';

/**
 * Progress over time, from the milestones (oldest first) and now: per platform and phase, the share
 * of required questions answered and of checkpoints approved at each moment, and the geometry of a
 * small line chart of them. Pure.
 */
export type TProgressMoment = { label: string; progress: TFrozenAssessment['progress'] };
export type TPhaseSeries = {
  phaseId: string;
  phaseNumber: number;
  /** One per moment; null when the phase did not exist then (a questionnaire upgrade). */
  values: ({ answered: number; required: number; approved: number; checkpoints: number } | null)[];
};
export type TPlatformProgress = { platform: string; phases: TPhaseSeries[] };

export function progressSeries(moments: TProgressMoment[]): TPlatformProgress[] {
  const platforms = [...new Set(moments.flatMap((m) => m.progress.map((p) => p.platform)))];
  return platforms.map((platform) => {
    const phaseIds = new Map<string, number>();
    for (const m of moments) for (const p of m.progress) if (p.platform === platform) phaseIds.set(p.phaseId, p.phaseNumber);
    const phases = [...phaseIds.entries()]
      .sort((a, b) => a[1] - b[1])
      .map(([phaseId, phaseNumber]) => ({
        phaseId,
        phaseNumber,
        values: moments.map((m) => {
          const p = m.progress.find((x) => x.platform === platform && x.phaseId === phaseId);
          return p ? { answered: p.answered, required: p.required, approved: p.approved, checkpoints: p.checkpoints } : null;
        }),
      }));
    return { platform, phases };
  });
}

/** A share 0..1; a phase with nothing required counts as complete. */
export const share = (done: number, total: number) => (total <= 0 ? 1 : Math.min(1, Math.max(0, done / total)));

export type TChartBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };

/** x of moment i of n, spread evenly inside the box (one moment sits in the middle). */
export function xOf(i: number, n: number, box: TChartBox): number {
  const inner = box.width - box.left - box.right;
  return n <= 1 ? box.left + inner / 2 : box.left + (inner * i) / (n - 1);
}

/** y of a share (1 at the top). */
export function yOf(value: number, box: TChartBox): number {
  const inner = box.height - box.top - box.bottom;
  return box.top + inner * (1 - value);
}

/** The SVG polyline points of a series of shares; moments without a value break nothing (skipped). */
export function polylinePoints(values: (number | null)[], box: TChartBox): string {
  return values
    .map((v, i) => (v === null ? null : `${round(xOf(i, values.length, box))},${round(yOf(v, box))}`))
    .filter((p): p is string => p !== null)
    .join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
