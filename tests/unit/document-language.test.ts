import { beforeAll, describe, expect, it } from 'vitest';
import { docxParts, pdfPages } from '../fixtures/document-text';
import { buildReportModel } from '@/lib/domain/documents/build-report-model';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import type { TLocale } from '@/lib/domain/locale';
import { renderDocx } from '@/lib/documents/render-docx';
import { renderPdf } from '@/lib/documents/render-pdf';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { localizeRfpContent } from '@/lib/documents/localize-rfp-content';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { formatMoney } from '@/lib/domain/money';
import { reasonSayer } from '@/lib/i18n/reason-text';

/**
 * The RFP and the report entirely in their document language: the text read back from the real
 * French and Portuguese PDF and DOCX holds no English heading of Appendix 1 and no English table
 * header, caption or key label, and its dates and numbers are written the language's way.
 */

/** The sample assessment as the app loads it for a document in `locale` (the questionnaire's own text in that language). */
const input = (locale: TLocale) => ({ ...sampleRfpInput(['commcare', 'dhis2'], locale), generatedAt: '2027-01-29T10:00:00.000Z' });
const rfp = (locale: TLocale) => buildRfpModel(input(locale), localizeRfpContent(RFP_CONTENT, locale), locale, reasonSayer(locale));
const report = (locale: TLocale) => buildReportModel(input(locale), locale, reasonSayer(locale));

/** Words that are the same in English, French and Portuguese documents. */
const NEUTRAL = /^(Software|Total|Version|Service|Source)( — .+)?$|^Organisation /;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Headings as printed ("B.1 CommCare HQ") and each table's header row, in order: the two models have the same structure. */
function chrome(model: TDocModel) {
  const tables = model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' ? [b] : []));
  return {
    headings: model.sections.map((s) => squash(`${s.number} ${s.title}`)),
    headerRows: tables.map((t) => squash(t.columns.map((c) => c.label).join(' '))),
    captions: tables.map((t) => squash(t.caption ?? '')),
    keys: model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'keyValue' ? b.items.map((i) => squash(`${i.key} ${i.value}`).slice(0, 60)) : [])),
  };
}

/** What the English model prints and the localized one does not, position by position. */
function englishOnly(english: string[], localized: string[]) {
  expect(localized).toHaveLength(english.length);
  return english.filter((e, i) => e !== localized[i]);
}

describe.each([
  ['fr', '29 janvier 2027', /^\d{3} \d{3},\d{2} USD$/],
  ['pt', '29 de janeiro de 2027', /^\d{3} \d{3},\d{2} USD$/],
] as const)('%s documents', (locale, date, money) => {
  const english = { rfp: rfp('en'), report: report('en') };
  const localized = { rfp: rfp(locale), report: report(locale) };
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    const [rfpPdf, rfpDocx, reportPdf] = await Promise.all([renderPdf(localized.rfp), renderDocx(localized.rfp), renderPdf(localized.report)]);
    texts['RFP PDF'] = squash((await pdfPages(rfpPdf)).join('\n'));
    texts['RFP DOCX'] = squash(docxParts(rfpDocx).text);
    texts['report PDF'] = squash((await pdfPages(reportPdf)).join('\n'));
  }, 180_000);

  it('the RFP holds no English heading of Appendix 1, and its own headings are there', () => {
    const en = chrome(english.rfp).headings;
    const theirs = chrome(localized.rfp).headings;
    const appendix = new Set(Object.values(RFP_CONTENT.skeleton.headings));
    expect(english.rfp.sections.filter((s) => appendix.has(s.title)).length).toBeGreaterThan(10);
    for (const name of ['RFP PDF', 'RFP DOCX']) {
      expect(englishOnly(en, theirs).filter((h) => texts[name].includes(h)), name).toEqual([]);
      expect(theirs.filter((h) => !texts[name].includes(h)), name).toEqual([]);
    }
  });

  it('no table of the RFP or the report has an English header row, caption or key', () => {
    for (const [kind, names] of [['rfp', ['RFP PDF', 'RFP DOCX']], ['report', ['report PDF']]] as const) {
      const en = chrome(english[kind]);
      const theirs = chrome(localized[kind]);
      const left = [...englishOnly(en.headerRows, theirs.headerRows), ...englishOnly(en.captions, theirs.captions), ...englishOnly(en.keys, theirs.keys)];
      expect(left.length, kind).toBeGreaterThan(20);
      // A row, caption or key may read the same in both languages only when every word of it does (names, “Total”, “Version”).
      const same = [...en.headerRows, ...en.captions, ...en.keys].filter((e) => e && !left.includes(e));
      expect(same.filter((e) => !NEUTRAL.test(e)), kind).toEqual([]);
      for (const name of names) {
        expect(left.filter((l) => texts[name].includes(l)), name).toEqual([]);
        if (name.endsWith('DOCX')) expect(theirs.headerRows.filter((h) => !texts[name].includes(h)), `${name} prints the localized header rows`).toEqual([]);
      }
    }
  });

  it('the skills annex gives the scale’s reason in the language', () => {
    const skills = input(locale).skills!;
    const say = reasonSayer(locale);
    for (const name of ['RFP PDF', 'RFP DOCX', 'report PDF']) {
      expect(texts[name], name).toContain(squash(say(skills.scale.dhis2!.reason)));
      expect(texts[name], name).not.toContain(squash(reasonSayer('en')(skills.scale.dhis2!.reason)));
    }
  });

  it('dates and money are written the language’s way', () => {
    const budget = input(locale).budget!;
    const total = squash(formatMoney(budget.options[0].grandTotal, budget.currency, locale));
    expect(total).toMatch(money);
    for (const text of Object.values(texts)) {
      expect(text).toContain(date);
      expect(text).toContain(total);
    }
  });
});
