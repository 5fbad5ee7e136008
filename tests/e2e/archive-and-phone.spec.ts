import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './helpers';

/** A copy of the demo assessment imported by the planner: its signed-off checkpoints arrive submitted, so the review queue has items. */
async function importDemoCopy(planner: Page): Promise<{ id: string; name: string }> {
  const href = await planner.getByRole('link', { name: /^Transition de l/ }).first().getAttribute('href');
  const exported = await (await planner.request.get(`/api/v1/assessments/${href!.split('/').pop()}/export`)).json();
  const copy = await planner.request.post('/api/v1/assessments/import', { data: exported, headers: { connection: 'close' } });
  expect(copy.status(), await copy.text()).toBe(201);
  const body = (await copy.json()) as { id: string; name: string };
  return { id: body.id, name: body.name };
}

/** Optional: where to save the 390 px screenshots of the review queue, the audit page and a phase page. */
const SHOTS = process.env.SCREENSHOT_DIR;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
};

test('before the page\'s script has run, archive and delete are disabled buttons, not buttons that swallow a click', async ({ browser }) => {
  const signedInAdmin = await signedIn(browser, 'admin');
  const storageState = await signedInAdmin.context().storageState();
  const href = await signedInAdmin.getByRole('link', { name: /^Transition de l/ }).first().getAttribute('href');
  await signedInAdmin.context().close();
  // A browser that runs no script: the page stays as the server drew it, as on a slow phone before hydration.
  const context = await browser.newContext({ storageState, javaScriptEnabled: false });
  const admin = await context.newPage();
  await admin.goto(href!);
  await expect(admin.getByRole('button', { name: 'Archive this assessment' })).toBeDisabled();
  await expect(admin.getByRole('button', { name: 'Delete this assessment' })).toBeDisabled();
  await context.close();
});

