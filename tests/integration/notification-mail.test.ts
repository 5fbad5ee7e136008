import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { postComment } from '@/lib/server/discussion/post-comment';
import { sendDigests } from '@/lib/server/notifications/deliver';
import { saveMailPreference } from '@/lib/server/notifications/inbox';
import { mailSettled } from '@/lib/server/notifications/notify';
import { answer, decide, fixtureAssessment } from './assessment-fixture';
import { databaseUrl, makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { startSmtpInbox, type TMail } from '../fixtures/smtp-inbox';

const CP = 'commcare.p1.s1.cp-summary';
const Q = 'commcare.p1.s1.users';
const APP_URL = 'https://readiness.example.org';

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
let received: TMail[];

beforeAll(async () => {
  inbox = await startSmtpInbox();
  received = inbox.mails;
});
afterAll(async () => {
  await mailSettled();
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  resetEnvCache();
  await inbox.stop();
});
beforeEach(async () => {
  await mailSettled(); // nothing of the previous test is still on its way
  await truncateAll();
  received.length = 0;
  process.env.SMTP_URL = inbox.url;
  process.env.APP_URL = APP_URL;
  resetEnvCache();
});

/** Mail goes after the commit, in the background: wait for it, then for the server to have it. */
async function mails(count: number, timeoutMs = 10_000) {
  await mailSettled();
  const until = Date.now() + timeoutMs;
  while (received.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect(received.length).toBe(count);
  return received;
}

async function world() {
  const home = await makeOrganization(['planner', 'reviewer', 'consultant', 'admin'], 'Mail');
  const { id: assessmentId } = await fixtureAssessment(home.actors.planner);
  await answer(home.actors.planner, assessmentId, 'commcare.p1.s1.summary', 'Ready');
  await answer(home.actors.planner, assessmentId, Q, 2500);
  return { ...home, assessmentId };
}

describe('notification mail through a real SMTP server', () => {
  it('mails each event at once to those who chose it, in their language, with a link on APP_URL', async () => {
    const { actors, assessmentId } = await world();
    await testDb().user.update({ where: { id: actors.reviewer.userId }, data: { locale: 'fr' } });
    await saveMailPreference(testDb(), actors.admin, { preference: 'none' });
    await decide(actors.planner, assessmentId, CP, 'submit');

    const [mail] = await mails(1);
    expect(mail!.to).toBe(actors.reviewer.email);
    expect(mail!.subject).toContain('Hosting Readiness');
    expect(mail!.body).toContain('a soumis « The summary is written. » pour revue');
    expect(mail!.body).toContain(`${APP_URL}/assessments/${assessmentId}/phases/commcare.p1#discussion-${CP}`);
    expect(mail!.body).toContain(`${APP_URL}/account`);
    expect(mail!.body).not.toMatch(/<[a-z]+[\s>]/i); // plain text only
    // Each notification once: it is marked mailed.
    expect(await testDb().notification.findMany({ where: { mail: 'now' }, select: { mailedAt: true } })).toEqual([{ mailedAt: expect.any(Date) }]);
    // The administrator chose no mail: their notification is in the inbox only.
    expect(await testDb().notification.findFirstOrThrow({ where: { userId: actors.admin.userId } })).toMatchObject({ mail: 'never', mailedAt: null });
  });

  it('keeps digest notifications for one daily mail; a second run the same day sends nothing', async () => {
    const { actors, assessmentId } = await world();
    for (const a of [actors.reviewer, actors.admin]) await saveMailPreference(testDb(), a, { preference: 'digest' });
    await testDb().user.update({ where: { id: actors.reviewer.userId }, data: { locale: 'pt' } });
    await decide(actors.planner, assessmentId, CP, 'submit');
    await postComment(testDb(), actors.planner, { assessmentId, subjectId: Q, body: `@${(await testDb().user.findUniqueOrThrow({ where: { id: actors.reviewer.userId } })).name} does this look right?` });
    await mailSettled();
    expect(received).toHaveLength(0); // nothing mailed at once

    const now = new Date();
    expect(await sendDigests(testDb(), now)).toEqual({ mailed: 2, notifications: 3 });
    const mailsSent = await mails(2);
    const toReviewer = mailsSent.find((m) => m.to === actors.reviewer.email)!;
    expect(toReviewer.subject).toBe('Hosting Readiness: 2 novas notificações');
    expect(toReviewer.body).toContain('submeteu «The summary is written.» para revisão');
    expect(toReviewer.body).toContain('mencionou-o na discussão de «Users»');
    expect(toReviewer.body).toContain(`${APP_URL}/notifications`);

    // Later the same day: a new notification waits for tomorrow's digest.
    await postComment(testDb(), actors.reviewer, { assessmentId, subjectId: Q, body: 'It does.' });
    await postComment(testDb(), actors.planner, { assessmentId, subjectId: Q, body: 'Thanks.' });
    expect(await testDb().notification.count({ where: { userId: actors.reviewer.userId, mail: 'digest', mailedAt: null } })).toBe(1);
    expect(await sendDigests(testDb(), new Date(now.getTime() + 60 * 60 * 1000))).toEqual({ mailed: 0, notifications: 0 });
    const tomorrow = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    await testDb().$executeRaw`UPDATE "Notification" SET "createdAt" = ${new Date(now.getTime() + 2 * 60 * 60 * 1000)} WHERE "mailedAt" IS NULL`;
    expect(await sendDigests(testDb(), tomorrow)).toEqual({ mailed: 1, notifications: 1 });
    await mailSettled();
    expect(received.filter((m) => m.to === actors.reviewer.email).map((m) => m.subject)).toEqual(['Hosting Readiness: 2 novas notificações', 'Hosting Readiness: 1 nova notificação']);
    expect(await sendDigests(testDb(), tomorrow)).toEqual({ mailed: 0, notifications: 0 });
  });

  it('`npm run digest` (its script, in a process of its own) mails the digests that are due', async () => {
    const { actors, assessmentId } = await world();
    await saveMailPreference(testDb(), actors.reviewer, { preference: 'digest' });
    await decide(actors.planner, assessmentId, CP, 'submit');
    await mailSettled();
    const before = received.length; // the administrator's own mail, sent at once
    // Not spawnSync: the SMTP server answers from this process's event loop.
    const run = await promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/digest.ts'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: databaseUrl(), SMTP_URL: inbox.url, APP_URL },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Digests mailed: 1 (1 notifications).');
    const digest = (await mails(before + 1)).at(-1)!;
    expect(digest.to).toBe(actors.reviewer.email);
    expect(digest.subject).toBe('Hosting Readiness: 1 new notification');
    expect(await testDb().notification.count({ where: { userId: actors.reviewer.userId, mailedAt: null } })).toBe(0);
  });

  it('mails nothing without SMTP_URL and nothing for "none"; the inbox has it all', async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    const { actors, assessmentId } = await world();
    await decide(actors.planner, assessmentId, CP, 'submit');
    expect(await sendDigests(testDb())).toEqual({ mailed: 0, notifications: 0 });
    await mailSettled();
    expect(received).toHaveLength(0);
    expect(await testDb().notification.count({ where: { mail: 'never' } })).toBe(2);
  });

  it('keeps the notification when the mail server cannot be reached, and records the setting change', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    resetEnvCache();
    const { actors, assessmentId } = await world();
    await decide(actors.planner, assessmentId, CP, 'submit');
    await mailSettled();
    // The claim is released when the server refuses: the rows end unmailed, in the inbox.
    expect(await testDb().notification.count({ where: { mail: 'now', mailedAt: null } })).toBe(2);

    expect((await refusal(saveMailPreference(testDb(), actors.planner, { preference: 'hourly' }))).status).toBe(422);
    await saveMailPreference(testDb(), actors.planner, { preference: 'digest' });
    expect(await testDb().auditEvent.findFirstOrThrow({ where: { action: 'account.mail-preference-changed' } })).toMatchObject({ before: { preference: 'each' }, after: { preference: 'digest' } });
  });
});
