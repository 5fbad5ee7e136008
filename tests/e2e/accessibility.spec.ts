import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './helpers';

/**
 * axe-core on the pages of the demo, for each role, on a laptop and (the phone project) at 390 px:
 * no serious or critical violation of WCAG 2.1 A/AA. Pages a role may not open are visited too:
 * what they answer must be accessible as well.
 *
 * By default (to keep `npm test` within its time) every kind of page is checked once (SAMPLE);
 * A11Y_EVERY_PAGE=1 checks every page for every role on both screens (about 20 minutes on a busy machine).
 */

const ROLES = ['planner', 'reviewer', 'consultant', 'admin'] as const;
const PHASES = [...[1, 2, 3, 4, 5, 6].map((n) => `@/phases/commcare.p${n}`), ...[1, 2, 3, 4, 5].map((n) => `@/phases/dhis2.p${n}`)];
const OUTPUTS = ['@/sizing', '@/skills', '@/budget', '@/rfp', '@/report', '@/audit', '@/milestones'];
/** "@" stands for the demo assessment's address. */
const EVERY = ['/', '/portfolio', '/review', '/notifications', '/members', '/audit', '/account', '/assessments/new', '/sizing', '/glossary', '@', ...PHASES, ...OUTPUTS];
/**
 * Every kind of page once on the laptop, under the role that sees most of it (the planner's editable
 * phases, the reviewer's review controls, the consultant's forms, the admin's pages), and the layouts
 * that change most at 390 px on the phone. Each axe run costs seconds of CPU, so no page is checked twice.
 */
const SAMPLE: Record<(typeof ROLES)[number], { laptop: string[]; phone: string[] }> = {
  planner: { laptop: ['/', '/account', '/assessments/new', '/sizing', '/glossary', '@', '@/phases/commcare.p1', '@/phases/commcare.p6', '@/phases/dhis2.p1', '@/sizing', '@/report'], phone: ['/', '@/phases/commcare.p1', '@/report'] },
  reviewer: { laptop: ['/review', '/notifications', '@/phases/commcare.p3', '@/audit'], phone: ['/review'] },
  consultant: { laptop: ['/portfolio', '@/milestones', '@/budget', '@/rfp', '@/skills'], phone: ['@/budget', '@/rfp'] },
  admin: { laptop: ['/members', '/audit', '/templates'], phone: ['/members', '/audit'] },
};
const EVERY_PAGE = process.env.A11Y_EVERY_PAGE === '1';

/**
 * axe with every WCAG 2.1 A/AA rule, run the cheap way. Only violations are read, so axe describes
 * only the failing elements (it still runs every rule on every element; describing every passing one,
 * its selector and HTML, is much of its time on long pages). And one `axe.run` in the page ("legacy
 * mode") rather than a partial run per frame whose results are copied into a second, blank page and
 * finished there: the two differ only for cross-origin frames, and the app has none (checked below).
 * Same violations, impacts and elements on a page with seven kinds of violation; this spec went from
 * 237 s to 159 s on one server.
 */
function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true);
}

async function violations(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main, #main').first()).toBeVisible();
  await page.locator('html[data-scroll-regions="ready"]').waitFor({ state: 'attached' });
  expect(page.frames(), `${path} has a frame: axe's legacy mode would not look into a cross-origin one`).toHaveLength(1);
  const result = await axeOn(page).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
}

test('the sign-in page has no serious or critical accessibility violation @phone', async ({ page }) => {
  expect(await violations(page, '/sign-in')).toEqual([]);
});

/** At most this many pages per test (in even parts): a test stays well within its time on a busy machine. */
const MAX_PAGES_PER_TEST = 6;

for (const role of ROLES) {
  for (const screen of ['laptop', 'phone'] as const) {
    const paths = EVERY_PAGE ? EVERY : SAMPLE[role][screen];
    const size = Math.ceil(paths.length / Math.ceil(paths.length / MAX_PAGES_PER_TEST));
    for (let from = 0; from < paths.length; from += size) {
      const chunk = paths.slice(from, from + size);
      const part = paths.length > size ? ` (pages ${from + 1}–${from + chunk.length} of ${paths.length})` : '';
      // The phone project runs only tests tagged @phone; the laptop project skips the phone lists.
      test(`the demo pages as the ${role} have no serious or critical accessibility violation${part}${screen === 'phone' ? ' @phone' : ''}`, async ({ browser }, testInfo) => {
        test.skip(!testInfo.project.name.startsWith(`${screen}-`), `the ${screen} list runs in the ${screen} projects`);
        test.setTimeout(300_000);
        // The run's session of this role (no sign-in here), one browser context for the chunk's pages.
        const page = await signedIn(browser, role);
        const href = await page.getByRole('link', { name: /^Transition de l/ }).first().getAttribute('href');
        expect(href).toMatch(/^\/assessments\/[0-9a-f-]{36}$/);
        const found: string[] = [];
        for (const path of chunk) found.push(...(await violations(page, path.replace(/^@/, href!))));
        await page.context().close();
        expect(found).toEqual([]);
      });
    }
  }
}

test('the lists reflow on phones: no sideways scroll on / and /review at 390 and 320 px', async ({ browser }) => {
  const page = await signedIn(browser, 'reviewer');
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/review']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(clientWidth);
    }
  }
  await page.context().close();
});
