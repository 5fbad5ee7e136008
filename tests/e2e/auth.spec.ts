import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATION, DEMO_PASSWORD } from '../../lib/demo-accounts';

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const EXPECTED_NAV: Record<string, string[]> = {
  planner: ['Assessments', 'Sizing calculator', 'Glossary', 'Your account'],
  reviewer: ['Assessments', 'Review queue', 'Sizing calculator', 'Glossary', 'Your account'],
  consultant: ['Assessments', 'Portfolio', 'Sizing calculator', 'Glossary', 'Your account'],
  admin: ['Assessments', 'Portfolio', 'Review queue', 'Members', 'Questionnaires', 'Sizing calculator', 'Glossary', 'Your account'],
};

for (const account of DEMO_ACCOUNTS) {
  test(`the demo ${account.role} signs in and sees the right navigation @phone`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
    await expect(page.getByTestId('user-name')).toHaveText(account.name);
    await expect(page.getByTestId('organization-name')).toHaveText(DEMO_ORGANIZATION);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText(EXPECTED_NAV[account.role]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
  });
}

test('a wrong password and malformed input get clear messages', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await signIn(page, DEMO_ACCOUNTS[0].email, 'wrong-password');
  await expect(page.getByRole('alert').filter({ hasText: 'The email' })).toHaveText('The email or password is not right.');
});

test('the session cookie is httpOnly and SameSite', async ({ page, context }) => {
  await signIn(page, DEMO_ACCOUNTS[0].email);
  await expect(page.getByTestId('user-name')).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === 'hr_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('the demo consultant switches organisation', async ({ page }) => {
  const consultant = DEMO_ACCOUNTS.find((a) => a.role === 'consultant')!;
  await signIn(page, consultant.email);
  await page.getByLabel('Switch organisation').selectOption({ label: 'Demo Hosting Consultancy (Administrator)' });
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByTestId('organization-name')).toHaveText('Demo Hosting Consultancy');
  await expect(page.getByTestId('user-role')).toHaveText('Administrator');
});

test('a planner who opens the members page directly is refused', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS[0].email);
  await expect(page.getByTestId('user-name')).toBeVisible();
  await page.goto('/members');
  await expect(page.getByText(/Only administrators manage the members/)).toBeVisible();
});

test('health reports the database round trip', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.database.reachable).toBe(true);
  expect(body.database.roundTripMs).toBeGreaterThanOrEqual(0);
});

test('a password typed before the page\'s script has run never reaches the address bar: the browser cannot submit the form itself', async ({ browser }) => {
  // A browser that runs no script: the sign-in page as the server drew it, as on a slow phone before hydration (or a password manager that submits at once).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS[0].email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByLabel('Password').press('Enter');
  // Nothing was sent: before, the browser sent the form as a GET, /sign-in?email=…&password=… (history, proxies, access logs).
  await page.waitForLoadState();
  expect(page.url()).not.toContain('password');
  expect(page.url()).not.toContain(encodeURIComponent(DEMO_PASSWORD));
  expect(page.url()).toMatch(/\/sign-in$/);
  await context.close();
});
