import type { TDocBlock, TDocModel, TMissingItem, TMissingTarget } from './doc-model';
import { stripTemplateMarker } from './fill-text';
import type { TQuestionLookup } from './answers';

/** Collects what a document still lacks, once per key, in the order found. */
export function missingCollector(lookup: TQuestionLookup) {
  const items = new Map<string, TMissingItem>();
  const add = (key: string, label: string, target: TMissingTarget) => {
    if (!items.has(key)) items.set(key, { key, label, target });
  };
  return {
    field: (field: string, label: string) => add(`rfp.${field}`, label, { kind: 'rfp-field', field }),
    question: (questionId: string) => {
      const info = lookup.get(questionId);
      add(`question.${questionId}`, info ? `${info.phaseNumber}. ${info.phaseTitle}: ${info.question.label}` : questionId, { kind: 'question', questionId, phaseId: info?.phaseId ?? questionId.split('.').slice(0, 2).join('.') });
    },
    tool: (tool: 'sizing' | 'skills' | 'budget', label: string) => add(`tool.${tool}`, label, { kind: 'tool', tool }),
    list: () => [...items.values()],
  };
}

/** Last line of defence: no string of the model carries the template's "XXX" marker. */
export function withoutTemplateMarkers(model: TDocModel): TDocModel {
  const s = stripTemplateMarker;
  const block = (b: TDocBlock): TDocBlock => {
    switch (b.kind) {
      case 'paragraph':
        return { ...b, runs: b.runs.map((r) => ({ ...r, text: s(r.text) })) };
      case 'bullets':
        return { ...b, items: b.items.map((i) => i.map((r) => ({ ...r, text: s(r.text) }))) };
      case 'table':
        return { ...b, ...(b.caption ? { caption: s(b.caption) } : {}), columns: b.columns.map((c) => ({ ...c, label: s(c.label) })), rows: b.rows.map((r) => r.map(s)) };
      case 'keyValue':
        return { ...b, items: b.items.map((i) => ({ key: s(i.key), value: s(i.value) })) };
    }
  };
  return {
    ...model,
    title: s(model.title),
    subtitle: s(model.subtitle),
    clientName: s(model.clientName),
    coverLines: model.coverLines.map((l) => ({ key: s(l.key), value: s(l.value) })),
    missing: model.missing.map((m) => ({ ...m, label: s(m.label) })),
    sections: model.sections.map((sec) => ({ ...sec, title: s(sec.title), blocks: sec.blocks.map(block) })),
  };
}
