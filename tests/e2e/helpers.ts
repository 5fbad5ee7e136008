import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../lib/demo-accounts';

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/** A fresh browser context signed in as the demo account of `role`. */
export async function signedIn(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(account(role).email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
  return page;
}
