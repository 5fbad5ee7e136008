import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATION, DEMO_PASSWORD } from '../../lib/demo-accounts';

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
}

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** As the admin of `organization` (switching to it when needed), invites `email` and returns the link the page shows. */
async function invite(page: Page, email: string, role: string): Promise<string> {
  await page.getByRole('link', { name: 'Members' }).click();
  const form = page.getByRole('form', { name: 'Invite a member' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(form.getByRole('status')).toContainText(`Invitation ready for ${email}`);
  return form.getByLabel('Invitation link').inputValue();
}

test('an admin invites a new person, who sets their own password and joins; then a second organisation invites the same person', async ({ page, browser }) => {
  await signIn(page, account('admin').email);
  await page.getByRole('link', { name: 'Members' }).click();
  const form = page.getByRole('form', { name: 'Invite a member' });
  await form.getByLabel('Email').fill('bad-email');
  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(form.getByText('Enter a valid email address.')).toBeVisible();
  await expect(form.getByLabel('Password')).toHaveCount(0); // nobody but the person sets a password

  const email = `person.${Date.now()}@e2e.example`;
  const link = await invite(page, email, 'Reviewer');
  expect(link).toMatch(/^http:\/\/localhost:\d+\/invitations\/[A-Za-z0-9_-]{43}$/);
  const pending = page.getByRole('table', { name: 'Invitations not yet accepted' });
  await expect(pending.getByRole('cell', { name: email, exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Members and their roles' }).getByRole('cell', { name: email, exact: true })).toHaveCount(0);

  // The person opens the link in their own browser.
  const person = await freshPage(browser);
  await person.goto(link);
  await expect(person.getByRole('heading', { name: `Join ${DEMO_ORGANIZATION}`, level: 1 })).toBeVisible();
  const create = person.getByRole('form', { name: 'Create your account and accept' });
  await create.getByLabel('Your name').fill('Awa Traoré');
  await create.getByLabel('Choose a password').fill('my own passphrase');
  await create.getByLabel('Type it again').fill('not the same');
  await create.getByRole('button', { name: 'Create my account and accept' }).click();
  await expect(create.getByText('The two passwords are not the same.')).toBeVisible();
  await create.getByLabel('Type it again').fill('my own passphrase');
  await create.getByRole('button', { name: 'Create my account and accept' }).click();
  await expect(person.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
  await expect(person.getByTestId('user-role')).toHaveText('Reviewer');
  await expect(person.getByTestId('organization-name')).toHaveText(DEMO_ORGANIZATION);

  // The link worked once.
  const replay = await freshPage(browser);
  await replay.goto(link);
  await expect(replay.getByRole('alert').filter({ hasText: 'This invitation is no longer valid' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Members and their roles' }).getByRole('cell', { name: email, exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: email, exact: true })).toHaveCount(1);

  // The consultancy (administered by the demo consultant) invites the same person, who now has an account.
  const consultancyAdmin = await freshPage(browser);
  await signIn(consultancyAdmin, account('consultant').email);
  await consultancyAdmin.getByLabel('Switch organisation').selectOption({ label: 'Demo Hosting Consultancy (Administrator)' });
  await consultancyAdmin.getByRole('button', { name: 'Switch' }).click();
  await expect(consultancyAdmin.getByTestId('organization-name')).toHaveText('Demo Hosting Consultancy');
  const second = await invite(consultancyAdmin, email, 'Planner');

  // Signed in as somebody else, the invitation cannot be taken.
  const wrong = await freshPage(browser);
  await signIn(wrong, account('planner').email);
  await wrong.goto(second);
  await expect(wrong.getByRole('alert').filter({ hasText: `this invitation is for ${email}` })).toBeVisible();
  await expect(wrong.getByRole('button', { name: /Accept/ })).toHaveCount(0);

  // The person, signed out, signs in on the invitation page to accept.
  const again = await freshPage(browser);
  await again.goto(second);
  const existing = again.getByRole('form', { name: 'Sign in and accept' });
  await existing.getByLabel('Password').fill('wrong password');
  await existing.getByRole('button', { name: 'Sign in and accept' }).click();
  await expect(existing.getByRole('alert').filter({ hasText: 'The email' })).toHaveText('The email or password is not right.');
  await existing.getByLabel('Password').fill('my own passphrase');
  await existing.getByRole('button', { name: 'Sign in and accept' }).click();
  await expect(again.getByTestId('organization-name')).toHaveText('Demo Hosting Consultancy');
  await expect(again.getByTestId('user-role')).toHaveText('Planner');
});

test('a person changes their password (other sessions end), signs out everywhere and leaves an organisation; an admin removes a member and revokes an invitation', async ({ page, browser }) => {
  test.slow(); // a long journey through four browsers
  await signIn(page, account('admin').email);
  const email = `self.${Date.now()}@e2e.example`;
  const link = await invite(page, email, 'Planner');
  const person = await freshPage(browser);
  await person.goto(link);
  const create = person.getByRole('form', { name: 'Create your account and accept' });
  await create.getByLabel('Your name').fill('Kofi Mensah');
  await create.getByLabel('Choose a password').fill('first passphrase');
  await create.getByLabel('Type it again').fill('first passphrase');
  await create.getByRole('button', { name: 'Create my account and accept' }).click();
  await expect(person.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();

  const laptop = await freshPage(browser);
  await signIn(laptop, email, 'first passphrase');

  await person.getByRole('link', { name: 'Your account' }).click();
  const change = person.getByRole('form', { name: 'Change your password' });
  await change.getByLabel('Current password').fill('not it');
  await change.getByLabel('New password (at least 12 characters)').fill('second passphrase');
  await change.getByLabel('New password again').fill('second passphrase');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(change.getByText('This is not your current password.')).toBeVisible();
  await change.getByLabel('Current password').fill('first passphrase');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(change.getByRole('status')).toHaveText('Password changed. You were signed out of 1 other session.');
  await laptop.goto('/');
  await expect(laptop).toHaveURL(/\/sign-in$/);

  await signIn(laptop, email, 'second passphrase');
  await person.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(person).toHaveURL(/\/sign-in$/);
  await laptop.goto('/');
  await expect(laptop).toHaveURL(/\/sign-in$/);

  // Leaving the only organisation ends the session; signing in then says why.
  await signIn(person, email, 'second passphrase');
  await person.getByRole('link', { name: 'Your account' }).click();
  person.once('dialog', (dialog) => void dialog.accept());
  await person.getByRole('button', { name: `Leave ${DEMO_ORGANIZATION}` }).click();
  await expect(person).toHaveURL(/\/sign-in$/);
  await person.getByLabel('Email').fill(email);
  await person.getByLabel('Password').fill('second passphrase');
  await person.getByRole('button', { name: 'Sign in' }).click();
  await expect(person.getByRole('alert').filter({ hasText: 'does not belong to any organisation' })).toBeVisible();

  // The admin invites them back, then removes them; and revokes another invitation, whose link then fails.
  const back = await invite(page, email, 'Planner');
  const rejoin = await freshPage(browser);
  await rejoin.goto(back);
  await rejoin.getByRole('form', { name: 'Sign in and accept' }).getByLabel('Password').fill('second passphrase');
  await rejoin.getByRole('button', { name: 'Sign in and accept' }).click();
  await expect(rejoin.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
  await page.reload();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove Kofi Mensah' }).click();
  await expect(page.getByRole('table', { name: 'Members and their roles' }).getByRole('cell', { name: email, exact: true })).toHaveCount(0);
  await rejoin.reload();
  await expect(rejoin).toHaveURL(/\/sign-in$/);

  const neverEmail = `never.${Date.now()}@e2e.example`;
  const revoked = await invite(page, neverEmail, 'Reviewer');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Revoke invitation of ${neverEmail}` }).click();
  // The row leaves the table once the revocation is saved (the button says "Revoking…" meanwhile).
  await expect(page.getByRole('table', { name: 'Invitations not yet accepted' }).getByRole('cell', { name: neverEmail, exact: true })).toHaveCount(0);
  const stranger = await freshPage(browser);
  await stranger.goto(revoked);
  await expect(stranger.getByRole('alert').filter({ hasText: 'This invitation is no longer valid' })).toBeVisible();
});

test('the last administrator cannot leave the organisation', async ({ page }) => {
  await signIn(page, account('admin').email);
  await page.getByRole('link', { name: 'Your account' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Leave ${DEMO_ORGANIZATION}` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'at least one administrator' })).toBeVisible();
});
