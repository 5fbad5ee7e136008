import fs from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_CONSULTANCY } from '../../lib/demo-accounts';
import { signedIn, signInThroughPage } from './helpers';

export const CALLERS = ['anonymous', 'planner', 'reviewer', 'consultant', 'admin', 'other organisation'] as const;
export type TCaller = (typeof CALLERS)[number];

/**
 * A request context per caller: each demo role of the demo organisation (the run's sessions of
 * the setup project), nobody, and the demo consultant switched to the organisation they administer, which makes
 * them an administrator of another organisation.
 */
export async function apiSessions(browser: Browser, baseURL: string) {
  const contexts = {} as Record<TCaller, APIRequestContext>;
  const closers: (() => Promise<void>)[] = [];
  for (const role of ['planner', 'reviewer', 'consultant', 'admin'] as const) {
    const page = await signedIn(browser, role);
    contexts[role] = page.request;
    closers.push(() => page.context().close());
  }
  const other = await otherOrganisationAdmin(browser);
  contexts['other organisation'] = other.request;
  closers.push(() => other.context().close());
  const anonymous = await playwrightRequest.newContext({ baseURL });
  contexts.anonymous = anonymous;
  closers.push(() => anonymous.dispose());

  const home = await signedIn(browser, 'planner');
  const href = await home.getByRole('link', { name: /^Transition de l/ }).first().getAttribute('href');
  await home.context().close();
  const demoAssessmentId = /\/assessments\/([0-9a-f-]{36})$/.exec(href ?? '')?.[1];
  if (!demoAssessmentId) throw new Error(`The demo assessment was not found (link ${href})`);

  return { contexts, demoAssessmentId, close: async () => { for (const c of closers) await c(); } };
}

/** The demo consultant, switched to the organisation they administer (not the demo ministry). */
export async function otherOrganisationAdmin(browser: Browser): Promise<Page> {
  // A session of its own: switching organisation changes the session, which the run's shared consultant session must not be.
  const page = await (await browser.newContext()).newPage();
  await signInThroughPage(page, 'consultant');
  await page.getByLabel('Switch organisation').selectOption({ label: `${DEMO_CONSULTANCY} (Administrator)` });
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByTestId('organization-name')).toHaveText(DEMO_CONSULTANCY);
  return page;
}

/** Every API route file and the HTTP methods it exports, as URL templates: `GET /api/v1/assessments/[assessmentId]/report`. */
export function apiRoutes(root = path.join(process.cwd(), 'app', 'api')): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        const template = `/${path.relative(path.join(process.cwd(), 'app'), path.dirname(full)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join('/')}`;
        for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) found.push(`${m[1]} ${template}`);
        if (/export\s*\{[^}]*\b(GET|POST|PUT|PATCH|DELETE)\b/.test(source)) found.push(`UNPARSED re-export in ${template}`);
      }
    }
  };
  walk(root);
  return found.sort();
}
