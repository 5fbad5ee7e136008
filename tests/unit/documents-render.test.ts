import { beforeAll, describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { decodeXml as decode, docxParts, pdfPages } from '../fixtures/document-text';
import { buildReportModel } from '@/lib/domain/documents/build-report-model';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { formatInteger } from '@/lib/domain/documents/format';
import { formatMoney } from '@/lib/domain/money';
import { renderDocx } from '@/lib/documents/render-docx';
import { renderPdf } from '@/lib/documents/render-pdf';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { SAMPLE_CLIENT, sampleRfpInput } from '@/lib/documents/sample-rfp-input';

/** Renders real documents and reads their text back: PDF with unpdf, DOCX by unzipping word/document.xml. */

const sample = sampleRfpInput();
const rfp = buildRfpModel(sample, RFP_CONTENT, 'en', reasonSayer('en'));
const draft = buildRfpModel({ ...sample, details: { clientName: SAMPLE_CLIENT } }, RFP_CONTENT, 'en', reasonSayer('en'));
const report = buildReportModel(sample, 'en', reasonSayer('en'));

const squash = (s: string) => s.replace(/\s+/g, ' ');
const budget = sample.budget!;
const cc = sample.sizing.commcare!;
const expectations = (m: TDocModel) => [
  SAMPLE_CLIENT,
  ...m.sections.filter((s) => s.level === 1).map((s) => `${s.number} ${s.title}`),
  formatMoney(budget.options[0].grandTotal, budget.currency),
  formatMoney(budget.options.at(-1)!.grandTotal, budget.currency),
];

describe('the RFP as PDF', () => {
  let pdf: Buffer;
  let pages: string[];
  beforeAll(async () => {
    pdf = await renderPdf(rfp);
    pages = await pdfPages(pdf);
  }, 120_000);

  it('is a PDF of several pages with the running footer', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('carries the headings, the accented client name, a sizing figure and budget totals', () => {
    const text = squash(pages.join('\n'));
    for (const s of expectations(rfp)) expect(text).toContain(s);
    expect(text).toContain(`Number of Mobile Users: ${formatInteger(cc.inputs.users)} today`);
    expect(text).not.toMatch(/XXX|DRAFT/);
  });

  it('prints in the contents the page each heading is on', () => {
    const lines = pages.map((p) => p.split('\n').map((l) => l.trim()));
    const contents = squash(pages.slice(1, 3).join('\n'));
    for (const s of rfp.sections.filter((x) => x.level <= 2)) {
      const heading = `${s.number} ${s.title}`;
      const page = lines.findIndex((ls, i) => i >= 2 && ls.includes(heading)) + 1;
      expect(page, heading).toBeGreaterThan(2);
      expect(contents, heading).toContain(`${heading} ${page}`);
    }
  });

  it('repeats a table’s header row on each page the table spans', () => {
    const header = 'No Phase Checkpoint Status Reviewer Date';
    const withHeader = pages.filter((p) => squash(p).includes(header));
    expect(withHeader.length).toBeGreaterThan(1);
  });
});

describe('a draft RFP as PDF', () => {
  it('is marked DRAFT and lists what is missing', async () => {
    const text = squash((await pdfPages(await renderPdf(draft))).join('\n'));
    expect(text).toContain('DRAFT');
    expect(text).toContain('Still to complete');
    for (const m of draft.missing) expect(text).toContain(m.label);
    expect(text).toContain('[to be completed: Submission deadline]');
    expect(text).not.toContain('XXX');
  }, 120_000);
});

describe('the RFP as DOCX', () => {
  let docx: ReturnType<typeof docxParts>;
  beforeAll(async () => {
    const buffer = await renderDocx(rfp);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    docx = docxParts(buffer);
  }, 60_000);

  it('carries the same text as the PDF', () => {
    const text = squash(docx.text);
    for (const s of expectations(rfp)) expect(text).toContain(s);
    expect(text).toContain(`Number of Mobile Users: ${formatInteger(cc.inputs.users)} today`);
    expect(text).not.toContain('XXX');
  });

  it('has heading styles, a contents field, page numbers and repeated table headers', () => {
    expect(docx.xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(decode(docx.xml)).toMatch(/TOC [^"<]*\\o "1-2"/);
    expect(docx.footers).toContain('PAGE');
    expect(docx.footers).toContain('NUMPAGES');
    expect((docx.xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe((docx.xml.match(/<w:tbl>/g) ?? []).length);
  });
});

describe('the assessment report', () => {
  it('renders to PDF and DOCX with its sections and figures', async () => {
    const pdfText = squash((await pdfPages(await renderPdf(report))).join('\n'));
    const docxText = squash(docxParts(await renderDocx(report)).text);
    for (const text of [pdfText, docxText]) {
      for (const s of expectations(report)) expect(text).toContain(s);
      expect(text).toMatch(new RegExp(`Peak mobile users:? ${formatInteger(6_000)}`));
    }
  }, 120_000);
});
