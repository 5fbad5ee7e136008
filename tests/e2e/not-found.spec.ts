import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { otherOrganisationAdmin } from './api-sessions';
import { signedIn } from './helpers';

/**
 * Every assessment page answers the app's 404 page, never a 500, for an id that is malformed,
 * unknown, or another organisation's (which must look exactly like an unknown one).
 */
const SUB_PAGES = ['', '/phases/commcare.p1', '/sizing', '/skills', '/budget', '/report', '/rfp', '/audit'];

async function expectNotFoundPage(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), url).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to your assessments' }), url).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

let planner: Page;
let demoId: string;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(60_000);
  planner = await signedIn(browser, 'planner');
  const href = await planner.getByRole('link', { name: /^Transition de l(?!.*\(imported )/ }).first().getAttribute('href');
  demoId = /\/assessments\/([0-9a-f-]{36})$/.exec(href ?? '')![1];
});

test.afterAll(async () => {
  await planner?.context().close();
});

test('a malformed id and an unknown id give the not-found page on every assessment page', async () => {
  test.setTimeout(120_000);
  for (const id of ['not-a-uuid', randomUUID()]) {
    for (const sub of SUB_PAGES) await expectNotFoundPage(planner, `/assessments/${id}${sub}`);
  }
});

test('another organisation’s assessment gives the same not-found page on every assessment page', async ({ browser }) => {
  test.setTimeout(120_000);
  // The demo ministry's own planner sees it...
  const own = await planner.goto(`/assessments/${demoId}`);
  expect(own?.status()).toBe(200);
  // ...an administrator of another organisation gets "not found", not "forbidden".
  const outsider = await otherOrganisationAdmin(browser);
  try {
    for (const sub of SUB_PAGES) await expectNotFoundPage(outsider, `/assessments/${demoId}${sub}`);
  } finally {
    await outsider.context().close();
  }
});

test('an unknown phase of an existing assessment gives the not-found page', async () => {
  await expectNotFoundPage(planner, `/assessments/${demoId}/phases/commcare.p99`);
  await expectNotFoundPage(planner, `/assessments/${demoId}/phases/${encodeURIComponent("' OR 1=1 --")}`);
});
