import { expect, test } from '@playwright/test';
import { createAssessmentThroughForm, signedIn } from './helpers';

test('an assessment’s outputs: missing answers linked, sizing from the answers, the team, and a budget with the overlooked lines and the chart', async ({ browser }) => {
  test.setTimeout(120_000);
  const name = `Sorties e2e ${Date.now()}`;
  const planner = await signedIn(browser, 'planner');
  const { url: assessmentUrl } = await createAssessmentThroughForm(planner, name, 'Sénégal');

  // Nothing answered: the budget page says which answer it needs, with a link to the question.
  await planner.getByRole('navigation', { name: 'Outputs' }).getByRole('link', { name: 'Budget' }).click();
  await expect(planner.getByRole('heading', { name: 'Answers needed before these outputs can be computed' })).toBeVisible();
  await planner.getByRole('link', { name: 'Number of CommCare mobile users today' }).click();
  await expect(planner).toHaveURL(/\/phases\/commcare\.p1#q-commcare\.p1\.s1-2\.mobile-users$/);
  const users = planner.locator('[data-question-id="commcare.p1.s1-2.mobile-users"]');
  await users.locator('input').fill('2500');
  await expect(users.locator('[data-save-status]')).toHaveText('Saved');

  await planner.goto(`${assessmentUrl}/sizing`);
  await expect(planner.getByTestId('commcare-tier')).toHaveText('Micro Cluster');
  await expect(planner.getByRole('heading', { name: 'Answers not given yet: defaults are used until they are' })).toBeVisible();

  // The team feeds the skills gap.
  await planner.getByRole('link', { name: 'Skills gap' }).click();
  await planner.getByRole('button', { name: 'Add a person' }).click();
  await planner.getByLabel('Name of person 1').fill('Aïcha Ndiaye');
  await planner.getByText('Skill levels').click();
  await planner.getByLabel('Deploys level of person 1').selectOption('3');
  await planner.getByRole('button', { name: 'Save the team' }).click();
  await expect(planner.getByRole('status')).toHaveText('Team saved: 1 person.');
  await planner.reload();
  await expect(planner.getByRole('table', { name: 'Skills matrix' }).getByRole('columnheader', { name: /Aïcha Ndiaye/ })).toBeVisible();
  await expect(planner.locator('tr[data-skill="commcare.deploys"] td.heat-ok')).toHaveText('3');

  // The budget: the chart, every option side by side, the overlooked lines always there.
  await planner.getByRole('link', { name: 'Budget' }).click();
  await expect(planner.getByTestId('budget-chart')).toBeVisible();
  await expect(planner.getByTestId('budget-chart').locator('rect[data-option]')).toHaveCount(5 * 5);
  const lines = planner.getByRole('table', { name: 'Budget lines' });
  for (const line of ['Backups and archiving: backup storage', 'Backups and archiving: off-site copy', 'Staging, test and training instances', 'Major OS/database server upgrade, every 2-3 years (labour)', 'Patching every 4-6 weeks (labour)', 'Annual major upgrade (labour)', 'Monitoring and alerting', 'Hardware refresh', 'Personnel (FTE from the skills gap)', 'Training']) {
    await expect(lines.getByRole('rowheader', { name: new RegExp(`^${line.replace(/[()]/g, '\\$&')} often overlooked$`) })).toBeVisible();
  }

  // A zero needs a reason; with one, it is saved and explained on the line.
  const override = planner.getByRole('form', { name: 'Override a rate' });
  await override.getByLabel('Option').selectOption('commercial-cloud');
  await override.getByLabel('Figure').selectOption({ label: 'Monitoring per system per year (USD)' });
  await override.getByLabel('Value').fill('0');
  await override.getByRole('button', { name: 'Save override' }).click();
  await expect(planner.locator('p[role="alert"]')).toContainText('Setting a figure to zero needs a reason.');
  await override.getByLabel('Reason').fill('Included in the cloud plan');
  await override.getByRole('button', { name: 'Save override' }).click();
  await expect(planner.getByRole('status')).toHaveText('Override saved.');
  await expect(lines.locator('tr[data-line="monitoring"]')).toContainText('set to zero by user: Included in the cloud plan');
  await expect(planner.getByRole('table', { name: 'Rate overrides' }).getByRole('row', { name: /Commercial cloud/i })).toContainText('Monitoring per system per yearUSD 0.00');

  // Exports of the same figures.
  const csv = await planner.request.get(`/api/v1/assessments/${assessmentUrl.split('/').pop()}/report/budget.csv`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toContain('Backups and archiving: off-site copy');
  const xlsx = await planner.request.get(`/api/v1/assessments/${assessmentUrl.split('/').pop()}/report/sizing.xlsx`);
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
});
