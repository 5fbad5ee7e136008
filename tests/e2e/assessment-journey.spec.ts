import { expect, test, type Locator } from '@playwright/test';
import { createAssessmentThroughForm, signedIn } from './helpers';

/** Answers one question whatever its kind, then waits for the server to acknowledge it. */
async function answer(question: Locator, text: string) {
  const textarea = question.locator('textarea');
  const radios = question.getByRole('radio');
  const checkboxes = question.getByRole('checkbox');
  if (await question.getByRole('button', { name: 'Add a row' }).count()) {
    await question.getByRole('button', { name: 'Add a row' }).click();
    const cells = question.locator('tbody tr').first().locator('input, select');
    for (let i = 0; i < (await cells.count()); i++) {
      const cell = cells.nth(i);
      const tag = await cell.evaluate((el) => el.tagName);
      const type = await cell.getAttribute('type');
      if (tag === 'SELECT') await cell.selectOption({ index: 1 });
      else await cell.fill(type === 'number' ? '1500' : type === 'date' ? '2027-01-01' : type === 'url' ? 'https://example.org/x' : `${text} ${i}`);
    }
  } else if (await textarea.count()) await textarea.fill(text);
  else if (await radios.count()) await radios.first().check();
  else if (await checkboxes.count()) await checkboxes.first().check();
  else {
    const inputs = question.locator('input');
    for (let i = 0; i < (await inputs.count()); i++) {
      const input = inputs.nth(i);
      const type = await input.getAttribute('type');
      await input.fill(type === 'number' ? '2500' : type === 'date' ? '2027-01-01' : type === 'url' ? 'https://example.org/plan' : type === 'email' ? 'aicha@example.org' : text);
    }
  }
  await expect(question.locator('[data-save-status]')).toHaveText('Saved');
}

test('a planner fills phase 1 and submits it; a reviewer sends one back, then approves; phase 2 unlocks', async ({ browser }) => {
  test.setTimeout(240_000);
  const name = `Évaluation e2e ${Date.now()}`;
  const planner = await signedIn(browser, 'planner');
  const { url: assessmentUrl } = await createAssessmentThroughForm(planner, name, 'Côte d’Ivoire');
  await expect(planner.getByTestId('phase-commcare.p2').getByText('Locked')).toBeVisible();

  await planner.getByRole('link', { name: /^Phase 1:/ }).click();
  await expect(planner.getByRole('heading', { level: 1, name: /^Phase 1:/ })).toBeVisible();
  const questions = planner.locator('[data-question-id]');
  const count = await questions.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    if (await question.locator('label').first().getByText('(optional)').count()) continue;
    await answer(question, `Réponse <script>alert(${i})</script>`);
  }
  // Text is rendered as text, never as markup.
  await planner.reload();
  await expect(planner.locator('textarea').first()).toHaveValue(/<script>alert\(\d+\)<\/script>/);

  const checkpoints = planner.locator('[data-checkpoint-id]');
  const checkpointCount = await checkpoints.count();
  for (let i = 0; i < checkpointCount; i++) {
    await checkpoints.nth(i).getByRole('button', { name: 'Submit for review' }).click();
    await expect(checkpoints.nth(i).getByTestId('checkpoint-status')).toHaveText('Submitted for review');
  }

  const reviewer = await signedIn(browser, 'reviewer');
  await reviewer.getByRole('link', { name: 'Review queue' }).click();
  const items = reviewer.locator('article').filter({ has: reviewer.getByRole('link', { name }) });
  await expect(items).toHaveCount(checkpointCount);
  const first = items.first();
  const sentBack = (await first.getAttribute('aria-label'))!.replace(/^Review: /, '');
  await first.getByRole('button', { name: 'Request changes' }).click();
  await first.getByLabel('What needs to change?').fill('Name the data centre.');
  await first.getByRole('button', { name: 'Send back with comment' }).click();
  await expect(items).toHaveCount(checkpointCount - 1);
  while ((await items.count()) > 0) {
    const before = await items.count();
    await items.first().getByRole('button', { name: 'Approve' }).click();
    await expect(items).toHaveCount(before - 1);
  }

  await planner.goto(assessmentUrl);
  await expect(planner.getByTestId('phase-commcare.p2').getByText('Locked')).toBeVisible();
  await planner.getByRole('link', { name: /^Phase 1:/ }).click();
  const returned = planner.locator('[data-checkpoint-id]').filter({ hasText: sentBack });
  await expect(returned.getByTestId('checkpoint-status')).toHaveText('Changes requested');
  await expect(returned.getByText('Name the data centre.')).toBeVisible();
  // The fix: the planner completes an answer in that section. Checkpoints already approved on
  // the same evidence re-open and go back to the reviewer too.
  const fixed = planner.locator('section').filter({ has: returned }).locator('[data-question-id]').filter({ has: planner.locator('textarea') }).first();
  await fixed.locator('textarea').fill('Centre national de données, Abidjan (Plateau).');
  await expect(fixed.locator('[data-save-status]')).toHaveText('Saved');
  await expect(planner.getByText(/Your change re-opened a checkpoint/)).toBeVisible();
  // No reload: the page refreshes itself and the re-opened checkpoints can be submitted again.
  await expect(planner.locator('[data-checkpoint-id]').getByTestId('checkpoint-status').filter({ hasText: /^Open$/ }).first()).toBeVisible();
  const resubmit = planner.locator('[data-checkpoint-id]').getByRole('button', { name: 'Submit for review' });
  await expect(resubmit.first()).toBeVisible();
  while ((await resubmit.count()) > 0) {
    const before = await resubmit.count();
    await resubmit.first().click();
    await expect(resubmit).toHaveCount(before - 1);
  }
  await expect(returned.getByTestId('checkpoint-status')).toHaveText('Submitted for review');

  await reviewer.reload();
  await expect(items.first()).toBeVisible();
  while ((await items.count()) > 0) {
    const before = await items.count();
    await items.first().getByRole('button', { name: 'Approve' }).click();
    await expect(items).toHaveCount(before - 1);
  }

  await planner.goto(assessmentUrl);
  await expect(planner.getByTestId('phase-commcare.p1').getByText('Signed off')).toBeVisible();
  await expect(planner.getByTestId('phase-commcare.p2').getByText('Locked')).toHaveCount(0);
  // The audit trail, on its own page, says what happened in words.
  await planner.getByRole('link', { name: 'Audit trail' }).click();
  await expect(planner.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(planner.getByRole('cell', { name: 'Checkpoint approved', exact: true }).first()).toBeVisible();
  await expect(planner.getByText('checkpoint.approve')).toHaveCount(0);
});
