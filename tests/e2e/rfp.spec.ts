import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { demoAssessmentId } from './db-fingerprint';
import { createAssessmentThroughForm, signedIn } from './helpers';

const SCALE: [string, string][] = [
  ['commcare.p1.s1-2.mobile-users', '2500'],
  ['commcare.p1.s1-2.forms-per-user-month', '300'],
  ['commcare.p1.s1-2.cases-per-user-month', '150'],
  ['commcare.p1.s1-2.case-updates-per-user-month', '900'],
  ['commcare.p1.s1-2.attachment-kb-per-form', '15'],
  ['commcare.p1.s1-2.existing-forms', '0'],
];

test('a consultant completes the RFP details, downloads the PDF and DOCX and issues version 1; a planner cannot issue', async ({ browser }) => {
  test.setTimeout(150_000);
  const name = `RFP e2e ${Date.now()}`;
  const planner = await signedIn(browser, 'planner');
  const { url: assessmentUrl } = await createAssessmentThroughForm(planner, name, 'São Tomé e Príncipe');
  await planner.goto(`${assessmentUrl}/phases/commcare.p1`);
  for (const [id, value] of SCALE) {
    const q = planner.locator(`[data-question-id="${id}"]`);
    await q.locator('input').fill(value);
    await expect(q.locator('[data-save-status]')).toHaveText('Saved');
  }

  const consultant = await signedIn(browser, 'consultant');
  await consultant.goto(`${assessmentUrl}/rfp`);
  await expect(consultant.getByTestId('rfp-state')).toHaveText(/^Draft: \d+ items? missing$/);
  await expect(consultant.getByRole('link', { name: 'Submission e-mail address' })).toHaveAttribute('href', '#rfp-submissionEmail');
  const form = consultant.getByRole('form', { name: 'RFP details' });
  await form.getByLabel('Client name').fill('Ministère de la Santé — São Tomé e Príncipe');
  await form.getByLabel('Description of the current (SaaS) environment').fill('CommCare runs today on Dimagi’s cloud.');
  await form.getByLabel('Number of hosting provider quotes (N)').fill('3');
  await form.getByLabel('Period of performance').fill('6 months');
  await form.getByLabel('Submission e-mail address').fill('rfp@sante.example.st');
  await form.getByLabel('Submission deadline').fill('2027-03-31');
  await form.getByRole('button', { name: 'Add a contact' }).click();
  await form.getByLabel('Contact 1 name').fill('Adèle Yao');
  await form.getByLabel('Contact 1 e-mail').fill('adele@sante.example.st');
  await form.getByRole('button', { name: 'Save the RFP details' }).click();
  await expect(form.getByRole('status')).toHaveText('RFP details saved.');
  await consultant.reload();
  await expect(consultant.getByTestId('rfp-state')).toHaveText('Complete: ready to issue');
  await expect(consultant.getByTestId('doc-preview')).toContainText('Ministère de la Santé — São Tomé e Príncipe');

  for (const [link, magic] of [['PDF', '%PDF-'], ['DOCX', 'PK']] as const) {
    const download = consultant.waitForEvent('download');
    await consultant.getByRole('link', { name: link, exact: true }).first().click();
    const file = await (await download).path();
    expect(fs.readFileSync(file).subarray(0, magic.length).toString()).toBe(magic);
  }

  await consultant.getByRole('button', { name: 'Issue the RFP' }).click();
  await expect(consultant.getByText('Version 1 issued.')).toBeVisible({ timeout: 60_000 }); // renders and stores both files
  const issued = consultant.getByRole('table', { name: 'Issued versions' });
  await expect(issued.getByRole('rowheader', { name: 'v1' })).toBeVisible();
  const assessmentId = assessmentUrl.split('/').pop();
  const again = await consultant.request.get(`/api/v1/assessments/${assessmentId}/rfp/v1.pdf`);
  const body = await again.body();
  expect(createHash('sha256').update(body).digest('hex')).toBe(again.headers()['x-content-sha256']);
  await expect(issued).toContainText(again.headers()['x-content-sha256'].slice(0, 16));

  await planner.goto(`${assessmentUrl}/rfp`);
  await expect(planner.getByRole('table', { name: 'Issued versions' }).getByRole('rowheader', { name: 'v1' })).toBeVisible();
  await expect(planner.getByRole('button', { name: 'Issue the RFP' })).toHaveCount(0);
  await expect(planner.getByRole('form', { name: 'RFP details' })).toHaveCount(0);
});

test('the demo assessment is complete: a consultant generates its RFP, downloads both files and issues it; a planner cannot', async ({ browser }) => {
  test.setTimeout(120_000);
  const consultant = await signedIn(browser, 'consultant');
  await consultant.goto(`/assessments/${await demoAssessmentId()}`);
  await consultant.getByRole('navigation', { name: 'Outputs' }).getByRole('link', { name: 'Request for Proposals' }).click();
  await expect(consultant.getByTestId('rfp-state')).toHaveText('Complete: ready to issue');
  for (const [link, magic] of [['PDF', '%PDF-'], ['DOCX', 'PK']] as const) {
    const download = consultant.waitForEvent('download');
    await consultant.getByRole('link', { name: link, exact: true }).first().click();
    expect(fs.readFileSync(await (await download).path()).subarray(0, magic.length).toString()).toBe(magic);
  }
  await consultant.getByRole('button', { name: 'Issue the RFP' }).click();
  await expect(consultant.getByText(/^Version \d+ issued\.$/)).toBeVisible({ timeout: 60_000 });
  const rfpUrl = consultant.url();

  const planner = await signedIn(browser, 'planner');
  await planner.goto(rfpUrl);
  await expect(planner.getByTestId('rfp-state')).toHaveText('Complete: ready to issue');
  await expect(planner.getByRole('table', { name: 'Issued versions' }).getByRole('rowheader').first()).toBeVisible();
  await expect(planner.getByRole('button', { name: 'Issue the RFP' })).toHaveCount(0);

  await planner.goto(rfpUrl.replace(/\/rfp$/, '/report'));
  await expect(planner.getByTestId('doc-preview')).toContainText('Transition de l');
  const report = await planner.request.get(`${rfpUrl.replace(/\/assessments\//, '/api/v1/assessments/').replace(/\/rfp$/, '')}/report.pdf`);
  expect(report.headers()['content-type']).toBe('application/pdf');
  expect((await report.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
