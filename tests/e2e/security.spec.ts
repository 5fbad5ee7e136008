import { expect, test } from '@playwright/test';
import { demoAssessmentId } from './db-fingerprint';
import { signedIn } from './helpers';


test('pages and API responses carry the security headers and no framework banner', async ({ request }) => {
  for (const path of ['/sign-in', '/api/health', '/sizing', '/api/v1/openapi.json']) {
    // A request id the client makes up is replaced, never echoed.
    const response = await request.get(path, { headers: { 'x-request-id': 'planted-by-the-client' } });
    const h = response.headers();
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).toContain("object-src 'none'");
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-powered-by'], path).toBeUndefined();
    expect(h['x-request-id'], path).toMatch(/^[0-9a-f-]{36}$/);
    // The JSON API is never a page: nothing may load, run or frame it.
    if (path.startsWith('/api/')) expect(h['content-security-policy'], path).toContain("default-src 'none'");
  }
  // Scripts run only with this response's nonce: no 'unsafe-inline', a fresh nonce each time.
  const nonceOf = async () => /script-src 'self' 'nonce-([A-Za-z0-9+/=]{20,})' 'strict-dynamic'(;|$)/.exec((await request.get('/sign-in')).headers()['content-security-policy'])?.[1];
  const [a, b] = [await nonceOf(), await nonceOf()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  const html = await (await request.get('/sign-in')).text();
  expect(html).toMatch(/<script[^>]+nonce="/);
});

test('a state-changing request from another site is refused and changes nothing', async ({ browser }) => {
  const planner = await signedIn(browser, 'planner');
  const id = await demoAssessmentId();
  const url = `/api/v1/assessments/${id}/answers`;
  const questionId = 'commcare.p3.s3-1.installer';
  const snapshot = async () => {
    const { exportedAt: _at, ...rest } = await (await planner.request.get(`/api/v1/assessments/${id}/export`)).json();
    return rest;
  };
  const before = await snapshot();
  const crossSite = await planner.request.put(url, { headers: { origin: 'https://evil.example' }, data: { questionId, value: 'x', expectedVersion: 0 } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({ error: 'Cross-site requests are refused.' });
  expect(await snapshot()).toEqual(before);
});

test('errors are short JSON messages without stack traces or internals', async ({ browser }) => {
  const planner = await signedIn(browser, 'planner');
  const id = await demoAssessmentId();
  const cases = [
    { res: await planner.request.get('/api/v1/assessments/00000000-0000-4000-8000-000000000000/report'), status: 404 },
    { res: await planner.request.get('/api/v1/assessments/not-a-uuid/report'), status: 404 },
    { res: await planner.request.put(`/api/v1/assessments/${id}/answers`, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"questionId": ') }), status: 400 },
    { res: await planner.request.put(`/api/v1/assessments/${id}/answers`, { data: { questionId: "'; DROP TABLE \"Answer\"; --", value: '<script>alert(1)</script>', expectedVersion: 0 } }), status: 422 },
  ];
  for (const { res, status } of cases) {
    expect(res.status()).toBe(status);
    const text = await res.text();
    expect(JSON.parse(text).error).toMatch(/^[A-Z].{5,200}$/);
    expect(text).not.toMatch(/\bat \/|node_modules|prisma|Error:|stack/i);
  }
});

test('signing in starts a new session (a planted cookie is never promoted) and signing out revokes it', async ({ browser }) => {
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext();
  await context.addCookies([{ name: 'hr_session', value: 'planted-by-an-attacker', url: baseURL }]);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('planner@demo.example');
  await page.getByLabel('Password').fill('demo-password-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
  const token = (await context.cookies()).find((c) => c.name === 'hr_session')!.value;
  expect(token).not.toBe('planted-by-an-attacker');
  expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies([{ name: 'hr_session', value: token, url: baseURL }]);
  expect((await replay.request.get('/api/v1/assessments/00000000-0000-4000-8000-000000000000/report')).status()).toBe(401);
});
