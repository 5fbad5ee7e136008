import { DOC_TEXT } from '@/lib/domain/documents/doc-text';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { TDocBlock, TDocModel, TDocSection, TRun } from '@/lib/domain/documents/doc-model';

/**
 * Draws a document model as a Word file with `docx`, for consultants to edit: the same text as the
 * PDF, headings as Heading 1-3 styles, a table of contents field (Word fills in the page numbers
 * when it updates fields on opening), a header with the title and client, a footer with
 * "Page X of Y", and tables whose header row repeats on every page.
 */

const FONT = 'Calibri';
const MUTED = '57606A';
const ACCENT = '0B5CAD';
const MISSING = 'B35900';
const RULE = 'D0D7DE';

const runs = (items: TRun[], extra: { color?: string; size?: number } = {}) => items.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, ...extra }));

const cellBorders = { top: { style: BorderStyle.SINGLE, size: 4, color: RULE }, bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE }, left: { style: BorderStyle.SINGLE, size: 4, color: RULE }, right: { style: BorderStyle.SINGLE, size: 4, color: RULE } };

function tableOf(block: Extract<TDocBlock, { kind: 'table' }>): FileChild[] {
  const total = block.columns.reduce((t, c) => t + (c.width ?? 1), 0);
  const widths = block.columns.map((c) => Math.round(((c.width ?? 1) / total) * 100));
  const align = (i: number) => (block.columns[i].align === 'right' ? AlignmentType.RIGHT : block.columns[i].align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);
  const cell = (text: string, i: number, opts: { header?: boolean; bold?: boolean }) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.PERCENTAGE },
      borders: cellBorders,
      ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F6' } } : {}),
      children: [new Paragraph({ alignment: align(i), children: [new TextRun({ text, bold: opts.header || opts.bold, size: 16 })] })],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.label, i, { header: true })) }),
      ...block.rows.map((row, r) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, { bold: block.hasTotalRow && r === block.rows.length - 1 })) })),
    ],
  });
  return [...(block.caption ? [new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: block.caption, bold: true, color: MUTED, size: 17 })] })] : []), table, new Paragraph({ spacing: { after: 60 }, children: [] })];
}

function blockOf(block: TDocBlock): FileChild[] {
  switch (block.kind) {
    case 'paragraph': {
      const tone = block.tone === 'note' ? { color: MUTED, size: 17 } : block.tone === 'missing' ? { color: MISSING } : {};
      return [new Paragraph({ spacing: { after: 120 }, children: runs(block.runs, tone) })];
    }
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: runs(item) }));
    case 'keyValue':
      return block.items.map((item) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${item.key}: `, bold: true, color: MUTED }), new TextRun({ text: item.value })] }));
    case 'table':
      return tableOf(block);
  }
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const sectionOf = (s: TDocSection): FileChild[] => [new Paragraph({ heading: HEADINGS[s.level], pageBreakBefore: s.pageBreakBefore, keepNext: true, children: [new TextRun(`${s.number} ${s.title}`)] }), ...s.blocks.flatMap(blockOf)];

function cover(model: TDocModel): FileChild[] {
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: model.title, bold: true, size: 48, color: ACCENT })] }),
    new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: model.subtitle, size: 26, color: MUTED })] }),
    ...model.coverLines.map((l) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${l.key}: `, color: MUTED }), new TextRun({ text: l.value, bold: true })] })),
    ...(model.isDraft
      ? [new Paragraph({ spacing: { before: 480 }, alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 12, color: 'C62828' }, bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C62828' } }, children: [new TextRun({ text: DOC_TEXT[model.locale ?? 'en'].draftBanner(model.missing.length), bold: true, color: 'C62828', size: 24 })] })]
      : []),
  ];
}

function stillToComplete(model: TDocModel): FileChild[] {
  if (!model.isDraft || model.missing.length === 0) return [];
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 120 }, children: [new TextRun({ text: DOC_TEXT[model.locale ?? 'en'].stillToComplete, bold: true, size: 26, color: MISSING })] }),
    ...model.missing.map((m) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(m.label)] })),
  ];
}

/** The model as a .docx file. */
export async function renderDocx(model: TDocModel): Promise<Buffer> {
  const T = DOC_TEXT[model.locale ?? 'en'];
  const headerText = model.isDraft ? `${T.draft} — ${model.title}` : model.title;
  const doc = new Document({
    creator: 'Hosting Readiness',
    title: model.title,
    description: model.subtitle,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 21, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${headerText} — ${model.clientName}`, size: 15, color: MUTED })] })] }),
          first: new Header({ children: [] }),
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ size: 15, color: MUTED, children: [`${T.generated(model.generatedOn)} — ${T.page} `, PageNumber.CURRENT, ` ${T.of} `, PageNumber.TOTAL_PAGES] })] })] }),
          first: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ size: 15, color: MUTED, children: [`${T.generated(model.generatedOn)} — ${T.page} `, PageNumber.CURRENT, ` ${T.of} `, PageNumber.TOTAL_PAGES] })] })] }),
        },
        children: [
          ...cover(model),
          ...stillToComplete(model),
          new Paragraph({ pageBreakBefore: true, spacing: { after: 200 }, children: [new TextRun({ text: T.contents, bold: true, size: 32, color: ACCENT })] }),
          new TableOfContents(T.contents, { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          ...model.sections.flatMap(sectionOf),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
