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
  const hmis = page.getByRole('article', { name: 'DHIS2 system HMIS' });
  await expect(hmis.getByTestId('dhis2-tier')).toHaveText('Large');
  const settings = hmis.getByRole('table', { name: 'PostgreSQL settings of HMIS' });
  await expect(settings.getByRole('rowheader', { name: 'max_locks_per_transaction' })).toBeVisible();
  await expect(settings.getByRole('link', { name: /DHIS2 System Administration guide: PostgreSQL tips and recipes/ }).first()).toHaveAttribute('href', /github\.com\/dhis2\/dhis2-docs/);
  await hmis.getByText('The settings as a postgresql.conf snippet').click();
  await expect(hmis.getByLabel('postgresql.conf snippet for HMIS')).toContainText('jit');
  await expect(hmis.getByRole('table', { name: 'Software versions for HMIS' }).getByRole('row', { name: /Ubuntu Server 24\.04 LTS/ })).toBeVisible();
  await expect(hmis).toContainText('File store');
  await expect(hmis).not.toContainText('src/sysadmin');
});

test('POST /api/v1/sizing answers with the tier and refuses bad input with field errors', async ({ request }) => {
  const ok = await request.post('/api/v1/sizing', { data: { platform: 'commcare', users: 2500 } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).tier.tier).toBe('micro-cluster');
  const dhis2 = await request.post('/api/v1/sizing', { data: { platform: 'dhis2', systems: [{ name: 'HMIS', kind: 'aggregate', users: 3000 }] } });
  expect(dhis2.status()).toBe(200);
  const system = (await dhis2.json()).systems[0];
  expect(system.tier.tier).toBe('large');
  expect(system.postgresSettings.map((s: { setting: string }) => s.setting)).toEqual(expect.arrayContaining(['jit', 'random_page_cost', 'max_locks_per_transaction', 'synchronous_commit']));
  expect(system.postgresConf).toMatch(/^shared_buffers\s+= 16GB$/m);
  expect(system.software.items).toContainEqual({ component: 'PostgreSQL', version: '16 (13 or later)' });
  expect(system.fileStore.gb).toBeGreaterThan(0);
  expect(system.tier.source).toMatchObject({ repo: 'dhis2/dhis2-docs', path: 'src/sysadmin/index.md' });
  const bad = await request.post('/api/v1/sizing', { data: { platform: 'commcare', users: 'lots' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors.users).toEqual(['Enter the number of mobile users.']);
});
