import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../lib/demo-accounts';

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/**
 * Where the setup project of the running test's server (sign-ins.setup.ts) keeps the signed-in
 * browser state of each demo role for this run: beside the run's databases (playwright.config.ts
 * sets E2E_PG_DATA_DIR for every worker). Sessions are rows of that server's database.
 */
export function storageStatePath(role: string): string {
  const server = String(test.info().project.metadata.server ?? 'a');
  return path.join(process.env.E2E_PG_DATA_DIR ?? '.', 'signed-in', server, `${role}.json`);
}

/** Signs in through the sign-in page, as a person does; the page ends on the list of assessments. */
export async function signInThroughPage(page: Page, role: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(account(role).email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
}

/**
 * A fresh browser context signed in as the demo account of `role`, on the list of assessments. It
 * carries the session the setup project opened through the sign-in page once for the whole run (a
 * session is a server-side row: never switch its organisation or sign it out in a test — sign in
 * afresh with `signInThroughPage` for that). Signs in through the page when no state was saved.
 */
export async function signedIn(browser: Browser, role: string): Promise<Page> {
  const state = storageStatePath(role);
  if (!fs.existsSync(state)) {
    const page = await (await browser.newContext()).newPage();
    await signInThroughPage(page, role);
    return page;
  }
  const page = await (await browser.newContext({ storageState: state })).newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
  return page;
}

/**
 * Creates an assessment through the "New assessment" form, as a planner does (`questionnaires` are
 * the labels of questionnaires to tick besides the default ones); the page ends on the new assessment.
 */
export async function createAssessmentThroughForm(page: Page, name: string, country: string, questionnaires: string[] = []): Promise<{ url: string; id: string }> {
  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Country').fill(country);
  for (const label of questionnaires) await page.getByLabel(label).check();
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  return { url: page.url(), id: /\/assessments\/([0-9a-f-]{36})/.exec(page.url())![1]! };
}
