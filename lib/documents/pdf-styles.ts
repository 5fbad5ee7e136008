import path from 'node:path';
import type { Styles } from '@react-pdf/renderer';

type TReactPdf = typeof import('@react-pdf/renderer');

/** Fonts and styles of the PDF documents. DejaVu Sans covers é, ç, ã, ñ, —, √ and the like. */

export const PDF_FONT_FAMILY = 'DejaVu Sans';

/** Where the shipped TTF files are: content/fonts of the app, resolved from the working directory. */
export const DEFAULT_FONT_DIR = path.join(process.cwd(), 'content', 'fonts');

let registeredDir: string | null = null;

/** Registers the font once per process (react-pdf's font store is global). */
export function registerPdfFonts({ Font }: TReactPdf, fontDir: string = DEFAULT_FONT_DIR) {
  if (registeredDir === fontDir) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: path.join(fontDir, 'DejaVuSans.ttf') },
      { src: path.join(fontDir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
      { src: path.join(fontDir, 'DejaVuSans-Oblique.ttf'), fontStyle: 'italic' },
    ],
  });
  // No hyphenation: names must stay whole (and extractable) in the text.
  Font.registerHyphenationCallback((word) => [word]);
  registeredDir = fontDir;
}

/**
 * Line height for static text only: react-pdf drops dynamic (render-prop) text that has one, and
 * scales a unitless line height by the element's OWN font size (18 when inherited), so every style
 * with a line height sets its font size too.
 */
const LH = 1.4;
const BODY = 9.5;

export const COLORS = { text: '#1f2328', muted: '#57606a', rule: '#d0d7de', header: '#eef2f6', accent: '#0b5cad', missing: '#b35900', draft: '#c62828' };

export const styles = {
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9.5, color: COLORS.text, paddingTop: 56, paddingBottom: 56, paddingHorizontal: 50 },
  coverPage: { fontFamily: PDF_FONT_FAMILY, fontSize: 11, color: COLORS.text, padding: 60, display: 'flex', flexDirection: 'column' },
  coverTitle: { fontSize: 24, fontWeight: 'bold', color: COLORS.accent, marginTop: 120, marginBottom: 16, lineHeight: 1.25 },
  coverSubtitle: { fontSize: 13, color: COLORS.muted, marginBottom: 40, lineHeight: 1.35 },
  coverLine: { flexDirection: 'row', marginBottom: 6 },
  coverKey: { width: 140, color: COLORS.muted },
  coverValue: { flex: 1, fontWeight: 'bold' },
  draftBanner: { marginTop: 30, padding: 10, borderWidth: 2, borderColor: COLORS.draft, color: COLORS.draft, fontWeight: 'bold', fontSize: 12, textAlign: 'center' },
  header: { position: 'absolute', top: 22, left: 50, right: 50, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: COLORS.muted, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingBottom: 4 },
  footer: { position: 'absolute', top: 808, left: 50, right: 50, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: COLORS.muted, borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 4 },
  /** The footer's "Page X of Y", filled in after layout (pdf-page-numbers.ts): a fixed width, right-aligned, as it sat before. */
  pageOfPages: { width: 140, textAlign: 'right', fontFamily: PDF_FONT_FAMILY, fontSize: 7.5, color: COLORS.muted },
  watermark: { position: 'absolute', top: 330, left: 110, fontSize: 110, color: '#c62828', opacity: 0.08, fontWeight: 'bold', transform: 'rotate(-35deg)' },
  tocTitle: { fontSize: 16, fontWeight: 'bold', color: COLORS.accent, marginBottom: 14 },
  tocRow: { flexDirection: 'row', marginBottom: 4 },
  tocNumber: { width: 52 },
  tocText: { flex: 1 },
  tocPage: { width: 36, textAlign: 'right' },
  h1: { fontSize: 15, fontWeight: 'bold', color: COLORS.accent, marginTop: 14, marginBottom: 8 },
  h2: { fontSize: 12, fontWeight: 'bold', color: COLORS.accent, marginTop: 10, marginBottom: 6 },
  h3: { fontSize: 10.5, fontWeight: 'bold', marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 6, fontSize: BODY, lineHeight: LH },
  note: { marginBottom: 6, fontSize: 8.5, color: COLORS.muted, lineHeight: LH },
  missing: { marginBottom: 6, color: COLORS.missing, fontSize: BODY, lineHeight: LH },
  bulletRow: { flexDirection: 'row', marginBottom: 3, paddingLeft: 8 },
  bulletMark: { width: 12 },
  bulletText: { flex: 1, fontSize: BODY, lineHeight: LH },
  caption: { fontSize: 8.5, fontWeight: 'bold', color: COLORS.muted, marginTop: 4, marginBottom: 3 },
  table: { marginBottom: 10, borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: COLORS.rule, fontSize: 8 },
  tableHeader: { flexDirection: 'row', backgroundColor: COLORS.header, fontWeight: 'bold' },
  tableRow: { flexDirection: 'row' },
  cell: { fontSize: 8, lineHeight: 1.25, paddingVertical: 2.5, paddingHorizontal: 3.5, borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: COLORS.rule },
  kvRow: { flexDirection: 'row', marginBottom: 3 },
  kvKey: { width: '34%', paddingRight: 8, color: COLORS.muted, fontSize: BODY, lineHeight: LH },
  kvValue: { width: '66%', fontSize: BODY, lineHeight: LH },
  missingBox: { borderWidth: 1, borderColor: COLORS.missing, padding: 10, marginBottom: 12 },
  missingTitle: { fontWeight: 'bold', color: COLORS.missing, marginBottom: 6, fontSize: 11 },
} satisfies Styles;
