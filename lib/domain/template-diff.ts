import type { TTemplate } from '@/lib/content/template-schema';

/**
 * What changes for an assessment when it moves from one template version to another: questions
 * added, removed or reworded, checkpoints added, removed or moved to another phase or section.
 * Pure; ids are the identity (a change of meaning is a new id).
 */

type TPlace = { phase: number; section: string; where: string };
type TItem = { id: string; label: string; place: TPlace };

export type TTemplateDiff = {
  questionsAdded: { id: string; label: string; where: string }[];
  questionsRemoved: { id: string; label: string; where: string }[];
  questionsReworded: { id: string; from: string; to: string; where: string }[];
  checkpointsAdded: { id: string; label: string; where: string }[];
  checkpointsRemoved: { id: string; label: string; where: string }[];
  checkpointsMoved: { id: string; label: string; from: string; to: string }[];
};

function items(template: TTemplate, pick: 'questions' | 'checkpoints'): Map<string, TItem> {
  const out = new Map<string, TItem>();
  for (const phase of template.phases) {
    for (const section of phase.sections) {
      const place = { phase: phase.number, section: section.number, where: `Phase ${phase.number}, section ${section.number}` };
      for (const item of section[pick]) out.set(item.id, { id: item.id, label: item.label, place });
    }
  }
  return out;
}

const brief = ({ id, label, place }: TItem) => ({ id, label, where: place.where });

export function diffTemplates(from: TTemplate, to: TTemplate): TTemplateDiff {
  const [qFrom, qTo, cFrom, cTo] = [items(from, 'questions'), items(to, 'questions'), items(from, 'checkpoints'), items(to, 'checkpoints')];
  const only = (a: Map<string, TItem>, b: Map<string, TItem>) => [...a.values()].filter((x) => !b.has(x.id)).map(brief);
  const both = (a: Map<string, TItem>, b: Map<string, TItem>) => [...b.values()].flatMap((x) => (a.has(x.id) ? [{ before: a.get(x.id)!, after: x }] : []));
  return {
    questionsAdded: only(qTo, qFrom),
    questionsRemoved: only(qFrom, qTo),
    questionsReworded: both(qFrom, qTo).filter(({ before, after }) => before.label !== after.label).map(({ before, after }) => ({ id: after.id, from: before.label, to: after.label, where: after.place.where })),
    checkpointsAdded: only(cTo, cFrom),
    checkpointsRemoved: only(cFrom, cTo),
    checkpointsMoved: both(cFrom, cTo).filter(({ before, after }) => before.place.where !== after.place.where).map(({ before, after }) => ({ id: after.id, label: after.label, from: before.place.where, to: after.place.where })),
  };
}

export function isEmptyDiff(diff: TTemplateDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}

/** Answers to carry over: those whose question exists in the new version. */
export function answersKept(questionIds: readonly string[], to: TTemplate): { kept: string[]; dropped: string[] } {
  const exists = items(to, 'questions');
  return { kept: questionIds.filter((id) => exists.has(id)), dropped: questionIds.filter((id) => !exists.has(id)) };
}
