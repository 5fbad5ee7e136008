import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './helpers';

/**
 * What reviewers, planners and bidders read is never developer output: an assessment answered with
 * every kind of question (a table with an empty row among them) is read on /review, on its audit
 * page and in its report, and none of them shows JSON braces, a null or a question id.
 */

const ANSWERS: Record<string, unknown> = {
  // url, longtext, table (with an empty row), single, number
  'commcare.p1.s1-1.architecture-diagram': 'https://wiki.example.org/architecture',
  'commcare.p1.s1-1.app-list': 'Suivi communautaire; Vaccination',
  'commcare.p1.s1-1.collecting-data': 'Both applications collect data every day.',
  'commcare.p1.s1-1.mobile-apps': [
    { name: null, releasedVersion: null, users: null },
    { name: 'Suivi communautaire', releasedVersion: '41', users: 1200 },
  ],
  'commcare.p1.s1-1.environments': [{ name: 'Production', purpose: 'Live data', url: 'https://www.commcarehq.org' }],
  'commcare.p1.s1-1.integrations': [{ name: 'DHIS2 HMIS', direction: 'outbound', notes: null }],
  'commcare.p1.s1-2.intended-scale': 'All districts by 2028.',
  'commcare.p1.s1-2.server-configuration': 'Three virtual machines in the national data centre.',
  'commcare.p1.s1-2.server-tier': 'small-cluster',
  'commcare.p1.s1-2.mobile-users': 2400,
  'commcare.p1.s1-2.user-growth': [{ date: '2027-01-01', users: 3000 }],
  // table with single and number columns, yesno, single, longtext, url, person, multi
  'dhis2.p1.s1-1.systems': [{ name: 'HMIS', kind: 'aggregate', users: 900, concurrentUsers: 60, dataValuesPerYear: 2_000_000, trackedEntities: null, eventsPerYear: null }],
  'dhis2.p1.s1-1.separate-servers': 'partly',
  'dhis2.p1.s1-1.availability': 'business-hours',
  'dhis2.p1.s1-1.data-sensitivity': 'Aggregate figures only.',
  'dhis2.p1.s1-2.plan': 'https://wiki.example.org/plan',
  'dhis2.p1.s1-2.budget-owner': { name: 'Aïcha Ndiaye', jobFunction: 'Directrice SI', email: '' },
  'dhis2.p1.s1-2.budgeted-items': ['backups', 'monitoring'],
  'dhis2.p1.s1-2.activities': 'Training of district officers.',
};
const COMMCARE_P1 = ['commcare.p1.s1-1.cp-architecture', 'commcare.p1.s1-1.cp-app-inventory', 'commcare.p1.s1-2.cp-scale', 'commcare.p1.s1-2.cp-server-configuration'];
const DHIS2_P1 = ['dhis2.p1.s1-1.cp-inventory', 'dhis2.p1.s1-1.cp-separate', 'dhis2.p1.s1-1.cp-requirements', 'dhis2.p1.s1-2.cp-plan', 'dhis2.p1.s1-2.cp-budget'];

/** Fails when the text shows JSON, a null or one of the template's ids. */
function expectPlain(text: string, where: string) {
  expect(text, `${where} shows JSON`).not.toMatch(/[{}]/);
  expect(text, `${where} shows null`).not.toMatch(/\bnull\b/);
  expect(text, `${where} shows a question or checkpoint id`).not.toMatch(/\b(commcare|dhis2)\.p\d/);
}

const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

