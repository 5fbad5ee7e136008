/**
 * react-pdf vs. Chromium on the synthetic demo RFP (lib/documents/sample-rfp-input.ts), without a
 * database or a running app: the RFP row of `npm run bench`, for trying changes to the renderer.
 *
 *   npx tsx scripts/bench/rfp-compare.ts [runs=5]
 */
import './production-mode';
import { reasonSayer } from '@/lib/i18n/reason-text';
import './allow-server-only';
import os from 'node:os';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { compareRfpRenderers } from './rfp-vs-chromium';
import { kib, ms, printTable, ratio } from './stats';

const RUNS = Number(process.argv[2] ?? 5);
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

async function main() {
  console.log(`${os.cpus().length} cores; load average ${load()} (figures are only comparable on an idle machine)`);
  const input = sampleRfpInput(['commcare', 'dhis2']);
  const { close, ...rfp } = await compareRfpRenderers(() => buildRfpModel({ ...input, generatedAt: new Date().toISOString() }, RFP_CONTENT, 'en', reasonSayer('en')), RUNS);
  await close();
  printTable(`RFP PDF, synthetic demo — ${rfp.sections} sections, median of ${RUNS}`, ['', 'wall', 'CPU', 'size', 'pages'], [
    ['react-pdf: build model + render (in process)', ms(rfp.reactPdf.median), ms(rfp.reactPdf.cpuMedian), kib(rfp.reactPdf.bytes), String(rfp.reactPdf.pages)],
    ['Chromium: build model + HTML + print (warm browser)', ms(rfp.chromium.median), ms(rfp.chromium.cpuMedian), kib(rfp.chromium.bytes), String(rfp.chromium.pages)],
    ['react-pdf / Chromium', ratio(rfp.reactPdf.median, rfp.chromium.median), ratio(rfp.reactPdf.cpuMedian, rfp.chromium.cpuMedian), '', ''],
  ]);
  console.log(`\nLoad average at the end: ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
