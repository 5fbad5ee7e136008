import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type TPrisma } from '@/lib/db/client';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';
import { hashPassword } from '@/lib/auth/password';
import { signInAction, startApp, type TRunningApp } from './processes';

/**
 * The built app as `npm start` serves it, under two deployments: behind nothing with an https
 * public URL, and behind one proxy over http. What a client sends in X-Forwarded-For and
 * X-Forwarded-Proto must not decide the client's address, the cookie's Secure flag or HSTS.
 * Sign-in is driven through its real server action, found in the build's action manifest.
 */
let workDir: string;
let pg: RunningPostgres;
let prisma: TPrisma;
const apps: TRunningApp[] = [];
const EMAIL = 'planner@deployment.example';
const PASSWORD = 'deployment test passphrase';

const signIn = async (port: number, password: string, headers: Record<string, string> = {}) => signInAction(`http://localhost:${port}`, EMAIL, password, headers);

const lastAttemptIp = async () => (await prisma.signInAttempt.findFirstOrThrow({ where: { email: EMAIL }, orderBy: { createdAt: 'desc' } })).ip;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-deploy-'));
  fs.chmodSync(workDir, 0o755);
  pg = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), preferredPort: 55_640 });
  await applyMigrations(pg.url);
  prisma = createPrismaClient(pg.url, 2);
  const organization = await prisma.organization.create({ data: { name: 'Deployment ministry', kind: 'ministry' } });
  const user = await prisma.user.create({ data: { email: EMAIL, name: 'Planner', passwordHash: await hashPassword(PASSWORD) } });
  await prisma.membership.create({ data: { userId: user.id, organizationId: organization.id, role: 'planner' } });
}, 90_000);

afterAll(async () => {
  for (const app of apps) await app.kill9();
  await prisma?.$disconnect();
  await pg?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('an https deployment with no proxy in front', () => {
  let port: number;
  beforeAll(async () => {
    port = await findFreePort(3_650);
    apps.push(await startApp(port, pg.url, { APP_URL: 'https://readiness.example' }));
  }, 60_000);

  it('sends HSTS and Secure cookies, from the configured URL', async () => {
    const page = await fetch(`http://localhost:${port}/sign-in`);
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const { setCookie } = await signIn(port, PASSWORD);
    const session = setCookie.find((c) => c.startsWith('hr_session='));
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(setCookie.find((c) => c.startsWith('hr_device='))).toMatch(/; Secure/i);
  });

  it('takes the client address from the socket: a rotated X-Forwarded-For neither hides nor frames anyone', async () => {
    await prisma.signInAttempt.deleteMany();
    const answers: string[] = [];
    for (let i = 0; i < 7; i++) answers.push((await signIn(port, 'wrong password', { 'x-forwarded-for': `203.0.113.${i}` })).body);
    expect(await prisma.signInAttempt.count({ where: { ip: { startsWith: '203.0.113.' } } })).toBe(0);
    expect(['127.0.0.1', '::1']).toContain(await lastAttemptIp());
    // Five free failures from this client, then it waits: rotating the header did not make it a new client.
    expect(answers.slice(0, 5).every((b) => b.includes('The email or password is not right.'))).toBe(true);
    expect(answers[5]).toContain('Too many failed sign-in attempts.');
  });
});

describe('an http deployment behind one proxy', () => {
  let port: number;
  beforeAll(async () => {
    await prisma.signInAttempt.deleteMany();
    port = await findFreePort(3_660);
    apps.push(await startApp(port, pg.url, { TRUST_PROXY_HOPS: '1' }));
  }, 60_000);

  it('sends no HSTS and no Secure cookie, whatever X-Forwarded-Proto claims', async () => {
    const page = await fetch(`http://localhost:${port}/sign-in`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(page.headers.get('strict-transport-security')).toBeNull();
    const { setCookie } = await signIn(port, PASSWORD, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.20' });
    expect(setCookie.find((c) => c.startsWith('hr_session='))).not.toMatch(/; Secure/i);
  });

  it('believes X-Forwarded-For only as far as the one trusted proxy appended it', async () => {
    await signIn(port, 'wrong password', { 'x-forwarded-for': '1.2.3.4, 198.51.100.9' });
    expect(await lastAttemptIp()).toBe('198.51.100.9');
  });
});