test('answers of every kind read as words on /review, the audit page and the report', async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `Plain language ${Date.now()}`;
  const planner = await signedIn(browser, 'planner');
  const imported = await planner.request.post('/api/v1/assessments/import', {
    data: {
      format: 'hosting-readiness/assessment',
      formatVersion: 1,
      assessment: { name, country: 'Sénégal' },
      templates: [
        { platform: 'commcare', key: 'commcare', version: 2 },
        { platform: 'dhis2', key: 'dhis2', version: 2 },
      ],
      answers: Object.entries(ANSWERS).map(([questionId, value]) => ({ questionId, value })),
      checkpoints: [...COMMCARE_P1, ...DHIS2_P1].map((checkpointId) => ({ checkpointId, status: 'submitted' })),
    },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const id = (await imported.json()).id as string;

  // The reviewer approves CommCare phase 1, which opens phase 2's text and date questions.
  const reviewer = await signedIn(browser, 'reviewer');
  await reviewer.goto('/review');
  const ours = reviewer.getByRole('article').filter({ has: reviewer.getByRole('link', { name }) });
  await expect(ours).toHaveCount(COMMCARE_P1.length + DHIS2_P1.length);
  for (const article of await ours.all()) expectPlain((await article.innerText()).replace(/\s+/g, ' '), 'the review queue');
  await expect(ours.getByRole('cell', { name: 'Suivi communautaire' }).first()).toBeVisible();
  await expect(ours.filter({ hasText: 'Aïcha Ndiaye, Directrice SI' })).toHaveCount(1);
  await expect(ours.filter({ hasText: 'Backups' }).filter({ hasText: 'Monitoring' }).first()).toBeVisible();
  for (const cp of COMMCARE_P1) {
    const item = ours.filter({ has: reviewer.locator(`li[data-checkpoint-id="${cp}"]`) });
    await item.getByRole('button', { name: 'Approve' }).click();
    await expect(item).toHaveCount(0);
  }

  // Text and date answers in phase 2, submitted by the planner.
  const version = async (questionId: string) => {
    const current = await (await planner.request.get(`/api/v1/assessments/${id}/export`)).json();
    return (current.answers as { questionId: string; version: number }[]).find((a) => a.questionId === questionId)?.version ?? 0;
  };
  for (const [questionId, value] of [
    ['commcare.p2.s2-4.admin-access', 'yes'],
    ['commcare.p2.s2-4.migration-domain', 'ministere-sante'],
    ['commcare.p2.s2-4.proxy-release-date', '2027-04-30'],
  ] as const) {
    const saved = await planner.request.put(`/api/v1/assessments/${id}/answers`, { data: { questionId, value, expectedVersion: await version(questionId) } });
    expect(saved.status(), await saved.text()).toBe(200);
  }
  await planner.goto(`/assessments/${id}/phases/commcare.p2`);
  const proxy = planner.locator('li[data-checkpoint-id="commcare.p2.s2-4.cp-proxy-release"]');
  await proxy.getByRole('button', { name: 'Submit for review' }).click();
  await expect(proxy.getByTestId('checkpoint-status')).toHaveText('Submitted for review');

  await reviewer.goto('/review');
  const proxyReview = ours.filter({ has: reviewer.locator('li[data-checkpoint-id="commcare.p2.s2-4.cp-proxy-release"]') });
  await expect(proxyReview).toContainText('ministere-sante');
  await expect(proxyReview).toContainText('30 April 2027');
  expectPlain((await proxyReview.innerText()).replace(/\s+/g, ' '), 'the review queue');

  // The audit page, every page of it, in words.
  await planner.goto(`/assessments/${id}/audit`);
  await expect(planner).toHaveTitle(new RegExp(`Audit trail — ${name}`));
  for (;;) {
    expectPlain(await mainText(planner), 'the audit page');
    const older = planner.getByRole('link', { name: 'Older events' });
    if (!(await older.count())) break;
    // Wait for the next page: clicking the old page's link again would restart its navigation (on a busy machine, forever).
    const next = new URL((await older.getAttribute('href'))!, planner.url()).href;
    await older.click();
    await planner.waitForURL(next);
  }
  await planner.getByLabel('Kind').selectOption({ label: 'Assessment imported' });
  await planner.getByRole('button', { name: 'Show' }).click();
  await expect(planner.getByRole('status')).toHaveText('Events 1 to 1 of 1, newest first.');
  await expect(planner.getByRole('cell', { name: /^CommCare questionnaire version 2 and DHIS2 questionnaire version 2\. 19 answers imported\. 9 checkpoints submitted$/ })).toBeVisible();
  await planner.goto(`/assessments/${id}/audit?kind=answer.changed`);
  await expect(planner.getByRole('cell', { name: 'Mobile applications to be hosted' }).first()).toBeVisible();
  await expect(planner.getByRole('cell', { name: 'Partly' })).toBeVisible();
  await expect(planner.getByRole('cell', { name: '30 April 2027' })).toBeVisible();

  // The report, on screen.
  await planner.goto(`/assessments/${id}/report`);
  expectPlain(await mainText(planner), 'the report');
  await planner.context().close();
  await reviewer.context().close();
});

test('a phase page cites its sources by title, lists its sections, links the phases and explains its jargon once', async ({ browser }) => {
  const page = await signedIn(browser, 'planner');
  const href = await page.getByRole('link', { name: /^Transition de l/ }).first().getAttribute('href');
  await page.goto(`${href}/phases/commcare.p2`);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: 'Sources of this questionnaire' })).toBeVisible();
  await expect(main.getByText('A Guide to Transition Your CommCare Infrastructure (Dimagi) — Section 2.2').first()).toBeVisible();
  const text = await mainText(page);
  // Seed file names and paths (the names of files a planner attached as evidence are theirs to show).
  expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}|content\/sources/);

  const sections = main.getByRole('navigation', { name: 'Sections of this phase' });
  await sections.getByRole('link', { name: /^2\.3 / }).click();
  await expect(page).toHaveURL(/#s-commcare\.p2\.s2-3$/);

  const phases = main.getByRole('navigation', { name: 'Phases' });
  await expect(phases.getByRole('link', { name: /^← Phase 1:/ })).toHaveAttribute('href', `${href}/phases/commcare.p1`);
  await expect(phases.getByRole('link', { name: /^Phase 3:.*→$/ })).toHaveAttribute('href', `${href}/phases/commcare.p3`);

  // MSP appears in several sections, first spelled out: only its first use links to the glossary.
  const msp = main.locator('a.term[href="/glossary#msp"]');
  await expect(msp).toHaveCount(1);
  await expect(msp).toHaveText('Managed Service Provider');
  await msp.click();
  await expect(page).toHaveURL(/\/glossary#msp$/);
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  await expect(page.locator('#msp')).toContainText('Managed Service Provider');

  // The DHIS2 questionnaire cites DHIS2's pages by title, the published one as a link.
  await page.goto(`${href}/phases/dhis2.p1`);
  await expect(page.locator('main').getByRole('link', { name: 'DHIS2 Implementation guide: Server hosting' }).first()).toHaveAttribute('href', /^https:\/\/github\.com\/dhis2\//);
  expect(await mainText(page)).not.toMatch(/\d{3}_[0-9a-f]{16}|content\/sources/);
  await page.context().close();
});

test('after saving the budget settings, the team or the RFP details, focus moves to the line that reports it', async ({ browser }) => {
  // The planner keeps the budget settings and the team; the RFP details are the consultant's.
  for (const [role, path, button] of [
    ['planner', '/budget', 'Save settings'],
    ['planner', '/skills', 'Save the team'],
    ['consultant', '/rfp', 'Save the RFP details'],
  ] as const) {
    const page = await signedIn(browser, role);
    const href = await page.getByRole('link', { name: /^Transition de l/ }).first().getAttribute('href');
    await page.goto(`${href}${path}`);
    await page.getByRole('button', { name: button }).click();
    const focused = page.locator(':focus');
    await expect(focused, path).toHaveAttribute('role', /^(status|alert)$/);
    await expect(focused, path).toHaveText(/saved|Saved|may not|cannot|not allowed/);
    await page.context().close();
  }
});
