import type { TLocale } from '../locale';
import type { TComparisonView } from '../milestone-comparison';
import { paragraph, table, type TDocModel, type TDocSection } from './doc-model';

/**
 * The comparison of two moments of an assessment as a document model (drawn by the same PDF
 * renderer as the RFP and the report): a cover naming the assessment and the two moments, then one
 * section per kind of change. Pure: every word is passed in, in the document's language.
 */
export type TComparisonDocText = {
  title: string;
  subtitle: string;
  assessment: string;
  country: string;
  from: string;
  to: string;
  unchanged: string;
  headings: { answers: string; checkpoints: string; evidence: string; outputs: string };
  none: { answers: string; checkpoints: string; evidence: string; outputs: string };
  columns: { question: string; checkpoint: string; file: string; figure: string; before: string; after: string; change: string };
  added: string;
  removed: string;
};

export function buildComparisonModel(
  view: TComparisonView,
  meta: { locale: TLocale; assessmentName: string; country: string; clientName: string; fromName: string; toName: string; generatedOn: string },
  text: TComparisonDocText,
): TDocModel {
  const c = text.columns;
  const section = (n: number, id: string, title: string, hasRows: boolean, none: string, block: () => TDocSection['blocks'][number]): TDocSection => ({
    id,
    number: String(n),
    title,
    level: 1,
    blocks: hasRows ? [block()] : [paragraph(none, 'note')],
  });
  return {
    kind: 'comparison',
    locale: meta.locale,
    title: text.title,
    subtitle: text.subtitle,
    clientName: meta.clientName,
    generatedOn: meta.generatedOn,
    coverLines: [
      { key: text.assessment, value: meta.assessmentName },
      { key: text.country, value: meta.country },
      { key: text.from, value: meta.fromName },
      { key: text.to, value: meta.toName },
    ],
    isDraft: false,
    missing: [],
    sections: withNotice(view.isUnchanged ? text.unchanged : null, [
      section(1, 'answers', text.headings.answers, view.answers.length > 0, text.none.answers, () =>
        table([{ label: c.question, width: 3 }, { label: c.before, width: 2 }, { label: c.after, width: 2 }], view.answers.map((r) => [r.label, r.before, r.after])),
      ),
      section(2, 'checkpoints', text.headings.checkpoints, view.checkpoints.length > 0, text.none.checkpoints, () =>
        table([{ label: c.checkpoint, width: 3 }, { label: c.before, width: 2 }, { label: c.after, width: 2 }], view.checkpoints.map((r) => [r.label, r.before, r.after])),
      ),
      section(3, 'evidence', text.headings.evidence, view.evidence.length > 0, text.none.evidence, () =>
        table([{ label: c.file, width: 2 }, { label: c.checkpoint, width: 3 }, { label: c.change, width: 1 }], view.evidence.map((e) => [e.fileName, e.checkpoint, e.change === 'added' ? text.added : text.removed])),
      ),
      section(4, 'outputs', text.headings.outputs, view.outputs.length > 0, text.none.outputs, () =>
        table(
          [{ label: c.figure, width: 3 }, { label: c.before, width: 2, align: 'right' }, { label: c.after, width: 2, align: 'right' }, { label: c.change, width: 2, align: 'right' }],
          view.outputs.map((o) => [o.label, o.before, o.after, o.delta ?? '']),
        ),
      ),
    ]),
  };
}

/** "Nothing changed" leads the first section when the two moments are the same. */
function withNotice(notice: string | null, sections: TDocSection[]): TDocSection[] {
  if (!notice) return sections;
  const [first, ...rest] = sections;
  return [{ ...first!, blocks: [paragraph(notice), ...first!.blocks] }, ...rest];
}
