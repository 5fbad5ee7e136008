import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { demoAssessmentId, typedNames } from './db-fingerprint';
import { signedIn } from './helpers';

/**
 * The main pages walked in the pseudo-language (lib/i18n/pseudo-locale.ts: every message accented,
 * vowels doubled, about a third longer, between ⟦ ⟧), at a phone's width. A page fails when
 *  - the interface's own words show in plain English: a heading, label, button, legend, summary,
 *    caption, column header or link whose text has a word of the English messages and no pseudo
 *    letter (text the code writes instead of a message);
 *  - a raw message key shows ("members.title": a message that is missing);
 *  - the page scrolls sideways (the longer words break the layout).
 * Data on the page (questionnaire text, names, the reference data's assumptions and citations; the sizing engines' reasons, the skills
 * gap's and the budget's are messages, so DHIS2's whole sizing shows in the pseudo-language) stays English in the
 * pseudo-language: words of the content files are not counted as the interface's, and the preview
 * of a document is the document's own words (in its document language), not the interface's.
 */
const MESSAGES = path.join(process.cwd(), 'content/messages');
const CONTENT = path.join(process.cwd(), 'content');

const words = (s: string) => (s.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase());
const leaves = (t: unknown): string[] => (typeof t === 'string' ? [t] : t && typeof t === 'object' ? Object.values(t).flatMap(leaves) : []);
/** A message's own words: not its argument names, plural keywords or tag names. */
const messageWords = (m: string) => words(m.replace(/\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/g, '{').replace(/\b(one|other|few|many|zero)\s*\{/g, '{').replace(/\{\s*\w+\s*(,[^{}]*)?\}/g, ' ').replace(/<\/?\w+>/g, ' '));
function files(dir: string, keep: (f: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const f = path.join(dir, d.name);
    return d.isDirectory() ? files(f, keep) : keep(f) ? [f] : [];
  });
}
const namespaces = fs.readdirSync(path.join(MESSAGES, 'en')).map((f) => f.replace(/\.json$/, ''));
const dataWords = new Set(files(CONTENT, (f) => !f.startsWith(MESSAGES) && /\.(json|ya?ml|md)$/.test(f)).flatMap((f) => words(fs.readFileSync(f, 'utf8'))));
const interfaceWords = new Set(
  files(path.join(MESSAGES, 'en'), (f) => f.endsWith('.json'))
    .flatMap((f) => leaves(JSON.parse(fs.readFileSync(f, 'utf8'))).flatMap(messageWords))
    .filter((w) => !dataWords.has(w)),
);
const PSEUDO_LETTER = /[áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ]/;
const RAW_KEY = new RegExp(`\\b(${namespaces.join('|')})\\.[a-z][A-Za-z_]+(\\.[A-Za-z_-]+)*\\b`);

/** Names other specs on the same server typed (an assessment called "Discussion e2e …"): data, whatever their words. */
let names: string[] = [];
const withoutNames = (text: string) => names.reduce((rest, name) => rest.split(name).join(' '), text);

/** Checks the page at `url` (opened first), or the page as it is when `url` is null. */
async function expectPseudo(page: Page, where: string | null) {
  const url = where ?? page.url();
  await test.step(url, async () => {
    if (where) expect((await page.goto(where))?.status(), `${url} answers`).toBeLessThan(500);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    const chrome = await page
      .locator('h1, h2, h3, h4, label, button, legend, summary, caption, th[scope=col], a, [role=status], [role=alert]')
      .evaluateAll((els) =>
        els
          .filter((e) => !e.closest('.doc-preview') && ((e as HTMLElement).offsetParent !== null || e.tagName === 'CAPTION'))
          .map((e) => {
            // Code (an API's method and path, a command) is not the interface's words.
            if (!e.querySelector('code')) return (e as HTMLElement).innerText.trim();
            const copy = e.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('code').forEach((c) => c.remove());
            return (copy.textContent ?? '').trim();
          })
          .filter(Boolean),
      );
    const english = chrome.filter((text) => !PSEUDO_LETTER.test(text) && words(withoutNames(text)).some((w) => interfaceWords.has(w)));
    expect(english, `${url}: interface text left in English`).toEqual([]);
    const body = await page.locator('body').innerText();
    // The API reference is full of dotted names that are the API's, not messages (sizing.csv, the scope “account.manage”):
    // its few keys are checked by the messages test (every static key the code asks for exists).
    if (!url.endsWith('/api/docs')) expect(body.match(RAW_KEY)?.[0], `${url}: a raw message key`).toBeUndefined();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${url}: scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  });
}

async function inPseudo(page: Page) {
  await page.context().addCookies([{ name: 'hr_locale', value: 'en-XA', url: page.url() }]);
  await page.setViewportSize({ width: 390, height: 844 });
}

test('the main pages in the pseudo-language: every interface word translated, no raw key, no sideways scroll', async ({ browser }) => {
  test.setTimeout(240_000);
  const demo = await demoAssessmentId();
  names = await typedNames();

  const admin = await signedIn(browser, 'admin');
  await inPseudo(admin);
  for (const url of ['/', '/members', '/account', `/assessments/${demo}`, `/assessments/${demo}/audit`, '/review', '/templates', '/api/docs', '/no-such-page']) await expectPseudo(admin, url);

  const consultant = await signedIn(browser, 'consultant');
  await inPseudo(consultant);
  for (const url of ['sizing', 'skills', 'budget', 'rfp', 'report']) await expectPseudo(consultant, `/assessments/${demo}/${url}`);
  // The document previews (a source's long address once widened these pages) and the organisation menu at the narrowest width too.
  await consultant.setViewportSize({ width: 320, height: 844 });
  for (const url of ['rfp', 'report']) await expectPseudo(consultant, `/assessments/${demo}/${url}`);

  const planner = await signedIn(browser, 'planner');
  await inPseudo(planner);
  await expectPseudo(planner, '/assessments/new');
  await planner.goto(`/assessments/${demo}`);
  await expectPseudo(planner, (await planner.locator(`a[href^="/assessments/${demo}/phases/"]`).first().getAttribute('href'))!);

  // A visitor: the public calculator with a result, the sign-in page.
  const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await visitor.goto('/sign-in');
  await inPseudo(visitor);
  await expectPseudo(visitor, '/sign-in');
  await expectPseudo(visitor, '/sizing');
  await visitor.locator('button[type=submit]').click();
  await expect(visitor.getByTestId('commcare-tier')).toBeVisible();
  await expectPseudo(visitor, null);
});

test('the pseudo-language is never offered in the language menu', async ({ browser }) => {
  const page = await signedIn(browser, 'planner');
  const options = await page.getByTestId('language-select').first().locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options).toEqual(['en', 'fr', 'pt']);
});
