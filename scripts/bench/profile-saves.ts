/**
 * Where the app's answer save spends its time (a figure, not a test). Starts the production build
 * as `npm run bench` does (throwaway PostgreSQL, scripts/start.ts, the bench seed), runs closed-loop
 * saves (or the framework floor's GET /api/v1/session with --floor) with the server under
 * the V8 sampling profiler (scripts/bench/cpu-profile-preload.mjs), stops it, and prints the server's time by package and its top functions by
 * self time, with the throughput and the server's CPU per request.
 * The raw profile stays in /tmp/hr-save-prof/ (open it in Chrome DevTools > Performance).
 *
 *   npx tsx scripts/bench/profile-saves.ts [--seconds=10] [--connections=50] [--top=40] [--floor | --renders]
 */
import './production-mode';
import './allow-server-only';
import fs from 'node:fs';
import path from 'node:path';
import { SESSION_COOKIE } from '@/lib/auth/current-session';
import { createPrismaClient } from '@/lib/db/client';
import { freePort, startApp, startBenchDatabase } from './app-process';
import { summarizeCpuProfile, type TCpuProfile } from './cpu-profile-summary';
import { threadCpuMs, treePids } from './proc-cpu';
import { runOpenLoop } from './open-loop';
import { runSaveLoad, SaveSlots } from './save-load';
import { seedBench } from './seed';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 50);
const TOP = arg('top', 40);
const FLOOR = process.argv.includes('--floor');
/** Open loop at 50 saves/s while five planners download five different RFP drafts (the bench's last save run). */
const RENDERS = process.argv.includes('--renders');
const DIR = '/tmp/hr-save-prof';

async function main() {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const db = await startBenchDatabase();
  try {
    const port = await freePort(3300);
    // Every node process the app starts profiles itself (`--cpu-prof` is not allowed in NODE_OPTIONS)
    // and writes its profile on SIGUSR2; the server's is the one that ran Next.
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${path.resolve('scripts/bench/cpu-profile-preload.mjs')}`.trim();
    process.env.HR_CPU_PROFILE_DIR = DIR;
    const app = await startApp(db.url, port);
    delete process.env.NODE_OPTIONS;
    delete process.env.HR_CPU_PROFILE_DIR;
    const prisma = createPrismaClient(db.url, 4);
    const seed = await seedBench(prisma, CONNECTIONS, RENDERS ? 5 : 0);
    const slots = new SaveSlots(seed.saveAssessmentIds, seed.saveQuestionId);
    const options = { origin: app.origin, cookie: `${SESSION_COOKIE}=${seed.sessionToken}`, slots, connections: CONNECTIONS, floorPath: FLOOR ? '/api/v1/session' : undefined };
    await slots.sync(prisma);
    await runSaveLoad({ ...options, seconds: 3 }); // warm-up: JIT, template cache
    await slots.sync(prisma);
    // Only the processes still running (scripts/start.ts's short-lived helpers have written a pid too).
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const pids = fs.readdirSync(DIR).filter((f) => f.endsWith('.pid')).map((f) => Number.parseInt(f, 10)).filter(alive);
    const toggle = () => pids.forEach((pid) => process.kill(pid, 'SIGUSR2'));
    toggle();
    await new Promise((r) => setTimeout(r, 500));
    const serverPids = treePids(app.pid);
    const threads0 = threadCpuMs(serverPids);
    const drafts = RENDERS
      ? Promise.all(seed.renderers.map(async (r) => (await fetch(`${app.origin}/api/v1/assessments/${r.assessmentId}/rfp/draft.pdf`, { headers: { cookie: `${SESSION_COOKIE}=${r.sessionToken}` } })).arrayBuffer()))
      : undefined;
    const draftStart = performance.now();
    const arrived: string[] = [];
    void drafts?.then(() => arrived.push(((performance.now() - draftStart) / 1000).toFixed(1)));
    const result = drafts ? await runOpenLoop({ ...options, seconds: 600, rate: 50, until: drafts }) : await runSaveLoad({ ...options, seconds: SECONDS });
    if ('slow' in result) console.log(`saves over 50 ms (due at s: took ms): ${(result.slow as string[]).join(' ')}; drafts done at ${arrived.join(', ')} s`);
    const threads1 = threadCpuMs(serverPids);
    toggle();
    const deadline = Date.now() + 30_000;
    while (fs.readdirSync(DIR).filter((f) => f.endsWith('.cpuprofile')).length < pids.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await prisma.$disconnect();
    await app.stop();

    const profiles = fs.readdirSync(DIR).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(DIR, f));
    const summaries = profiles.map((file) => ({ file, summary: summarizeCpuProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as TCpuProfile) }));
    const server = summaries.find((s) => s.summary.byPackage.some(([name]) => name === 'next'));
    if (!server) throw new Error(`no profile of the Next server in ${DIR}`);
    const { summary } = server;
    console.log(`${FLOOR ? 'GET /api/v1/session' : 'saves'}: ${result.throughput.toFixed(0)}/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.non2xx} non-2xx${result.firstFailure ? ` ${JSON.stringify(result.failures)}, first: ${result.firstFailure}` : ''}`);
    console.log(`server main thread busy ${(summary.totalUs / 1000).toFixed(0)} ms of ${SECONDS} s: ${(summary.totalUs / 1000 / result.requests).toFixed(2)} ms per request (${result.requests} requests); profile ${server.file}`);
    console.log('\nCPU of the server\'s threads during the run, per request (all its processes; the profile below is the main thread\'s):');
    for (const [name, total] of [...threads1].map(([n, t]) => [n, t - (threads0.get(n) ?? 0)] as const).filter(([, t]) => t > 0).sort((a, b) => b[1] - a[1])) console.log(`  ${(total / result.requests).toFixed(2).padStart(6)} ms  ${name}`);
    const pct = (us: number) => `${((us / summary.totalUs) * 100).toFixed(1).padStart(5)} %`;
    console.log('\nBy package (self time):');
    for (const [name, us] of summary.byPackage.slice(0, 25)) console.log(`${pct(us)}  ${name}`);
    console.log(`\nTop ${TOP} functions by self time:`);
    for (const f of summary.byFunction.slice(0, TOP)) console.log(`${pct(f.selfUs)}  ${f.name}  ${f.where}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
