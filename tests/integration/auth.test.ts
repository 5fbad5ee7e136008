import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '@/lib/server/sign-in';
import { resolveSession, revokeSession, switchOrganization } from '@/lib/server/sessions';
import type { TAuthPolicy } from '@/lib/server/auth-policy';
import { makeOrganization, refusal, TEST_PASSWORD, testDb, truncateAll } from './helpers';

const policy: TAuthPolicy = {
  idleMs: 30 * 60_000,
  absoluteMs: 8 * 3_600_000,
  windowMs: 15 * 60_000,
  freeFailuresPerClient: 3,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  maxFailuresPerClient: 6,
  maxFailuresPerAccount: 10,
};
const at = (iso: string) => new Date(iso);

describe('sign-in', () => {
  beforeEach(truncateAll);

  it('opens a session with the right password and records the attempt', async () => {
    const { actors } = await makeOrganization(['planner']);
    const result = await signIn(testDb(), { email: actors.planner.email.toUpperCase(), password: TEST_PASSWORD }, { ip: '10.0.0.1', policy });
    const session = await resolveSession(testDb(), result.token, new Date(), policy);
    expect(session?.actor).toEqual({ userId: actors.planner.userId, organizationId: actors.planner.organizationId, role: 'planner' });
    const attempts = await testDb().signInAttempt.findMany();
    expect(attempts.map((a) => [a.email, a.succeeded])).toEqual([[actors.planner.email, true]]);
    const stored = await testDb().session.findFirstOrThrow();
    expect(stored.tokenHash).not.toBe(result.token);
  });

  it('refuses a wrong password and an unknown account with the same message, and records both', async () => {
    const { actors } = await makeOrganization(['planner']);
    const wrong = await refusal(signIn(testDb(), { email: actors.planner.email, password: 'nope' }, { ip: '10.0.0.2', policy }));
    const unknown = await refusal(signIn(testDb(), { email: 'nobody@test.example', password: 'nope' }, { ip: '10.0.0.2', policy }));
    expect(wrong.message).toBe('The email or password is not right.');
    expect(unknown.message).toBe(wrong.message);
    expect(await testDb().session.count()).toBe(0);
    const reasons = (await testDb().signInAttempt.findMany({ orderBy: { createdAt: 'asc' } })).map((a) => a.reason);
    expect(reasons.sort()).toEqual(['unknown_account', 'wrong_password']);
  });

  it.each([
    [{ email: 'not-an-email', password: 'x' }, 'email'],
    [{ email: 'a@b.example', password: '' }, 'password'],
    [{ email: 'a@b.example', password: 'x'.repeat(300) }, 'password'],
    [{ email: 'a@b.example', password: 'x', extra: 1 }, null],
  ])('refuses bad input %j with a field message and stores nothing', async (input, field) => {
    const error = await refusal(signIn(testDb(), input, { ip: '10.0.0.3', policy }));
    expect(error.status).toBe(422);
    if (field) expect((error.details as Record<string, string[]>)[field]?.[0]).toMatch(/\w/);
    expect(await testDb().signInAttempt.count()).toBe(0);
  });

  const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

  it('someone who knows only the email cannot keep the real user out: the right password from another client still signs in', async () => {
    const { actors } = await makeOrganization(['planner']);
    const now = at('2026-11-24T10:00:00Z');
    // The attacker keeps going from one client, at one attempt a second, long past the free failures.
    for (let i = 0; i < 20; i++) await refusal(signIn(testDb(), { email: actors.planner.email, password: 'wrong' }, { ip: '198.51.100.7', now: plus(now, i * 1000), policy }));
    const real = await signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, { ip: '10.1.1.1', now: plus(now, 20_000), policy });
    expect(real.userId).toBe(actors.planner.userId);
  });

  it('slows one client down with delays that double, and refused attempts extend nothing', async () => {
    const { actors } = await makeOrganization(['planner']);
    const email = actors.planner.email;
    const t0 = at('2026-11-24T10:00:00Z');
    const ip = '198.51.100.8';
    for (let i = 0; i < policy.freeFailuresPerClient; i++) expect((await refusal(signIn(testDb(), { email, password: 'wrong' }, { ip, now: t0, policy }))).status).toBe(422);
    // 3 failures: the next attempt waits 2 s after the newest one.
    const early = await refusal(signIn(testDb(), { email, password: TEST_PASSWORD }, { ip, now: plus(t0, 1_000), policy }));
    expect([early.status, early.message]).toEqual([429, 'Too many failed sign-in attempts. Wait 1 second and try again.']);
    // Hammering while throttled is refused and does not move the deadline.
    for (let i = 0; i < 10; i++) await refusal(signIn(testDb(), { email, password: 'wrong' }, { ip, now: plus(t0, 1_500), policy }));
    expect((await refusal(signIn(testDb(), { email, password: 'wrong' }, { ip, now: plus(t0, 2_000), policy }))).status).toBe(422); // 4th failure, counted
    // 4 failures: 4 s.
    expect((await refusal(signIn(testDb(), { email, password: TEST_PASSWORD }, { ip, now: plus(t0, 5_000), policy }))).status).toBe(429);
    await expect(signIn(testDb(), { email, password: TEST_PASSWORD }, { ip, now: plus(t0, 6_000), policy })).resolves.toMatchObject({ userId: actors.planner.userId });
    const throttled = await testDb().signInAttempt.count({ where: { reason: 'throttled_account-client' } });
    expect(throttled).toBe(12);
  });

  it('bounds one client guessing across many accounts', async () => {
    const { actors } = await makeOrganization(['planner']);
    const now = at('2026-11-24T11:00:00Z');
    for (let i = 0; i < policy.maxFailuresPerClient; i++) {
      await refusal(signIn(testDb(), { email: `guess${i}@test.example`, password: 'wrong' }, { ip: '10.9.9.9', now, policy }));
    }
    const limited = await refusal(signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, { ip: '10.9.9.9', now: plus(now, 60_000), policy }));
    expect(limited.status).toBe(429);
    expect(limited.message).toBe('Too many failed sign-in attempts. Wait 14 minutes and try again.');
    // The window passes from the oldest failure: nothing the client did meanwhile extended it.
    await expect(signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, { ip: '10.9.9.9', now: plus(now, policy.windowMs + 1000), policy })).resolves.toBeTruthy();
  });

  it('bounds guessing across many clients, except from a browser the account has signed in with before', async () => {
    const { actors } = await makeOrganization(['planner']);
    const email = actors.planner.email;
    const now = at('2026-11-24T12:00:00Z');
    const usual = await signIn(testDb(), { email, password: TEST_PASSWORD }, { ip: '10.3.0.1', now, policy });
    for (let i = 0; i < policy.maxFailuresPerAccount; i++) await refusal(signIn(testDb(), { email, password: 'wrong' }, { ip: `203.0.113.${i}`, now: plus(now, 1000), policy }));
    const stranger = await refusal(signIn(testDb(), { email, password: TEST_PASSWORD }, { ip: '10.3.0.2', now: plus(now, 2000), policy }));
    expect(stranger.status).toBe(429);
    const forged = await refusal(signIn(testDb(), { email, password: TEST_PASSWORD }, { ip: '10.3.0.2', deviceToken: 'made-up-device-token', now: plus(now, 2000), policy }));
    expect(forged.status).toBe(429);
    await expect(signIn(testDb(), { email, password: TEST_PASSWORD }, { ip: '10.3.0.3', deviceToken: usual.deviceToken, now: plus(now, 2000), policy })).resolves.toMatchObject({ userId: actors.planner.userId, deviceToken: usual.deviceToken });
    // Another account's known browser is no pass for this one.
    const other = await makeOrganization(['reviewer'], 'Other');
    const theirs = await signIn(testDb(), { email: other.actors.reviewer.email, password: TEST_PASSWORD }, { ip: '10.3.0.4', now, policy });
    expect((await refusal(signIn(testDb(), { email, password: TEST_PASSWORD }, { ip: '10.3.0.4', deviceToken: theirs.deviceToken, now: plus(now, 3000), policy }))).status).toBe(429);
  });

  it('says so, after the right password only, when the account belongs to no organisation', async () => {
    const { actors } = await makeOrganization(['planner']);
    await testDb().membership.deleteMany({ where: { userId: actors.planner.userId } });
    expect((await refusal(signIn(testDb(), { email: actors.planner.email, password: 'wrong' }, { ip: '10.4.0.1', policy }))).message).toBe('The email or password is not right.');
    expect((await refusal(signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, { ip: '10.4.0.1', policy }))).message).toMatch(/does not belong to any organisation/);
  });
});