test('an administrator archives an assessment, restores it from the archived list, deletes it by typing its name, and the organisation audit says so', async ({ browser }) => {
  const planner = await signedIn(browser, 'planner');
  const copy = await importDemoCopy(planner);
  await planner.context().close();

  const admin = await signedIn(browser, 'admin');
  await admin.goto(`/assessments/${copy.id}`);
  await admin.getByRole('button', { name: 'Archive this assessment' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Archived.' })).toBeFocused();
  await expect(admin.getByTestId('archived-notice')).toBeVisible();
  await expect(admin.getByTestId('archived-notice')).toContainText('Archived — read-only');
  await expect(admin.getByTestId('archived-notice')).toContainText('an administrator can restore it');

  // Read-only everywhere: a phase page and the budget say so first and offer nothing that changes them.
  const editing = 'main :is(input, textarea, select):enabled';
  await admin.goto(`/assessments/${copy.id}/phases/commcare.p1`);
  await expect(admin.getByTestId('archived-notice')).toBeVisible();
  await expect(admin.locator('main h1')).toBeVisible();
  await expect(admin.locator(editing)).toHaveCount(0);
  await expect(admin.getByRole('button', { name: /^(Submit for review|Submit as not applicable|Approve|Request changes|Post comment|Reply|Attach|Resolve)/ })).toHaveCount(0);
  await admin.goto(`/assessments/${copy.id}/budget`);
  await expect(admin.getByTestId('archived-notice')).toBeVisible();
  await expect(admin.locator(editing)).toHaveCount(0);
  // The server refuses too (an answer sent straight to the API), in words.
  const refused = await admin.request.put(`/api/v1/assessments/${copy.id}/answers`, { data: { questionId: 'commcare.p1.s1-2.mobile-users', value: 2500, expectedVersion: 0 } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toMatch(/archived, so it is read-only/);

  // Out of the list, into the archived section; restored from there.
  await admin.goto('/');
  const list = admin.getByRole('list', { name: 'Assessments', exact: true });
  // Other specs import copies under the same name the same day: this copy is found by its address.
  const link = `a[href="/assessments/${copy.id}"]`;
  await expect(list.locator(link)).toHaveCount(0);
  await admin.getByText(/^Archived assessments \(\d+\)$/).click();
  const archived = admin.getByRole('list', { name: 'Archived assessments' });
  await expect(archived.locator(link)).toBeVisible();
  await archived.getByRole('listitem').filter({ has: admin.locator(link) }).getByRole('button', { name: `Restore ${copy.name}` }).click();
  await expect(list.locator(link)).toBeVisible();
  await expect(archived.locator(link)).toHaveCount(0);

  // Deleting waits for the exact name.
  await admin.goto(`/assessments/${copy.id}`);
  const confirm = admin.getByLabel(`To confirm, type the assessment's name: ${copy.name}`);
  const remove = admin.getByRole('button', { name: 'Delete this assessment' });
  await confirm.fill('not the name');
  await expect(remove).toHaveAttribute('aria-disabled', 'true');
  await confirm.press('Enter'); // not even submitted (the server's own refusal is in archive-delete.test.ts)
  await expect(admin.getByTestId('archived-notice')).toHaveCount(0);
  await expect(admin.getByRole('heading', { name: copy.name, level: 1 })).toBeVisible();
  // Restored, its phase pages take answers again.
  const phase = await admin.context().newPage();
  await phase.goto(`/assessments/${copy.id}/phases/commcare.p1`);
  await expect(phase.locator('main h1')).toBeVisible();
  await expect(phase.getByTestId('archived-notice')).toHaveCount(0);
  expect(await phase.locator('main :is(input, textarea, select):enabled').count()).toBeGreaterThan(0);
  await phase.close();
  await confirm.fill(copy.name);
  await expect(remove).not.toHaveAttribute('aria-disabled', 'true');
  await remove.click();
  await expect(admin).toHaveURL(/\/\?deleted=1$/);
  await expect(admin.getByRole('status').filter({ hasText: 'The assessment was deleted.' })).toBeVisible();
  expect((await admin.request.get(`/api/v1/assessments/${copy.id}`)).status()).toBe(404);

  // The organisation's audit keeps the record, in words.
  await admin.goto('/members');
  await admin.getByRole('link', { name: 'Organisation audit trail' }).click();
  await admin.getByLabel('Kind').selectOption({ label: 'Assessment deleted' });
  await admin.getByRole('button', { name: 'Show' }).click();
  const row = admin.getByRole('row').filter({ hasText: copy.name });
  await expect(row.first()).toContainText('Assessment deleted');
  await expect(row.first()).toContainText('Deleted with all its data');
  await admin.context().close();
});

test('phones: the header stays compact and the review queue with items does not scroll sideways at 390 and 320 px @phone', async ({ browser }) => {
  test.setTimeout(180_000);
  const planner = await signedIn(browser, 'planner');
  const copy = await importDemoCopy(planner);
  await planner.context().close();

  for (const role of ['reviewer', 'admin'] as const) {
    const page = await signedIn(browser, role);
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/review');
      await expect(page.getByRole('article').first()).toBeVisible();
      const size = await page.evaluate(() => ({ header: document.querySelector('header')!.getBoundingClientRect().height, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(size.header, `${role}: header height at ${width} px`).toBeLessThanOrEqual(120);
      expect(size.scrollWidth, `${role}: /review at ${width} px`).toBeLessThanOrEqual(size.clientWidth);
      // Every link of the navigation is still reachable: the row scrolls inside itself.
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link').last().scrollIntoViewIfNeeded();
      await expect(nav.getByRole('link').last()).toBeInViewport();
    }
    await page.setViewportSize({ width: 390, height: 844 });
    if (role === 'reviewer') {
      await page.goto('/review');
      await shot(page, 'review-queue-390.png');
      await page.goto(`/assessments/${copy.id}/phases/commcare.p1`);
      await expect(page.locator('main h1')).toBeVisible();
      await shot(page, 'phase-page-390.png');
      await page.goto(`/assessments/${copy.id}/audit`);
      await expect(page.locator('main h1')).toBeVisible();
      await shot(page, 'assessment-audit-390.png');
    } else {
      await page.goto('/audit');
      await expect(page.getByRole('heading', { name: 'Organisation audit trail', level: 1 })).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, '/audit at 390 px').toBeLessThanOrEqual(clientWidth);
      await shot(page, 'organisation-audit-390.png');
    }
    await page.context().close();
  }
});
