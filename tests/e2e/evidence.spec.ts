import { expect, test } from '@playwright/test';
import { createAssessmentThroughForm, signedIn } from './helpers';
import { HTML_AS_PDF, pdfBytes } from '../fixtures/evidence-files';

const CHECKPOINT = 'commcare.p1.s1-1.cp-architecture';

test('a planner attaches a PDF and submits; the reviewer sees and downloads it, and approves; new evidence re-opens the checkpoint', async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `Preuves e2e ${Date.now()}`;
  const planner = await signedIn(browser, 'planner');
  const { id: assessmentId } = await createAssessmentThroughForm(planner, name, 'Bénin');
  // The one answer this checkpoint needs, through the API.
  const saved = await planner.request.put(`/api/v1/assessments/${assessmentId}/answers`, { data: { questionId: 'commcare.p1.s1-1.architecture-diagram', value: 'https://example.org/diagram', expectedVersion: 0 } });
  expect(saved.status()).toBe(200);

  await planner.goto(`/assessments/${assessmentId}/phases/commcare.p1`);
  const card = planner.locator(`[data-checkpoint-id="${CHECKPOINT}"]`);
  const evidence = card.getByRole('group', { name: /^Evidence files:/ });
  await expect(evidence.getByText('No file attached yet.')).toBeVisible();

  // An HTML page renamed .pdf is refused in words, and nothing is listed.
  await evidence.getByLabel(/^Attach a file/).setInputFiles({ name: 'diagram.pdf', mimeType: 'application/pdf', buffer: HTML_AS_PDF });
  await evidence.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(evidence.getByRole('alert')).toHaveText(/web-page or image markup/);
  await expect(evidence.getByRole('alert')).toBeFocused();
  await expect(evidence.getByText('No file attached yet.')).toBeVisible();

  // A real PDF is attached and listed.
  await evidence.getByLabel(/^Attach a file/).setInputFiles({ name: 'Schéma réseau.pdf', mimeType: 'application/pdf', buffer: pdfBytes('Network diagram') });
  await evidence.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(evidence.getByRole('status')).toHaveText('Attached Schéma réseau.pdf.');
  await expect(evidence.getByRole('link', { name: 'Schéma réseau.pdf' })).toBeVisible();
  await expect(evidence.getByText(/PDF document, \d+ KB|PDF document, \d+ bytes/)).toBeVisible();

  await card.getByRole('button', { name: 'Submit for review' }).click();
  await expect(card.getByTestId('checkpoint-status')).toHaveText('Submitted for review');

  // The reviewer finds it in the queue with its file, downloads it as an attachment, and approves.
  const reviewer = await signedIn(browser, 'reviewer');
  await reviewer.goto('/review');
  const item = reviewer.locator('article', { has: reviewer.getByRole('link', { name }) });
  const link = item.getByRole('link', { name: 'Schéma réseau.pdf' });
  await expect(link).toBeVisible();
  const response = await reviewer.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="Sch_ma r_seau.pdf"; filename*=UTF-8''${encodeURIComponent('Schéma réseau.pdf')}`);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect((await response.body()).equals(pdfBytes('Network diagram'))).toBe(true);
  const download = reviewer.waitForEvent('download');
  await link.click();
  expect((await download).suggestedFilename()).toBe('Schéma réseau.pdf');
  await item.getByRole('button', { name: 'Approve' }).click();
  // Decided: it leaves the queue.
  await expect(item).toHaveCount(0);

  // Another file on the approved checkpoint re-opens it.
  await planner.reload();
  await expect(card.getByTestId('checkpoint-status')).toHaveText('Approved');
  await evidence.getByLabel(/^Attach a file/).setInputFiles({ name: 'inventory.csv', mimeType: 'text/csv', buffer: Buffer.from('site,servers\nCotonou,2\n') });
  await evidence.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(evidence.getByRole('status')).toHaveText('Attached inventory.csv. The checkpoint was re-opened: submit it again for review.');
  await expect(card.getByTestId('checkpoint-status')).toHaveText('Open');
  await expect(card.getByText('Re-opened because the evidence file "inventory.csv" was added after it was approved.')).toBeVisible();

  // The audit trail records both files in words, with size and SHA-256.
  await planner.goto(`/assessments/${assessmentId}/audit`);
  await expect(planner.getByRole('cell', { name: /^Schéma réseau\.pdf \(\d[\d,.]* (KB|bytes)\)\. PDF document\. SHA-256 [0-9a-f]{64}$/ })).toBeVisible();
  await expect(planner.getByRole('cell', { name: 'Evidence file attached' })).toHaveCount(2);
  await planner.context().close();
  await reviewer.context().close();
});
