import type { Styles } from '@react-pdf/renderer';
import { DOC_TEXT } from '@/lib/domain/documents/doc-text';
import type { TDocBlock, TDocModel, TDocSection, TRun } from '@/lib/domain/documents/doc-model';
import { PageNumberSlot, fillPageNumberSlots, layoutTextsWith, pagesOfIds } from './pdf-page-numbers';
import { COLORS, PDF_FONT_FAMILY, registerPdfFonts, styles } from './pdf-styles';
import { toPdfNodes, type TPdfElement } from './pdf-tree';
import { cacheFontLayouts } from './fontkit-layout-cache';
import { cacheFontObjects } from './pdfkit-font-cache';

/**
 * Draws a document model as a PDF with @react-pdf/renderer, server-side (Node runtime): cover page,
 * table of contents with page numbers, running header and "Page X of Y" footer, tables whose header
 * row repeats on every page they span, a DRAFT mark while the model is a draft. It adds no text of
 * its own beyond labels, so the PDF says what the model says.
 *
 * @react-pdf/renderer and its layout and drawing packages are ES modules whose dependencies only
 * export `import` entry points, so they are loaded with a dynamic import() (works under Next's
 * server runtime, vitest and tsx alike).
 *
 * How it is drawn, for speed (scripts/bench/profile-rfp.ts): the components below are turned into
 * react-pdf's document tree directly (lib/documents/pdf-tree.ts, no reconciler), laid out by
 * @react-pdf/layout in ONE pass with no dynamic (`render`) text, and drawn by @react-pdf/render on
 * pdfkit, exactly as renderToBuffer does. Page numbers (the footer's "Page X of Y", the contents'
 * page of each heading) are filled in after that layout (lib/documents/pdf-page-numbers.ts).
 */

type TReactPdf = typeof import('@react-pdf/renderer');
let reactPdf: TReactPdf | null = null;
const pdf = () => {
  if (!reactPdf) throw new Error('renderPdf: @react-pdf/renderer is not loaded');
  return reactPdf;
};

export type TRenderPdfOptions = { /** Folder holding the DejaVu Sans TTF files (default: <cwd>/content/fonts). */ fontDir?: string };

/** A paragraph's runs: plain runs as plain text of the paragraph, only bold or italic ones as nested <Text> (fewer nodes to lay out). */
const Runs = ({ runs }: { runs: TRun[] }) => {
  const { Text } = pdf();
  return (
    <>
      {runs.map((r, i) =>
        r.bold || r.italic ? (
          <Text key={i} style={{ ...(r.bold ? { fontWeight: 'bold' } : {}), ...(r.italic ? { fontStyle: 'italic' } : {}) }}>
            {r.text}
          </Text>
        ) : (
          r.text
        ),
      )}
    </>
  );
};

