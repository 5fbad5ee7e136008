import { expect, request as playwrightRequest, test } from '@playwright/test';
import { signedIn } from './helpers';

/** Creates a token on "Your account" and returns it as the page shows it, once. */
async function createToken(page: import('@playwright/test').Page, name: string, scopes: string[]) {
  await page.getByRole('link', { name: 'Your account' }).click();
  const form = page.getByRole('form', { name: 'Create an API token' });
  await form.getByLabel('Name (what will use it)').fill(name);
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
  for (const label of scopes) await form.getByRole('checkbox', { name: label }).check();
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(form.getByRole('status')).toContainText(`Token ${name} created`);
  return form.getByLabel('The new API token').inputValue();
}

test('a script with a token reads the budget CSV; the token does only what its scopes say, never on pages, and stops when revoked', async ({ browser }) => {
  const baseURL = test.info().project.use.baseURL!;
  const consultant = await signedIn(browser, 'consultant');
  const href = await consultant.locator('main a[href^="/assessments/"]').first().getAttribute('href');
  const assessmentId = href!.split('/')[2]!;
  const token = await createToken(consultant, `Budget sheet ${Date.now()}`, ['Read outputs: sizing, skills gap, budget and documents']);
  expect(token).toMatch(/^hr_[A-Za-z0-9_-]{43}$/);
  await consultant.reload();
  await expect(consultant.getByLabel('The new API token')).toHaveCount(0); // shown once

  // A script: no cookies, only the token.
  const script = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const csv = await script.get(`/api/v1/assessments/${assessmentId}/report/budget.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toMatch(/\w/);
  // Outside its scopes, or beyond the owner's role: refused.
  expect((await script.get(`/api/v1/assessments/${assessmentId}/export`)).status()).toBe(403);
  expect((await script.put(`/api/v1/assessments/${assessmentId}/answers`, { data: { questionId: 'commcare.p1.s1-2.mobile-users', value: 1, expectedVersion: 0 } })).status()).toBe(403);
  // Pages never take a token.
  const page = await script.get('/', { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(page.status());
  expect(page.headers()['location']).toContain('/sign-in');
  // A malformed or unknown token is refused, not ignored in favour of anything else.
  const forged = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token.slice(0, -2)}zz` } });
  expect((await forged.get(`/api/v1/assessments/${assessmentId}/report/budget.csv`)).status()).toBe(401);

  // The admin sees it among the organisation's tokens; the owner revokes it.
  const admin = await signedIn(browser, 'admin');
  await admin.getByRole('link', { name: 'Members' }).click();
  await expect(admin.getByRole('table', { name: 'API tokens of every member' })).toBeVisible();
  await consultant.getByRole('link', { name: 'Your account' }).click();
  consultant.once('dialog', (dialog) => void dialog.accept());
  await consultant.getByRole('button', { name: /^Revoke Budget sheet/ }).click();
  // The row leaves the table once the revocation is saved (the button itself says "Revoking…" meanwhile).
  await expect(consultant.getByRole('table', { name: 'Your API tokens' }).getByRole('cell', { name: /Budget sheet/ })).toHaveCount(0);
  expect((await script.get(`/api/v1/assessments/${assessmentId}/report/budget.csv`)).status()).toBe(401);
});

test('the API reference reads as a page, under the content security policy, and the document is served', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: 'Hosting Readiness API', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'PUT /api/v1/assessments/{assessmentId}/answers' })).toBeVisible();
  await expect(page.getByText('an API token needs the scope “answers”').first()).toBeVisible();
  expect(violations).toEqual([]);
  const doc = await (await page.request.get('/api/v1/openapi.json')).json();
  expect(Object.keys(doc.paths)).toContain('/api/v1/assessments/{assessmentId}/report/{file}');
});
