import { expect, test } from '@playwright/test';

test('the sizing calculator works without an account @phone', async ({ page }) => {
  await page.goto('/sizing');
  await expect(page.getByRole('heading', { name: 'Sizing calculator', level: 1 })).toBeVisible();
  await page.getByLabel('Mobile users').fill('-3');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByText('Users: at least 1.')).toBeVisible();
  await page.getByLabel('Mobile users').fill('2500');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByTestId('commcare-tier')).toHaveText('Micro Cluster');
  await expect(page.getByRole('table', { name: 'Per-service sizing' }).getByRole('rowheader', { name: 'CouchDB' })).toBeVisible();

  await page.getByLabel('DHIS2').check();
  await page.getByRole('button', { name: 'Add a DHIS2 system' }).click();
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByRole('article', { name: 'DHIS2 system HMIS' }).getByTestId('dhis2-isolation')).toHaveText('separate VMs or containers');
  await expect(page.getByRole('article', { name: 'DHIS2 system Tracker 1' })).toContainText('Java heap');
});

test('POST /api/v1/sizing answers with the tier and refuses bad input with field errors', async ({ request }) => {
  const ok = await request.post('/api/v1/sizing', { data: { platform: 'commcare', users: 2500 } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).tier.tier).toBe('micro-cluster');
  const bad = await request.post('/api/v1/sizing', { data: { platform: 'commcare', users: 'lots' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors.users).toEqual(['Enter the number of mobile users.']);
});
