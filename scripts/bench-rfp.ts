/**
 * Benchmark (not a test): time to build the RFP model from a complete synthetic assessment and
 * render it to PDF, and to DOCX; median, min and max of N runs after a warm-up.
 * Run: npx tsx scripts/bench-rfp.ts [runs]
 */
import { performance } from 'node:perf_hooks';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { renderDocx } from '@/lib/documents/render-docx';
import { renderPdf } from '@/lib/documents/render-pdf';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';

const RUNS = Number(process.argv[2] ?? 7);

async function time(label: string, run: () => Promise<number>) {
  await run(); // warm-up: module loading, font parsing
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    size = await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const f = (n: number) => `${Math.round(n)} ms`;
  console.log(`${label.padEnd(28)} median ${f(ms[Math.floor(ms.length / 2)])}  min ${f(ms[0])}  max ${f(ms[ms.length - 1])}  (${RUNS} runs, ${Math.round(size / 1024)} KiB)`);
}

async function main() {
  const input = sampleRfpInput(['commcare', 'dhis2']);
  const model = buildRfpModel(input, RFP_CONTENT, 'en', reasonSayer('en'));
  console.log(`RFP for CommCare and DHIS2: ${model.sections.length} sections, ${input.checkpoints.length} checkpoints`);
  await time('build model', async () => (buildRfpModel(input, RFP_CONTENT, 'en', reasonSayer('en')), 0));
  await time('build + render PDF', async () => (await renderPdf(buildRfpModel(input, RFP_CONTENT, 'en', reasonSayer('en')))).length);
  await time('build + render DOCX', async () => (await renderDocx(buildRfpModel(input, RFP_CONTENT, 'en', reasonSayer('en')))).length);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
