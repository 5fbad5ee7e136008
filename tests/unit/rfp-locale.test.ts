import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { DOC_TEXT } from '@/lib/domain/documents/doc-text';
import { modelText } from '@/lib/domain/documents/doc-model';
import { LOCALES } from '@/lib/domain/locale';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { localizeRfpContent } from '@/lib/documents/localize-rfp-content';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';

const input = { ...sampleRfpInput(), generatedAt: '2027-01-29T10:00:00.000Z' };
const headingsOf = (locale: 'en' | 'fr' | 'pt') => buildRfpModel(input, localizeRfpContent(RFP_CONTENT, locale), locale, reasonSayer(locale)).sections.map((s) => s.title);

describe('the RFP in its document language', () => {
  it.each([
    ['fr', '29 janvier 2027'],
    ['pt', '29 de janeiro de 2027'],
    ['en', '29 January 2027'],
  ] as const)('%s: dated %s, with the cover in the language', (locale, date) => {
    const model = buildRfpModel(input, localizeRfpContent(RFP_CONTENT, locale), locale, reasonSayer(locale));
    expect(model.locale).toBe(locale);
    expect(model.generatedOn).toBe(date);
    expect(model.coverLines.map((l) => l.key)).toContain(DOC_TEXT[locale].cover.generated);
    expect(model.sections.find((s) => s.id === 'annex-checkpoints')?.number).toBe(`${DOC_TEXT[locale].annexWord} A`);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: no heading of Appendix 1 stays in English', (locale) => {
    const english = new Set(Object.values(RFP_CONTENT.skeleton.headings));
    const theirs = headingsOf(locale);
    expect(theirs.filter((h) => english.has(h))).toEqual([]);
    // Every English heading has its counterpart: the same structure, other words.
    expect(theirs).toHaveLength(headingsOf('en').length);
  });

  it('the French text carries none of the model’s own English words', () => {
    const text = modelText(buildRfpModel(input, localizeRfpContent(RFP_CONTENT, 'fr'), 'fr', reasonSayer('fr')));
    for (const english of ['Prepared for', 'MSP roles and responsibilities', 'components of the hosting environment', 'Submission deadline', 'Annex C gives']) expect(text).not.toContain(english);
  });
});
