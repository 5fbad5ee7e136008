import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { createAssessmentThroughForm, signedIn } from './helpers';

/**
 * An organisation's own questionnaire for another platform, end to end: an administrator uploads
 * the OpenMRS fixture (after seeing its problems listed while it was invalid), a planner starts an
 * assessment with it and fills phase 1, a reviewer signs it off, and the RFP's checkpoint annex
 * lists its checkpoints. The outputs say plainly that OpenMRS is not sized.
 */
const FIXTURE = path.join(process.cwd(), 'tests/fixtures/openmrs-template.json');
const TEMPLATE = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));

test('an administrator adds an OpenMRS questionnaire; a planner fills it, a reviewer signs it off, the RFP lists its checkpoints', async ({ browser }) => {
  test.setTimeout(360_000);
  const admin = await signedIn(browser, 'admin');
  await admin.getByRole('link', { name: 'Questionnaires' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();

  // Live validation: a broken copy lists its problems by place, and the server refuses it too.
  const broken = structuredClone(TEMPLATE);
  delete broken.phases[1].sections[0].questions[0].label;
  broken.phases[0].title = '';
  await admin.getByLabel('Questionnaire (JSON)').fill(JSON.stringify(broken, null, 2));
  await expect(admin.getByTestId('template-problems')).toContainText('Phase 1: the title is empty');
  await expect(admin.getByTestId('template-problems')).toContainText('Phase 2, section 2.1, question 1: the label is missing');
  await admin.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'nothing was saved' })).toBeFocused();

  await admin.getByLabel('Load a file (JSON)').setInputFiles(FIXTURE);
  await expect(admin.getByText('The questionnaire is valid.')).toBeVisible();
  await admin.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(admin.getByRole('status').filter({ hasText: /Saved as version 1|Version 1 was already saved/ })).toBeFocused();
  await expect(admin.getByRole('cell', { name: 'OpenMRS self-hosting readiness' }).first()).toBeVisible();
  await admin.context().close();

  const planner = await signedIn(browser, 'planner');
  const name = `OpenMRS ${Date.now()}`;
  const { id: assessmentId } = await createAssessmentThroughForm(planner, name, 'Kenya', ['OpenMRS self-hosting readiness']);
  // CommCare HQ (checked by default) and OpenMRS side by side: the RFP is about hosting CommCare, and lists OpenMRS's checkpoints too.
  await planner.goto(`/assessments/${assessmentId}/phases/openmrs.p1`);
  const facilities = planner.locator('[data-question-id="openmrs.p1.s1.facilities"]');
  await facilities.locator('input').fill('120');
  await expect(facilities.locator('[data-save-status]')).toHaveText('Saved');
  const distribution = planner.locator('[data-question-id="openmrs.p1.s1.distribution"]');
  await distribution.getByRole('radio', { name: 'OpenMRS 3 reference application' }).check();
  await expect(distribution.locator('[data-save-status]')).toHaveText('Saved');
  const checkpoint = planner.locator('[data-checkpoint-id="openmrs.p1.s1.cp-scope"]');
  await checkpoint.getByRole('button', { name: 'Submit for review' }).click();
  await expect(checkpoint.getByTestId('checkpoint-status')).toHaveText('Submitted for review');

  const reviewer = await signedIn(browser, 'reviewer');
  await reviewer.getByRole('link', { name: 'Review queue' }).click();
  const item = reviewer.locator('article').filter({ has: reviewer.getByRole('link', { name }) });
  await expect(item).toContainText('Facilities and distribution are documented');
  await expect(item).toContainText('OpenMRS 3 reference application');
  await item.getByRole('button', { name: 'Approve' }).click();
  await expect(item).toHaveCount(0);
  await reviewer.context().close();

  // Phase 2 opens once phase 1 is signed off, as for the built-in questionnaires.
  const status = await (await planner.request.get(`/api/v1/assessments/${assessmentId}`)).json();
  const openmrs = status.tracks.find((t: { platform: string }) => t.platform === 'openmrs');
  expect(openmrs.phases.map((p: { locked: boolean }) => p.locked)).toEqual([false, false]);
  expect(openmrs.phases[0].checkpoints[0].status).toBe('approved');

  await planner.goto(`/assessments/${assessmentId}/sizing`);
  await expect(planner.getByTestId('not-sized')).toContainText('OpenMRS self-hosting readiness: not sized');

  const docx = await planner.request.get(`/api/v1/assessments/${assessmentId}/rfp/draft.docx`);
  expect(docx.status(), await docx.text().catch(() => '')).toBe(200);
  const xml = strFromU8(unzipSync(new Uint8Array(await docx.body()))['word/document.xml']!);
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
  const annex = text.slice(text.lastIndexOf('Checkpoint matrix'));
  for (const label of ['Facilities and distribution are documented', 'Patient data is hosted as the data-protection law requires']) expect(annex).toContain(label);
  await planner.context().close();

  // Version 2 rewords a question: the assessment stays on version 1 until an administrator has seen
  // what changes and applied it; the answer carries over.
  const v2 = structuredClone(TEMPLATE);
  v2.version = 2;
  const question = v2.phases[0].sections[0].questions.find((q: { id: string }) => q.id === 'openmrs.p1.s1.facilities');
  question.label = 'How many health facilities will use OpenMRS in the first year?';
  const admin2 = await signedIn(browser, 'admin');
  await admin2.goto('/templates');
  await admin2.getByLabel('Questionnaire (JSON)').fill(JSON.stringify(v2, null, 2));
  await expect(admin2.getByText('The questionnaire is valid.')).toBeVisible();
  await admin2.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(admin2.getByRole('status').filter({ hasText: /Saved as version 2|Version 2 was already saved/ })).toBeFocused();
  await admin2.goto(`/assessments/${assessmentId}`);
  const upgrade = admin2.getByTestId('upgrade-openmrs');
  await expect(upgrade).toContainText('What version 2 changes');
  await expect(upgrade).toContainText('Questions reworded');
  await expect(upgrade).toContainText(`now “${question.label}”`);
  await upgrade.getByRole('button', { name: 'Apply these changes (move to version 2)' }).click();
  // Applied: the page reloads its data, the notice goes, and the questionnaire reads version 2.
  await expect(upgrade).toHaveCount(0);
  await admin2.goto(`/assessments/${assessmentId}/phases/openmrs.p1`);
  const reworded = admin2.locator('[data-question-id="openmrs.p1.s1.facilities"]');
  await expect(reworded).toContainText(question.label);
  await expect(reworded.locator('input')).toHaveValue('120');
  await admin2.context().close();
});
