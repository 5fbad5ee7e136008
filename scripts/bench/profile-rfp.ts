/**
 * Where the RFP PDF render spends its time (a figure, not a test). Renders the synthetic demo RFP
 * (lib/documents/sample-rfp-input.ts, CommCare and DHIS2) once to warm up, then `runs` more times
 * under the V8 sampling profiler (node:inspector, the same profile as `node --cpu-prof`), and prints
 * the top functions by self time and the time by package, with percentages of the profiled time.
 * Writes the raw profile to /tmp/rfp-render.cpuprofile (open it in Chrome DevTools > Performance).
 *
 *   npx tsx scripts/bench/profile-rfp.ts [runs=5] [--top=30]
 */
import fs from 'node:fs';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { Session } from 'node:inspector/promises';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { renderPdf } from '@/lib/documents/render-pdf';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { summarizeCpuProfile, type TCpuProfile } from './cpu-profile-summary';

const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const TOP = Number(process.argv.find((a) => a.startsWith('--top='))?.split('=')[1] ?? 30);
const OUT = '/tmp/rfp-render.cpuprofile';

async function main() {
  const input = sampleRfpInput(['commcare', 'dhis2']);
  const render = () => renderPdf(buildRfpModel({ ...input, generatedAt: new Date().toISOString() }, RFP_CONTENT, 'en', reasonSayer('en')));
  await render(); // module loading, font parsing

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (let i = 0; i < RUNS; i++) await render();
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  const { profile } = (await session.post('Profiler.stop')) as { profile: TCpuProfile };
  session.disconnect();
  fs.writeFileSync(OUT, JSON.stringify(profile));

  console.log(`${RUNS} renders: ${Math.round(wall / RUNS)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000 / RUNS)} ms CPU each (main thread and GC); profile in ${OUT}`);
  const summary = summarizeCpuProfile(profile);
  const pct = (us: number) => `${((us / summary.totalUs) * 100).toFixed(1).padStart(5)} %`;
  console.log(`\nBy package (self time):`);
  for (const [name, us] of summary.byPackage.slice(0, 15)) console.log(`${pct(us)}  ${name}`);
  console.log(`\nTop ${TOP} functions by self time:`);
  for (const f of summary.byFunction.slice(0, TOP)) console.log(`${pct(f.selfUs)}  ${f.name}  ${f.where}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
