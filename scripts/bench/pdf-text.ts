/**
 * Prints the text of the PDFs the app draws, page by page, as extracted from the real bytes (unpdf):
 * the synthetic RFP (final and draft, English and French) and the assessment report. For checking
 * that a change to the PDF renderer leaves what the documents say, and where, unchanged:
 *
 *   npx tsx scripts/bench/pdf-text.ts > /tmp/before.txt   # on the old renderer
 *   npx tsx scripts/bench/pdf-text.ts > /tmp/after.txt    # on the new one
 *   diff /tmp/before.txt /tmp/after.txt                   # no output: same text on the same pages
 */
import { pdfPages } from '../../tests/fixtures/document-text';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { buildReportModel } from '@/lib/domain/documents/build-report-model';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { localizeRfpContent } from '@/lib/documents/localize-rfp-content';
import { renderPdf } from '@/lib/documents/render-pdf';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { SAMPLE_CLIENT, sampleRfpInput } from '@/lib/documents/sample-rfp-input';

async function main() {
  const sample = sampleRfpInput();
  const documents: [string, TDocModel][] = [
    ['RFP (en)', buildRfpModel(sample, RFP_CONTENT, 'en', reasonSayer('en'))],
    ['RFP draft (en)', buildRfpModel({ ...sample, details: { clientName: SAMPLE_CLIENT } }, RFP_CONTENT, 'en', reasonSayer('en'))],
    ['RFP (fr)', buildRfpModel(sample, localizeRfpContent(RFP_CONTENT, 'fr'), 'fr', reasonSayer('fr'))],
    ['Assessment report (en)', buildReportModel(sample, 'en', reasonSayer('en'))],
  ];
  for (const [label, model] of documents) {
    const pages = await pdfPages(await renderPdf(model));
    console.log(`=== ${label}: ${pages.length} pages`);
    pages.forEach((text, i) => console.log(`--- page ${i + 1}\n${text}`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
