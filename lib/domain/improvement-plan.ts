import type { TTemplate } from '@/lib/content/template-schema';
import { isAnswered, type TStatuses } from './gating';
import { isSignedOff } from './checkpoint-machine';

/**
 * The improvement plan of one platform of an assessment, as the Well-Architected Tool ranks its
 * high and medium risks: every checkpoint not yet approved and every required question not yet
 * answered, the current phase (the first not signed off) first, then by how many later items each
 * one holds up, then in questionnaire order. Pure.
 *
 * What an item holds up: a checkpoint, every item of the later phases (they stay locked until it is
 * approved); a question, the checkpoints citing it as evidence (they cannot be submitted without
 * it) and, through them, the later phases' items.
 */
export type TPlanItem = {
  kind: 'checkpoint' | 'question';
  id: string;
  label: string;
  phaseId: string;
  phaseNumber: number;
  /** The status of a checkpoint; a question is always "unanswered". */
  status: 'open' | 'submitted' | 'changes_requested' | 'unanswered';
  /** Items of this platform that cannot move until this one does. */
  blocks: number;
  isCurrentPhase: boolean;
};

export function improvementPlan(template: TTemplate, statuses: TStatuses, values: Record<string, unknown>): TPlanItem[] {
  const phases = [...template.phases].sort((a, b) => a.number - b.number);
  const pendingCheckpoints = (p: (typeof phases)[number]) => p.sections.flatMap((s) => s.checkpoints).filter((cp) => !isSignedOff(statuses[cp.id]));
  const unanswered = (p: (typeof phases)[number]) => p.sections.flatMap((s) => s.questions).filter((q) => q.required && !isAnswered(q, values[q.id]));
  const open = phases.map((p) => ({ phase: p, checkpoints: pendingCheckpoints(p), questions: unanswered(p) }));
  const current = open.find((o) => o.checkpoints.length > 0)?.phase.number;
  // Items of phases after index i.
  const laterCount = open.map((_, i) => open.slice(i + 1).reduce((n, o) => n + o.checkpoints.length + o.questions.length, 0));

  const items: (TPlanItem & { order: number })[] = [];
  let order = 0;
  open.forEach(({ phase, checkpoints, questions }, i) => {
    const base = { phaseId: phase.id, phaseNumber: phase.number, isCurrentPhase: phase.number === current };
    for (const cp of checkpoints) {
      const status = statuses[cp.id]?.status ?? 'open';
      items.push({ ...base, kind: 'checkpoint', id: cp.id, label: cp.label, status: status === 'approved' ? 'open' : status, blocks: laterCount[i]!, order: order++ });
    }
    for (const q of questions) {
      const citing = checkpoints.filter((cp) => cp.evidence.includes(q.id)).length;
      items.push({ ...base, kind: 'question', id: q.id, label: q.label, status: 'unanswered', blocks: citing + (citing > 0 ? laterCount[i]! : 0), order: order++ });
    }
  });
  const phaseRank = (n: number) => (current === undefined ? n : n === current ? -Infinity : n);
  return items
    .sort((a, b) => phaseRank(a.phaseNumber) - phaseRank(b.phaseNumber) || b.blocks - a.blocks || a.order - b.order)
    .map(({ order: _order, ...item }) => item);
}
