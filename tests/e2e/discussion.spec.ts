import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createAssessmentThroughForm, signedIn } from './helpers';
import { e2eDatabaseUrl } from './db-fingerprint';
import { pdfBytes } from '../fixtures/evidence-files';
import { startSmtpInbox } from '../fixtures/smtp-inbox';

const CHECKPOINT = 'commcare.p1.s1-1.cp-architecture';

/** A free TCP port on this machine. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The e2e server runs without SMTP_URL (the invitation specs read the link off the page), so this
 * spec starts a second instance of the same build on the same database with SMTP_URL pointing at a
 * real SMTP server it listens on: instances share nothing but PostgreSQL, and the instance that
 * handles a change is the one that mails it.
 */
async function startMailingInstance(smtpUrl: string): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: e2eDatabaseUrl(), PORT: String(port), APP_URL: url, SMTP_URL: smtpUrl, DRAFT_REFRESH_MS: '0', SIGN_IN_MAX_FAILURES_PER_IP: '1000', DEMO_LOCALE: 'en', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second instance exited: ${output.slice(-2000)}`);
    if ((await fetch(`${url}/api/health`).catch(() => null))?.ok) return { url, child, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the second instance did not answer within 90 s: ${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('a planner attaches a PDF and submits; the reviewer is notified (inbox and mail), comments; the planner replies; the reviewer approves', async ({ browser }) => {
  test.setTimeout(240_000);
  const inbox = await startSmtpInbox();
  const mails = inbox.mails;
  const mailing = await startMailingInstance(inbox.url);
  try {
    const name = `Discussion e2e ${Date.now()}`;
    const planner = await signedIn(browser, 'planner');
    const { id: assessmentId } = await createAssessmentThroughForm(planner, name, 'Togo');
    const saved = await planner.request.put(`/api/v1/assessments/${assessmentId}/answers`, { data: { questionId: 'commcare.p1.s1-1.architecture-diagram', value: 'https://example.org/diagram', expectedVersion: 0 } });
    expect(saved.status()).toBe(200);

    // The planner works on the instance that mails: attaches a PDF and submits.
    await planner.goto(`${mailing.url}/assessments/${assessmentId}/phases/commcare.p1`);
    const card = planner.locator(`[data-checkpoint-id="${CHECKPOINT}"]`);
    const evidence = card.getByRole('group', { name: /^Evidence files:/ });
    await evidence.getByLabel(/^Attach a file/).setInputFiles({ name: 'Architecture.pdf', mimeType: 'application/pdf', buffer: pdfBytes('Architecture') });
    await evidence.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(evidence.getByRole('link', { name: 'Architecture.pdf' })).toBeVisible();
    await card.getByRole('button', { name: 'Submit for review' }).click();
    await expect(card.getByTestId('checkpoint-status')).toHaveText('Submitted for review');

    // The reviewer's mail arrives, in words, with a link to the checkpoint's discussion on APP_URL.
    await expect.poll(() => mails.filter((m) => m.to === 'reviewer@demo.example' && m.body.includes(name)).length, { timeout: 20_000 }).toBe(1);
    const mail = mails.find((m) => m.to === 'reviewer@demo.example' && m.body.includes(name))!;
    expect(mail.body).toContain('Aïcha Diallo submitted');
    expect(mail.body).toContain(`${mailing.url}/assessments/${assessmentId}/phases/commcare.p1#discussion-${CHECKPOINT}`);

    // The reviewer sees the unread count in the header and the notification in the inbox.
    const reviewer = await signedIn(browser, 'reviewer');
    await reviewer.goto('/');
    await expect(reviewer.getByTestId('unread-count')).toHaveText(/^[1-9]\d*$/);
    await reviewer.getByTestId('inbox-link').click();
    await expect(reviewer.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    const notification = reviewer.getByRole('link', { name: new RegExp(`^Aïcha Diallo submitted “.+” for review \\(${name}\\)$`) });
    await notification.click();
    await expect(reviewer).toHaveURL(new RegExp(`/assessments/${assessmentId}/phases/commcare\\.p1#discussion-`));

    // The reviewer comments in the checkpoint's discussion, mentioning the planner.
    const reviewerCard = reviewer.locator(`[data-checkpoint-id="${CHECKPOINT}"]`);
    const thread = reviewerCard.locator('details.discussion');
    // The notification's link opens the checkpoint's discussion.
    await expect(thread).toHaveAttribute('open', '');
    await thread.getByLabel('Your comment').fill('@Aïcha Diallo the diagram lacks the backup server; can you add it?');
    await thread.getByRole('button', { name: 'Post comment' }).click();
    await expect(thread.getByRole('status')).toHaveText(/^Comment posted/);
    await expect(thread.getByRole('status')).toBeFocused();

    // The planner sees the mention in their inbox and replies with a link.
    await planner.goto('/notifications');
    await planner.getByRole('link', { name: new RegExp(`^João Conceição mentioned you in the discussion of “.+” \\(${name}\\)$`) }).click();
    const plannerThread = planner.locator(`[data-checkpoint-id="${CHECKPOINT}"] details.discussion`);
    await expect(plannerThread).toHaveAttribute('open', '');
    await expect(plannerThread.locator('.mention')).toHaveText('@Aïcha Diallo');
    await plannerThread.getByLabel('Your reply').fill('Added, see https://example.org/diagram-v2.pdf. <b>Thanks</b>');
    await plannerThread.getByRole('button', { name: 'Reply' }).click();
    await expect(plannerThread.getByRole('status')).toHaveText(/^Comment posted/);
    await expect(plannerThread.getByRole('link', { name: /^https:\/\/example\.org\/diagram-v2\.pdf/ })).toHaveAttribute('href', 'https://example.org/diagram-v2.pdf');
    await expect(plannerThread.getByText('<b>Thanks</b>', { exact: false })).toBeVisible(); // markup stays text
    await expect(plannerThread.locator('b')).toHaveCount(0);

    // The reviewer reads the reply, approves and resolves the discussion.
    await reviewer.reload();
    await expect(thread.getByText('Added, see')).toBeVisible();
    await reviewerCard.getByRole('button', { name: 'Approve' }).click();
    await expect(reviewerCard.getByTestId('checkpoint-status')).toHaveText('Approved');
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(thread.getByRole('status')).toHaveText('Discussion resolved.');
    await reviewer.reload();
    await expect(thread.locator('summary')).toContainText('resolved');
    await expect(thread.getByText('Resolved by João Conceição')).toBeVisible();

    // The planner is told of the approval; marking everything read empties the count.
    await planner.goto('/notifications');
    await expect(planner.getByRole('link', { name: new RegExp(`^João Conceição approved “.+” \\(${name}\\)$`) })).toBeVisible();
    await planner.getByRole('button', { name: 'Mark all read' }).click();
    await expect(planner.getByRole('status')).toHaveText(/marked read\.$/);
    await expect(planner.getByTestId('unread-count')).toHaveCount(0);
    await planner.context().close();
    await reviewer.context().close();
  } finally {
    await mailing.stop();
    await inbox.stop();
  }
});
