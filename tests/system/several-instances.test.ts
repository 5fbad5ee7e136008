import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@/lib/auth/current-session';
import { hashPassword } from '@/lib/auth/password';
import { TEMPLATES_DIR } from '@/lib/content/load-templates';
import { syncTemplates } from '@/lib/content/sync-templates';
import { createPrismaClient, type TPrisma } from '@/lib/db/client';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';
import { seedBench, type TBenchSeed } from '../../scripts/bench/seed';
import { signInAction, startApp, type TRunningApp } from './processes';

/**
 * Two instances of the built app (as `npm start` serves it) on one PostgreSQL, behind Debian's nginx
 * as a round-robin reverse proxy, each trusting that one proxy (TRUST_PROXY_HOPS=1). They share
 * nothing but the database, so whatever one instance did, the other must see: sessions, sign-in
 * limits, rendered documents, the pinned template versions, and the versions optimistic concurrency
 * compares. nginx adds an `x-upstream` header naming the instance that answered, so each check can
 * show it went through both.
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const EMAIL = 'planner@instances.example';
const PASSWORD = 'two instances passphrase';
let workDir: string;
let pg: RunningPostgres;
let prisma: TPrisma;
const apps: TRunningApp[] = [];
let nginx: ChildProcess | undefined;
let base: string;
let seed: TBenchSeed;

const cookie = (token: string) => `${SESSION_COOKIE}=${token}`;
const upstream = (response: Response) => response.headers.get('x-upstream');

async function startNginx(dir: string, port: number, upstreams: number[]): Promise<ChildProcess> {
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  const child = spawn(NGINX!, ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', conf, '-g', 'daemon off; user root;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
    if ((await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok) return child;
    if (Date.now() > deadline) throw new Error('nginx did not answer within 15 s');
    await sleep(100);
  }
}

/** Sends `n` requests one after the other; the instances that answered (nginx alternates). */
async function through(n: number, send: () => Promise<Response>): Promise<{ responses: Response[]; upstreams: Set<string | null> }> {
  const responses: Response[] = [];
  for (let i = 0; i < n; i++) responses.push(await send());
  return { responses, upstreams: new Set(responses.map(upstream)) };
}

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install -y nginx; .ci/run installs it)');
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-instances-'));
  fs.chmodSync(workDir, 0o755);
  pg = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), preferredPort: 55_680 });
  await applyMigrations(pg.url);
  prisma = createPrismaClient(pg.url, 2);
  await syncTemplates(prisma, TEMPLATES_DIR);
  seed = await seedBench(prisma, 1, 1);
  const user = await prisma.user.create({ data: { email: EMAIL, name: 'Planner of two instances', passwordHash: await hashPassword(PASSWORD) } });
  await prisma.membership.create({ data: { userId: user.id, organizationId: seed.actor.organizationId, role: 'planner' } });
  const ports = [await findFreePort(3_690), 0];
  ports[1] = await findFreePort(ports[0] + 1);
  // Background refreshes soon after a change, so the test sees one land.
  for (const port of ports) apps.push(await startApp(port, pg.url, { TRUST_PROXY_HOPS: '1', DRAFT_REFRESH_MS: '300' }));
  const proxyPort = await findFreePort(ports[1] + 1);
  nginx = await startNginx(workDir, proxyPort, ports);
  base = `http://127.0.0.1:${proxyPort}`;
}, 180_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  for (const app of apps) await app.kill9();
  await prisma?.$disconnect();
  await pg?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('two instances behind nginx behave as one', () => {
  it('a session opened through one instance is honoured by both', async () => {
    const { setCookie } = await signInAction(base, EMAIL, PASSWORD);
    const session = setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(session).toBeDefined();
    const token = session!.split(';')[0].slice(SESSION_COOKIE.length + 1);
    const { responses, upstreams } = await through(4, () => fetch(`${base}/api/v1/session`, { headers: { cookie: cookie(token) } }));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(upstreams.size).toBe(2);
  });

  it('counts failed sign-ins over both instances, from the address nginx saw', async () => {
    await prisma.signInAttempt.deleteMany();
    const bodies: string[] = [];
    // The client rotates its own X-Forwarded-For; nginx appends the address it saw, the one hop the app trusts.
    for (let i = 0; i < 7; i++) bodies.push((await signInAction(base, EMAIL, 'wrong password', { 'x-forwarded-for': `203.0.113.${i}` })).body);
    expect(bodies.slice(0, 5).every((b) => b.includes('The email or password is not right.'))).toBe(true);
    expect(bodies[5]).toContain('Too many failed sign-in attempts.');
    expect(bodies[6]).toContain('Too many failed sign-in attempts.');
    const ips = new Set((await prisma.signInAttempt.findMany({ where: { email: EMAIL }, select: { ip: true } })).map((a) => a.ip));
    expect(ips).toEqual(new Set(['127.0.0.1']));
    await prisma.signInAttempt.deleteMany();
  });

  it('a draft rendered by one instance is served by the other from PostgreSQL', async () => {
    const renderer = seed.renderers[0];
    const draft = () => fetch(`${base}/api/v1/assessments/${renderer.assessmentId}/rfp/draft.pdf`, { headers: { cookie: cookie(renderer.sessionToken) } });
    const first = await draft();
    expect(first.status).toBe(200);
    expect(Buffer.from(await first.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const rows = await prisma.renderedDocument.findMany({ where: { assessmentId: renderer.assessmentId }, select: { key: true } });
    expect(rows).toHaveLength(1);
    // Only the cache can answer with these bytes.
    const marked = Buffer.from('%PDF-stored by the other instance');
    await prisma.renderedDocument.update({ where: { key: rows[0].key }, data: { bytes: new Uint8Array(marked) } });
    const { responses, upstreams } = await through(2, draft);
    expect(upstreams.size).toBe(2);
    for (const response of responses) expect(Buffer.from(await response.arrayBuffer()).equals(marked)).toBe(true);
    expect(await prisma.renderedDocument.count({ where: { assessmentId: renderer.assessmentId } })).toBe(1);
  });

  it('a change through one instance re-renders the drafts in the background; both serve them', async () => {
    const id = seed.demoAssessmentId;
    const before = await prisma.answer.findUnique({ where: { assessmentId_questionId: { assessmentId: id, questionId: seed.saveQuestionId } } });
    const save = await fetch(`${base}/api/v1/assessments/${id}/answers`, {
      method: 'PUT',
      headers: { cookie: cookie(seed.sessionToken), 'content-type': 'application/json' },
      body: JSON.stringify({ questionId: seed.saveQuestionId, value: 'Changed before the background render', expectedVersion: before?.version ?? 0 }),
    });
    expect(save.status).toBe(200);
    // The instance that saved renders the draft RFP (PDF, DOCX) and the report once the assessment is quiet.
    const deadline = Date.now() + 100_000;
    while ((await prisma.renderedDocument.count({ where: { assessmentId: id } })) < 3) {
      if (Date.now() > deadline) throw new Error('the drafts were not rendered in the background');
      await sleep(500);
    }
    const stored = await prisma.renderedDocument.findMany({ where: { assessmentId: id, key: { startsWith: 'rfp.pdf:' } }, select: { bytes: true } });
    expect(stored).toHaveLength(1);
    const { responses, upstreams } = await through(2, () => fetch(`${base}/api/v1/assessments/${id}/rfp/draft.pdf`, { headers: { cookie: cookie(seed.sessionToken) } }));
    expect(upstreams.size).toBe(2);
    for (const response of responses) expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(stored[0].bytes))).toBe(true);
    expect(await prisma.renderedDocument.count({ where: { assessmentId: id } })).toBe(3);
  });

  it('saves on both instances follow the template version the assessment pins, also after an upgrade', async () => {
    const id = seed.saveAssessmentIds[0];
    const put = (value: string, expectedVersion: number) =>
      fetch(`${base}/api/v1/assessments/${id}/answers`, {
        method: 'PUT',
        headers: { cookie: cookie(seed.sessionToken), 'content-type': 'application/json' },
        body: JSON.stringify({ questionId: seed.saveQuestionId, value, expectedVersion }),
      });
    const long = 'An answer longer than twenty characters';
    let version = 1;
    for (let i = 0; i < 2; i++) {
      const response = await put(`${long} ${i}`, version);
      expect(response.status).toBe(200);
      version = ((await response.json()) as { version: number }).version;
    }
    // A new version of the template caps the question at 20 characters; the assessment is moved onto it.
    const dir = path.join(workDir, 'templates-v2');
    fs.mkdirSync(dir);
    const commcare = JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, 'commcare.json'), 'utf8'));
    commcare.version += 1;
    for (const phase of commcare.phases) for (const section of phase.sections) for (const q of section.questions) if (q.id === seed.saveQuestionId) q.maxLength = 20;
    fs.writeFileSync(path.join(dir, 'commcare.json'), JSON.stringify(commcare));
    await syncTemplates(prisma, dir);
    const next = await prisma.templateVersion.findFirstOrThrow({ where: { organizationId: null, templateKey: 'commcare', version: commcare.version } });
    await prisma.assessmentTemplate.update({ where: { assessmentId_platform: { assessmentId: id, platform: 'commcare' } }, data: { templateVersionId: next.id } });
    const { responses, upstreams } = await through(2, () => put(long, version));
    expect(upstreams.size).toBe(2);
    expect(responses.map((r) => r.status)).toEqual([422, 422]);
    const fits = await put('Twenty or fewer', version);
    expect(fits.status).toBe(200);
  });

  it('two saves of the same version, one per instance, at once: one is saved, the other is told', async () => {
    const id = seed.saveAssessmentIds[0];
    const current = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: seed.saveQuestionId } } });
    const put = (value: string) =>
      fetch(`${base}/api/v1/assessments/${id}/answers`, {
        method: 'PUT',
        headers: { cookie: cookie(seed.sessionToken), 'content-type': 'application/json' },
        body: JSON.stringify({ questionId: seed.saveQuestionId, value, expectedVersion: current.version }),
      });
    const responses = await Promise.all([put('First'), put('Second')]);
    expect(new Set(responses.map(upstream)).size).toBe(2);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const saved = await prisma.answer.findUniqueOrThrow({ where: { id: current.id } });
    expect(saved.version).toBe(current.version + 1);
  });
});