describe('sessions', () => {
  beforeEach(truncateAll);

  async function openSession(now: Date) {
    const { actors } = await makeOrganization(['reviewer']);
    const { token } = await signIn(testDb(), { email: actors.reviewer.email, password: TEST_PASSWORD }, { ip: '10.2.0.1', now, policy });
    return { token, actors };
  }

  it('expires after the idle time', async () => {
    const now = at('2026-11-24T08:00:00Z');
    const { token } = await openSession(now);
    expect(await resolveSession(testDb(), token, new Date(now.getTime() + policy.idleMs - 1000), policy)).not.toBeNull();
    const afterUse = new Date(now.getTime() + policy.idleMs - 1000);
    expect(await resolveSession(testDb(), token, new Date(afterUse.getTime() + policy.idleMs + 1000), policy)).toBeNull();
  });

  it('expires at the absolute limit even when used constantly', async () => {
    const now = at('2026-11-24T08:00:00Z');
    const { token } = await openSession(now);
    for (let t = now.getTime(); t < now.getTime() + policy.absoluteMs; t += 20 * 60_000) {
      expect(await resolveSession(testDb(), token, new Date(t), policy)).not.toBeNull();
    }
    expect(await resolveSession(testDb(), token, new Date(now.getTime() + policy.absoluteMs + 1), policy)).toBeNull();
  });

  it('is revoked by sign-out and unknown tokens resolve to nothing', async () => {
    const { token } = await openSession(new Date());
    await revokeSession(testDb(), token);
    expect(await resolveSession(testDb(), token, new Date(), policy)).toBeNull();
    expect(await resolveSession(testDb(), 'forged-token', new Date(), policy)).toBeNull();
  });

  it('switches only to organisations the user belongs to', async () => {
    const { token, actors } = await openSession(new Date());
    const other = await makeOrganization(['admin'], 'Other');
    const session = (await resolveSession(testDb(), token, new Date(), policy))!;
    await expect(switchOrganization(testDb(), session.sessionId, actors.reviewer.userId, other.organization.id)).rejects.toThrow(/not found/);
    await testDb().membership.create({ data: { userId: actors.reviewer.userId, organizationId: other.organization.id, role: 'consultant' } });
    await switchOrganization(testDb(), session.sessionId, actors.reviewer.userId, other.organization.id);
    const switched = await resolveSession(testDb(), token, new Date(), policy);
    expect(switched?.actor).toMatchObject({ organizationId: other.organization.id, role: 'consultant' });
    expect(switched?.memberships).toHaveLength(2);
  });
});
