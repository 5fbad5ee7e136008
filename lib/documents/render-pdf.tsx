import type { Styles } from '@react-pdf/renderer';
import { DOC_TEXT } from '@/lib/domain/documents/doc-text';
import type { TDocBlock, TDocModel, TDocSection, TRun } from '@/lib/domain/documents/doc-model';
import { registerPdfFonts, styles } from './pdf-styles';
import { cacheFontObjects } from './pdfkit-font-cache';

/**
 * Draws a document model as a PDF with @react-pdf/renderer, server-side (Node runtime): cover page,
 * table of contents with page numbers, running header and "Page X of Y" footer, tables whose header
 * row repeats on every page they span, a DRAFT mark while the model is a draft. It adds no text of
 * its own beyond labels, so the PDF says what the model says.
 *
 * @react-pdf/renderer is an ES module whose dependencies only export `import` entry points, so it is
 * loaded with a dynamic import() (works under Next's server runtime, vitest and tsx alike).
 *
 * Page numbers of the contents: each heading is a dynamic text that records the page it lands on;
 * react-pdf resolves dynamic text once more after pagination (to know the total of pages), page by
 * page, by which time every heading has recorded its page, and the contents read them then.
 */

type TReactPdf = typeof import('@react-pdf/renderer');
let reactPdf: TReactPdf | null = null;
const pdf = () => {
  if (!reactPdf) throw new Error('renderPdf: @react-pdf/renderer is not loaded');
  return reactPdf;
};

export type TRenderPdfOptions = { /** Folder holding the DejaVu Sans TTF files (default: <cwd>/content/fonts). */ fontDir?: string };

const Runs = ({ runs }: { runs: TRun[] }) => {
  const { Text } = pdf();
  return (
  <>
    {runs.map((r, i) => (
      <Text key={i} style={{ ...(r.bold ? { fontWeight: 'bold' } : {}), ...(r.italic ? { fontStyle: 'italic' } : {}) }}>
        {r.text}
      </Text>
    ))}
  </>
  );
};

function TableBlock({ block }: { block: Extract<TDocBlock, { kind: 'table' }> }) {
  const { Text, View } = pdf();
  const total = block.columns.reduce((t, c) => t + (c.width ?? 1), 0);
  const cellStyle = (i: number): Styles[string] => ({ ...styles.cell, width: `${(((block.columns[i].width ?? 1) / total) * 100).toFixed(3)}%`, textAlign: block.columns[i].align ?? 'left' });
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

function Section({ section, pages }: { section: TDocSection; pages: Map<string, number> }) {
  const { Text } = pdf();
  return (
    <>
      <Text
        id={section.id}
        style={headingStyle(section)}
        minPresenceAhead={section.blocks.length ? 60 : 90}
        {...(section.level <= 2 ? { bookmark: { title: headingText(section), fit: true } } : {})}
        render={({ pageNumber }) => {
          pages.set(section.id, pageNumber);
          return headingText(section);
        }}
      />
      {section.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </>
  );
}

/**
 * One <Page> per run of sections between page breaks: react-pdf re-lays out the rest of a <Page>
 * at every page it cuts, so shorter runs render much faster than one long flow.
 */
function pageGroups(sections: TDocSection[]): TDocSection[][] {
  const groups: TDocSection[][] = [];
  for (const s of sections) {
    if (groups.length === 0 || s.pageBreakBefore) groups.push([s]);
    else groups[groups.length - 1].push(s);
  }
  return groups;
}

function PdfDocument({ model, pages }: { model: TDocModel; pages: Map<string, number> }) {
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
        <Text render={({ pageNumber, totalPages }) => `${T.page} ${pageNumber} ${T.of} ${totalPages}`} />
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
          <Text render={({ pageNumber, totalPages }) => `${T.page} ${pageNumber} ${T.of} ${totalPages}`} />
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
              <Text style={styles.tocPage} render={() => String(pages.get(s.id) ?? '')} />
            </View>
          </Link>
        ))}
      </Page>
      {pageGroups(model.sections).map((group) => (
        <Page key={group[0].id} size="A4" style={styles.page}>
          {chrome}
          {group.map((s) => (
            <Section key={s.id} section={s} pages={pages} />
          ))}
        </Page>
      ))}
    </Document>
  );
}

/** The model as a PDF file. Node runtime only (reads the font files). */
export async function renderPdf(model: TDocModel, options: TRenderPdfOptions = {}): Promise<Buffer> {
  reactPdf ??= await import('@react-pdf/renderer');
  await cacheFontObjects();
  registerPdfFonts(reactPdf, options.fontDir);
  const pages = new Map<string, number>();
  return reactPdf.renderToBuffer(<PdfDocument model={model} pages={pages} />);
}
