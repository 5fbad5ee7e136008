import type { TCheckpointStatus } from './checkpoint-machine';

/**
 * A milestone is the assessment frozen at a moment: answers, checkpoint states, the evidence list
 * and the outputs (tier per platform, sizing totals, budget per hosting option, as labelled
 * figures). Comparing two (or a milestone with now) says what changed, in that order. Pure.
 */
export type TMilestoneSnapshot = {
  answers: Record<string, unknown>;
  checkpoints: Record<string, { status: TCheckpointStatus; notApplicable: boolean }>;
  evidence: { checkpointId: string; fileName: string; sha256: string }[];
  /** Words: "CommCare HQ tier" → "Small cluster". */
  labels: Record<string, { label: string; value: string }>;
  /** Numbers: "Budget, national data centre, 5 years" → 1 250 000 00 (money in minor units). */
  figures: Record<string, { label: string; value: number; unit: 'money' | 'cores' | 'gb' | 'count' }>;
};

export type TCheckpointMove = { checkpointId: string; from: TCheckpointStatus | 'not applicable' | 'none'; to: TCheckpointStatus | 'not applicable' | 'none' };
export type TMilestoneDiff = {
  answers: { questionId: string; change: 'added' | 'removed' | 'changed'; before: unknown; after: unknown }[];
  checkpoints: TCheckpointMove[];
  evidence: { checkpointId: string; fileName: string; change: 'added' | 'removed' }[];
  labels: { key: string; label: string; before: string | null; after: string | null }[];
  figures: { key: string; label: string; unit: TMilestoneSnapshot['figures'][string]['unit']; before: number | null; after: number | null; delta: number }[];
  isUnchanged: boolean;
};

/** JSON with sorted keys: equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const stateOf = (c: TMilestoneSnapshot['checkpoints'][string] | undefined): TCheckpointMove['from'] => (!c ? 'none' : c.notApplicable && c.status === 'approved' ? 'not applicable' : c.status);
const keysOf = (...records: Record<string, unknown>[]) => [...new Set(records.flatMap((r) => Object.keys(r)))].sort();

export function diffMilestones(before: TMilestoneSnapshot, after: TMilestoneSnapshot): TMilestoneDiff {
  const answers: TMilestoneDiff['answers'] = [];
  for (const questionId of keysOf(before.answers, after.answers)) {
    const [a, b] = [before.answers[questionId], after.answers[questionId]];
    if (isEmpty(a) && isEmpty(b)) continue;
    if (isEmpty(a)) answers.push({ questionId, change: 'added', before: null, after: b });
    else if (isEmpty(b)) answers.push({ questionId, change: 'removed', before: a, after: null });
    else if (canonical(a) !== canonical(b)) answers.push({ questionId, change: 'changed', before: a, after: b });
  }

  const checkpoints: TCheckpointMove[] = [];
  for (const checkpointId of keysOf(before.checkpoints, after.checkpoints)) {
    const [from, to] = [stateOf(before.checkpoints[checkpointId]), stateOf(after.checkpoints[checkpointId])];
    // "none" and "open" are the same for a reader: a checkpoint nobody touched yet is open.
    const norm = (s: TCheckpointMove['from']) => (s === 'none' ? 'open' : s);
    if (norm(from) !== norm(to)) checkpoints.push({ checkpointId, from: norm(from), to: norm(to) });
  }

  const fileKey = (f: TMilestoneSnapshot['evidence'][number]) => `${f.checkpointId}\u0000${f.sha256}\u0000${f.fileName}`;
  const beforeFiles = new Set(before.evidence.map(fileKey));
  const afterFiles = new Set(after.evidence.map(fileKey));
  const evidence: TMilestoneDiff['evidence'] = [
    ...before.evidence.filter((f) => !afterFiles.has(fileKey(f))).map((f) => ({ checkpointId: f.checkpointId, fileName: f.fileName, change: 'removed' as const })),
    ...after.evidence.filter((f) => !beforeFiles.has(fileKey(f))).map((f) => ({ checkpointId: f.checkpointId, fileName: f.fileName, change: 'added' as const })),
  ];

  const labels = keysOf(before.labels, after.labels).flatMap((key) => {
    const [a, b] = [before.labels[key], after.labels[key]];
    return a?.value === b?.value ? [] : [{ key, label: (b ?? a)!.label, before: a?.value ?? null, after: b?.value ?? null }];
  });
  const figures = keysOf(before.figures, after.figures).flatMap((key) => {
    const [a, b] = [before.figures[key], after.figures[key]];
    if (a?.value === b?.value) return [];
    return [{ key, label: (b ?? a)!.label, unit: (b ?? a)!.unit, before: a?.value ?? null, after: b?.value ?? null, delta: (b?.value ?? 0) - (a?.value ?? 0) }];
  });

  return { answers, checkpoints, evidence, labels, figures, isUnchanged: !answers.length && !checkpoints.length && !evidence.length && !labels.length && !figures.length };
}
