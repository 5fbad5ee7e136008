import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATION, DEMO_PASSWORD } from '../../lib/demo-accounts';

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const EXPECTED_NAV: Record<string, string[]> = {
  planner: ['Assessments', 'Sizing calculator'],
  reviewer: ['Assessments', 'Review queue', 'Sizing calculator'],
  consultant: ['Assessments', 'Sizing calculator'],
  admin: ['Assessments', 'Review queue', 'Members', 'Sizing calculator'],
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

test('an admin adds a member (bad input first), the member signs in, and switches organisation', async ({ page, browser }) => {
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
  await signIn(page, admin.email);
  await page.getByRole('link', { name: 'Members' }).click();
  const form = page.getByRole('form', { name: 'Add a member' });
  await form.getByLabel('Name').fill('Test Person');
  await form.getByLabel('Email').fill('bad-email');
  await form.getByLabel('Initial password').fill('short');
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(form.getByText('Enter a valid email address.')).toBeVisible();
  await expect(form.getByText('Passwords need at least 12 characters.')).toBeVisible();

  const email = `person.${Date.now()}@e2e.example`;
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Initial password').fill('a-long-enough-password');
  await form.getByLabel('Role').selectOption('reviewer');
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(form.getByRole('status')).toHaveText(`Account created for ${email}.`);
  await expect(page.getByRole('cell', { name: email })).toBeVisible();

  const other = await browser.newPage();
  await signIn(other, email, 'a-long-enough-password');
  await expect(other.getByTestId('user-role')).toHaveText('Reviewer');
  await other.close();

  // The demo consultant belongs to two organisations and can switch between them.
  const consultant = DEMO_ACCOUNTS.find((a) => a.role === 'consultant')!;
  await page.getByRole('button', { name: 'Sign out' }).click();
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
