import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createAssessmentThroughForm, signedIn } from './helpers';
import { pdfPages } from '../fixtures/document-text';

const USERS = 'commcare.p1.s1-2.mobile-users';

test('a milestone is saved, compared with now on the page and as a downloaded PDF, and shown on the progress chart', async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `Jalons e2e ${Date.now()}`;
  const planner = await signedIn(browser, 'planner');
  const { id: assessmentId } = await createAssessmentThroughForm(planner, name, 'Bénin');
  const save = (value: number, expectedVersion: number) => planner.request.put(`/api/v1/assessments/${assessmentId}/answers`, { data: { questionId: USERS, value, expectedVersion } });
  expect((await save(2500, 0)).status()).toBe(200);

  // Save a milestone: an empty name is refused in words, a name is saved and the status line says so.
  await planner.getByRole('link', { name: 'Milestones and progress' }).click();
  await expect(planner.getByRole('heading', { level: 1 })).toHaveText(`Milestones — ${name}`);
  await expect(planner.getByText('No milestone has been saved yet.')).toBeVisible();
  await planner.getByRole('button', { name: 'Save milestone' }).click();
  await expect(planner.getByLabel('Name of the milestone')).toHaveAttribute('aria-invalid', 'true');
  await expect(planner.locator('#milestone-name-error')).toHaveText('Enter text.');
  await planner.getByLabel('Name of the milestone').fill('Avant le comité');
  await planner.getByRole('button', { name: 'Save milestone' }).click();
  const status = planner.getByRole('status');
  await expect(status).toHaveText('Milestone “Avant le comité” saved.');
  await expect(status).toBeFocused();
  const row = planner.getByRole('table', { name: 'Saved milestones' }).getByRole('row', { name: /Avant le comité/ });
  await expect(row).toBeVisible();

  // The assessment moves on; the milestone does not.
  expect((await save(6000, 1)).status()).toBe(200);
  await planner.reload();
  await planner.getByRole('link', { name: 'Compare with now: Avant le comité' }).click();
  await expect(planner.getByRole('heading', { level: 1 })).toContainText('“Avant le comité”');
  const answers = planner.getByRole('region', { name: 'Answers that changed' }).or(planner.locator('section', { has: planner.getByRole('heading', { name: 'Answers that changed' }) }));
  const changed = answers.getByRole('row', { name: /Number of CommCare mobile users today/ });
  await expect(changed.getByRole('cell')).toHaveText(['2,500 users', '6,000 users']);
  const sizing = planner.locator('section', { has: planner.getByRole('heading', { name: 'Sizing and budget' }) });
  await expect(sizing.getByRole('row', { name: /CommCare: production cores/ })).toBeVisible();
  const main = await planner.locator('main').innerText();
  expect(main).not.toMatch(/commcare\.p1|[0-9a-f]{8}-[0-9a-f]{4}-/);
  const axe = await new AxeBuilder({ page: planner }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The same comparison as a PDF, read back from the downloaded bytes.
  const download = planner.waitForEvent('download');
  await planner.getByRole('link', { name: 'Download this comparison (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('milestone-comparison.pdf');
  const fs = await import('node:fs/promises');
  const text = (await pdfPages(await fs.readFile((await file.path())!))).join('\n');
  expect(text).toContain('Comparison of two moments');
  expect(text).toContain('Avant le comité');
  expect(text).toContain('Number of CommCare mobile users today');
  expect(text).toMatch(/2,500 users[\s\S]*6,000 users/);
  expect(text).not.toMatch(/commcare\.p1|[0-9a-f]{8}-[0-9a-f]{4}-/);

  // The progress chart has the milestone and now, with its table alternative.
  await planner.goto(`/assessments/${assessmentId}/milestones`);
  await expect(planner.getByRole('img', { name: /CommCare.*: required questions answered/ })).toBeVisible();
  const table = planner.getByRole('table', { name: /CommCare.*: progress per phase at each moment/ });
  await expect(table.getByRole('rowheader')).toHaveText(['Avant le comité', 'Now']);

  // It reflows on a phone: no sideways scroll of the page (wide tables scroll inside their own region).
  await planner.setViewportSize({ width: 390, height: 800 });
  for (const path of [`/assessments/${assessmentId}/milestones`, planner.url()]) {
    await planner.goto(path);
    const { scrollWidth, clientWidth } = await planner.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
  }
  await planner.context().close();
});
