import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createAssessmentThroughForm, signedIn } from './helpers';

const MORE = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/assessment-config/more-services.yml'), 'utf8');

test('a consultant pastes a CommCare configuration, sees the per-service figures change, downloads the XLSX and the YAML, re-uploads the YAML and sees the same figures', async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  const name = `Configuration e2e ${Date.now()}`;
  const planner = await signedIn(browser, 'planner');
  const assessmentUrl = new URL((await createAssessmentThroughForm(planner, name, 'Bénin')).url).pathname;
  await planner.goto(`${assessmentUrl}/phases/commcare.p1#q-commcare.p1.s1-2.mobile-users`);
  const users = planner.locator('[data-question-id="commcare.p1.s1-2.mobile-users"]');
  await users.locator('input').fill('2500');
  await expect(users.locator('[data-save-status]')).toHaveText('Saved');
  await planner.context().close();

  const consultant = await signedIn(browser, 'consultant');
  await consultant.goto(`${assessmentUrl}/sizing`);
  const perService = consultant.getByRole('table', { name: 'Per-service sizing' });
  await expect(perService.getByRole('rowheader', { name: 'CouchDB' })).toBeVisible();
  await expect(perService.getByRole('rowheader', { name: 'Elasticsearch master nodes' })).toHaveCount(0);
  await expect(consultant.getByTestId('sizing-config-in-use')).toContainText('built-in configuration');
  const defaultFigures = await perService.innerText();

  // Paste: a new version, and the figures follow it.
  await consultant.getByLabel('Configuration text (YAML)').fill(MORE);
  await consultant.getByRole('button', { name: 'Save the configuration' }).click();
  await expect(consultant.getByRole('status')).toHaveText('Configuration version 1 saved: the figures on this page use it.');
  await expect(consultant.getByRole('status')).toBeFocused();
  const esMaster = perService.getByRole('row', { name: /^Elasticsearch master nodes/ });
  await expect(esMaster.getByRole('cell').nth(0)).toHaveText('3');
  await expect(consultant.getByTestId('sizing-config-in-use')).toContainText('version 1');
  const pasted = await perService.innerText();
  expect(pasted).not.toBe(defaultFigures);
  // What it changes, by label: the usage factor (with the configuration's comment as the reason), the added service, its figures.
  const changes = consultant.getByRole('region', { name: 'What it changes against the built-in configuration' });
  await expect(changes.getByRole('table', { name: 'case updates a month: changed' }).getByRole('row', { name: /^Factor/ })).toHaveText(/Factor\s*3\s*5/);
  await expect(changes.getByRole('table', { name: 'Elasticsearch master nodes: added' }).getByRole('row', { name: /^Fixed number of VMs/ })).toContainText('3');
  await expect(consultant.getByTestId('sizing-config-figures').getByRole('row', { name: /^Elasticsearch master nodes/ })).toContainText('— → 3');
  await expect(consultant.getByText(/5 cases per form/).first()).toBeVisible();
  const axe = await new AxeBuilder({ page: consultant }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The XLSX of the page's figures, and the YAML that reproduces them.
  const [xlsx] = await Promise.all([consultant.waitForEvent('download'), consultant.getByRole('link', { name: 'XLSX' }).click()]);
  const xlsxBytes = fs.readFileSync((await xlsx.path())!);
  expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK');
  const [yaml] = await Promise.all([consultant.waitForEvent('download'), consultant.getByRole('link', { name: 'Download the configuration (YAML)' }).click()]);
  const yamlPath = testInfo.outputPath('commcare-configuration.yml');
  await yaml.saveAs(yamlPath);
  expect(fs.readFileSync(yamlPath, 'utf8')).toBe(MORE);

  // Back to the default, then upload the downloaded file: the same figures as pasted.
  await consultant.getByRole('button', { name: 'Reset to the default' }).click();
  await expect(consultant.getByRole('status')).toHaveText('Back to the built-in configuration (version 2).');
  await expect(perService.getByRole('rowheader', { name: 'Elasticsearch master nodes' })).toHaveCount(0);
  expect(await perService.innerText()).toBe(defaultFigures);
  await consultant.getByLabel('Configuration file (.yml)').setInputFiles(yamlPath);
  await expect(consultant.getByLabel('Configuration text (YAML)')).toHaveValue(MORE);
  await consultant.getByRole('button', { name: 'Save the configuration' }).click();
  await expect(consultant.getByRole('status')).toHaveText('Configuration version 3 saved: the figures on this page use it.');
  await expect(esMaster).toBeVisible();
  expect(await perService.innerText()).toBe(pasted);
  await expect(consultant.getByRole('table', { name: 'Versions' }).getByRole('row')).toHaveCount(4);

  // A mistake is named by its place in the file and its line; nothing is saved.
  await consultant.getByLabel('Configuration text (YAML)').fill(MORE.replace("dependant_field: 'users'\n    factor: 300", "dependant_field: 'userz'\n    factor: 300"));
  await consultant.getByRole('button', { name: 'Save the configuration' }).click();
  await expect(consultant.getByRole('alert').filter({ hasText: 'The configuration cannot be used as it is' })).toContainText("usage.forms_monthly.dependant_field (line 24): 'userz' is not a usage field");
  await expect(consultant.getByLabel('Configuration text (YAML)')).toHaveAttribute('aria-invalid', 'true');
  await consultant.reload();
  await expect(consultant.getByTestId('sizing-config-in-use')).toContainText('version 3');

  // The audit page says it in words.
  await consultant.goto(`${assessmentUrl}/audit`);
  await expect(consultant.getByRole('cell', { name: 'CommCare sizing configuration reset to the default', exact: true })).toHaveCount(1);
  await expect(consultant.getByRole('cell', { name: 'CommCare sizing configuration saved', exact: true })).toHaveCount(2);
});
