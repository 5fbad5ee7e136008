import fs from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReportModel } from '@/lib/domain/documents/build-report-model';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { bullets, keyValue, paragraph, table, type TDocBlock, type TDocModel, type TDocSection } from '@/lib/domain/documents/doc-model';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { renderPdf } from '@/lib/documents/render-pdf';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { SAMPLE_CLIENT, sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { comparablePdf } from '../fixtures/document-text';

/**
 * Our patch of @react-pdf/layout (patches/README.md) lays out only the part of a long <Page> that
 * can reach the next page cut, where react-pdf laid out the whole rest again at every cut, and
 * skips the yoga setters that do nothing. It must not move a single glyph: each document is drawn
 * with the patch and as react-pdf released it (the patch's switch), and the bytes compared.
 */

const require = createRequire(import.meta.url);
const g = globalThis as { __reactPdfLayoutAsReleased?: boolean };
afterEach(() => {
  delete g.__reactPdfLayoutAsReleased;
});

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

async function bothWays(model: TDocModel): Promise<{ patched: Buffer; released: Buffer }> {
  g.__reactPdfLayoutAsReleased = true;
  const released = await renderPdf(model);
  g.__reactPdfLayoutAsReleased = false;
  const patched = await renderPdf(model);
  return { patched, released };
}

describe('our patch of react-pdf\'s layout', () => {
  it('is installed (npm ci applies patches/ after installing)', () => {
    const layout = fs.readFileSync(require.resolve('@react-pdf/layout'), 'utf8');
    expect(layout).toContain('__reactPdfLayoutAsReleased');
  });

  const sample = sampleRfpInput(['commcare', 'dhis2']);
  it.each<[string, () => TDocModel]>([
    ['the demo RFP', () => buildRfpModel(sample, RFP_CONTENT, 'en', reasonSayer('en'))],
    ['its draft', () => buildRfpModel({ ...sample, details: { clientName: SAMPLE_CLIENT } }, RFP_CONTENT, 'en', reasonSayer('en'))],
    ['the assessment report', () => buildReportModel(sample, 'en', reasonSayer('en'))],
  ])('draws %s byte for byte as react-pdf as released does', async (_, model) => {
    const { patched, released } = await bothWays(model());
    expect(pageCount(released)).toBeGreaterThan(15);
    expect(comparablePdf(patched)).toBe(comparablePdf(released));
  }, 120_000);

  // Page cuts everywhere: in a paragraph, a list, a table (its header repeated), between blocks, at forced breaks.
  const words = fc.array(fc.constantFrom('server', 'backup', 'ministry', 'PostgreSQL', 'a', 'of', 'staging', 'upgrade', 'capacity', 'training'), { minLength: 1, maxLength: 120 });
  const text = words.map((w) => w.join(' '));
  const block: fc.Arbitrary<TDocBlock> = fc.oneof(
    text.map((t) => paragraph(t)),
    fc.array(text, { minLength: 1, maxLength: 12 }).map((items) => bullets(items)),
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(fc.string({ maxLength: 30 }), { minLength: 4, maxLength: 4 }), { maxLength: 40 })).map(([n, rows]) =>
      table(['Item', 'Count', 'Cost', 'Notes'].slice(0, n), rows.map((r) => r.slice(0, n))),
    ),
    fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 10 }).map((items) => keyValue(items.map(([key, value]) => ({ key: key.slice(0, 40), value })))),
  );
  const sections = fc.array(fc.tuple(text, fc.integer({ min: 0, max: 4 }).map((n) => n === 0), fc.constantFrom<1 | 2 | 3>(1, 2, 3), fc.array(block, { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 14 }).map((list) =>
    list.map(([title, pageBreakBefore, level, blocks], i): TDocSection => ({ id: `s${i}`, number: String(i + 1), title: title.slice(0, 60), level, pageBreakBefore, blocks })),
  );

  it('draws generated documents byte for byte as react-pdf as released does', async () => {
    const base = buildReportModel(sample, 'en', reasonSayer('en'));
    await fc.assert(
      fc.asyncProperty(sections, fc.boolean(), async (generated, isDraft) => {
        const { patched, released } = await bothWays({ ...base, isDraft, sections: generated });
        expect(comparablePdf(patched)).toBe(comparablePdf(released));
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});