function TableBlock({ block }: { block: Extract<TDocBlock, { kind: 'table' }> }) {
  const { Text, View } = pdf();
  const total = block.columns.reduce((t, c) => t + (c.width ?? 1), 0);
  // One style object per column, shared by every cell of it.
  const cellStyles: Styles[string][] = block.columns.map((c) => ({ ...styles.cell, width: `${(((c.width ?? 1) / total) * 100).toFixed(3)}%`, textAlign: c.align ?? 'left' }));
  const cellStyle = (i: number) => cellStyles[i];
  return (
    <>
      {block.caption ? (
        <Text style={styles.caption} minPresenceAhead={48}>
          {block.caption}
        </Text>
      ) : null}
      <View style={styles.table}>
        <View style={styles.tableHeader} fixed>
          {block.columns.map((c, i) => (
            <Text key={i} style={cellStyle(i)}>
              {c.label}
            </Text>
          ))}
        </View>
        {block.rows.map((row, r) => (
          <View key={r} style={{ ...styles.tableRow, ...(block.hasTotalRow && r === block.rows.length - 1 ? { fontWeight: 'bold' } : {}) }} wrap={false}>
            {row.map((cell, i) => (
              <Text key={i} style={cellStyle(i)}>
                {cell}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </>
  );
}

function Block({ block }: { block: TDocBlock }) {
  const { Text, View } = pdf();
  switch (block.kind) {
    case 'paragraph':
      return (
        <Text style={block.tone === 'note' ? styles.note : block.tone === 'missing' ? styles.missing : styles.paragraph}>
          <Runs runs={block.runs} />
        </Text>
      );
    case 'bullets':
      return (
        <View style={{ marginBottom: 6 }}>
          {block.items.map((item, i) => (
            <View key={i} style={styles.bulletRow} wrap={false}>
              <Text style={styles.bulletMark}>•</Text>
              <Text style={styles.bulletText}>
                <Runs runs={item} />
              </Text>
            </View>
          ))}
        </View>
      );
    case 'keyValue':
      return (
        <View style={{ marginBottom: 8 }}>
          {block.items.map((item, i) => (
            <View key={i} style={styles.kvRow} wrap={false}>
              <Text style={styles.kvKey}>{item.key}</Text>
              <Text style={styles.kvValue}>{item.value}</Text>
            </View>
          ))}
        </View>
      );
    case 'table':
      return <TableBlock block={block} />;
  }
}

const headingStyle = (s: TDocSection) => (s.level === 1 ? styles.h1 : s.level === 2 ? styles.h2 : styles.h3);
const headingText = (s: TDocSection) => `${s.number} ${s.title}`;

function Section({ section }: { section: TDocSection }) {
  const { Text } = pdf();
  return (
    <>
      <Text id={section.id} style={headingStyle(section)} minPresenceAhead={section.blocks.length ? 60 : 90} {...(section.level <= 2 ? { bookmark: { title: headingText(section), fit: true } } : {})}>
        {headingText(section)}
      </Text>
      {section.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </>
  );
}

/**
 * One <Page> per run of sections between page breaks. react-pdf as released lays the whole rest of
 * a <Page> out again at every page it cuts, so shorter runs drew much faster than one long flow; our
 * patch of its layout (patches/README.md) now lays out only what can reach the next cut. The runs
 * stay: a forced break starts a new page either way.
 */
function pageGroups(sections: TDocSection[]): TDocSection[][] {
  const groups: TDocSection[][] = [];
  for (const s of sections) {
    if (groups.length === 0 || s.pageBreakBefore) groups.push([s]);
    else groups[groups.length - 1].push(s);
  }
  return groups;
}

function PdfDocument({ model }: { model: TDocModel }) {
  const { Document, Link, Page, Text, View } = pdf();
  const toc = model.sections.filter((s) => s.level <= 2);
  const T = DOC_TEXT[model.locale ?? 'en'];
  const chrome = (
    <>
      {model.isDraft ? (
        <Text style={styles.watermark} fixed>
          {T.draft}
        </Text>
      ) : null}
      <View style={styles.header} fixed>
        <Text>{model.isDraft ? `${T.draft} — ${model.title}` : model.title}</Text>
        <Text>{model.clientName}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{T.generated(model.generatedOn)}</Text>
        <PageNumberSlot slot={{ kind: 'pageOfPages' }} style={styles.pageOfPages} placeholder={`${T.page} 0 ${T.of} 0`} />
      </View>
    </>
  );
  return (
    <Document title={model.title} subject={model.subtitle} author={model.clientName} creator="Hosting Readiness" producer="Hosting Readiness" language={model.locale ?? 'en'}>
      <Page size="A4" style={styles.coverPage}>
        <Text style={styles.coverTitle}>{model.title}</Text>
        <Text style={styles.coverSubtitle}>{model.subtitle}</Text>
        {model.coverLines.map((l, i) => (
          <View key={i} style={styles.coverLine}>
            <Text style={styles.coverKey}>{l.key}</Text>
            <Text style={styles.coverValue}>{l.value}</Text>
          </View>
        ))}
        {model.isDraft ? <Text style={styles.draftBanner}>{T.draftBanner(model.missing.length)}</Text> : null}
        <View style={styles.footer} fixed>
          <Text>{T.generated(model.generatedOn)}</Text>
          <PageNumberSlot slot={{ kind: 'pageOfPages' }} style={styles.pageOfPages} placeholder={`${T.page} 0 ${T.of} 0`} />
        </View>
      </Page>
      <Page size="A4" style={styles.page}>
        {chrome}
        {model.isDraft && model.missing.length ? (
          <View style={styles.missingBox}>
            <Text style={styles.missingTitle}>{T.stillToComplete}</Text>
            {model.missing.map((m) => (
              <View key={m.key} style={styles.bulletRow} wrap={false}>
                <Text style={styles.bulletMark}>•</Text>
                <Text style={styles.bulletText}>{m.label}</Text>
              </View>
            ))}
          </View>
        ) : null}
        <Text style={styles.tocTitle}>{T.contents}</Text>
        {toc.map((s) => (
          <Link key={s.id} src={`#${s.id}`} style={{ textDecoration: 'none', color: '#1f2328' }}>
            <View style={{ ...styles.tocRow, ...(s.level === 1 ? { fontWeight: 'bold', marginTop: 3 } : { paddingLeft: 14 }) }} wrap={false}>
              <Text style={styles.tocNumber}>{s.number}</Text>
              <Text style={styles.tocText}>{s.title}</Text>
              <PageNumberSlot slot={{ kind: 'pageOf', id: s.id }} style={{ ...styles.tocPage, fontFamily: PDF_FONT_FAMILY, fontSize: 9.5, color: COLORS.text, fontWeight: s.level === 1 ? 'bold' : 'normal' }} placeholder="0" />
            </View>
          </Link>
        ))}
      </Page>
      {pageGroups(model.sections).map((group) => (
        <Page key={group[0].id} size="A4" style={styles.page}>
          {chrome}
          {group.map((s) => (
            <Section key={s.id} section={s} />
          ))}
        </Page>
      ))}
    </Document>
  );
}

type TEngine = {
  layout: (doc: TPdfElement, fontStore: unknown) => Promise<TPdfElement>;
  draw: (ctx: TPdfKitDocument, doc: TPdfElement) => TPdfKitDocument;
  PDFDocument: new (options: Record<string, unknown>) => TPdfKitDocument;
};
type TPdfKitDocument = NodeJS.ReadableStream;
let engine: TEngine | null = null;

async function loadEngine(): Promise<TEngine> {
  const [layout, draw, pdfkit] = await Promise.all([import('@react-pdf/layout'), import('@react-pdf/render'), import('pdfkit')]);
  return { layout: layout.default as unknown as TEngine['layout'], draw: draw.default as unknown as TEngine['draw'], PDFDocument: pdfkit.default as unknown as TEngine['PDFDocument'] };
}

/** Draws a laid-out document with pdfkit, with the options renderToBuffer gives it, and collects the bytes. */
function draw({ draw, PDFDocument }: TEngine, layout: TPdfElement, props: Record<string, unknown>): Promise<Buffer> {
  const info = Object.fromEntries(
    Object.entries({ Title: props.title, Author: props.author, Subject: props.subject, Creator: props.creator, Producer: props.producer, CreationDate: new Date() }).filter(([, v]) => v !== undefined),
  );
  const ctx = new PDFDocument({ compress: true, lang: props.language, displayTitle: true, autoFirstPage: false, info });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    ctx.on('data', (chunk: Buffer) => chunks.push(chunk));
    ctx.on('end', () => resolve(Buffer.concat(chunks)));
    ctx.on('error', reject);
    try {
      draw(ctx, layout);
    } catch (error) {
      reject(error);
    }
  });
}

/** The model as a PDF file. Node runtime only (reads the font files). */
export async function renderPdf(model: TDocModel, options: TRenderPdfOptions = {}): Promise<Buffer> {
  reactPdf ??= await import('@react-pdf/renderer');
  engine ??= await loadEngine();
  await cacheFontObjects();
  await cacheFontLayouts(options.fontDir);
  registerPdfFonts(reactPdf, options.fontDir);
  const fontStore = reactPdf.Font;
  const [doc] = toPdfNodes(<PdfDocument model={model} />) as TPdfElement[];
  const laidOut = await engine.layout(doc, fontStore);
  const pageOf = pagesOfIds(laidOut.children as TPdfElement[]);
  const T = DOC_TEXT[model.locale ?? 'en'];
  const filled = await fillPageNumberSlots(
    laidOut,
    (slot, { pageNumber, totalPages }) => (slot.kind === 'pageOfPages' ? `${T.page} ${pageNumber} ${T.of} ${totalPages}` : String(pageOf.get(slot.id) ?? '')),
    layoutTextsWith(engine.layout, fontStore),
  );
  return draw(engine, filled, doc.props);
}
