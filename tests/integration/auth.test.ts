import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '@/lib/server/sign-in';
import { resolveSession, revokeSession, switchOrganization } from '@/lib/server/sessions';
import type { TAuthPolicy } from '@/lib/server/auth-policy';
import { makeOrganization, refusal, TEST_PASSWORD, testDb, truncateAll } from './helpers';

const policy: TAuthPolicy = { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 6, windowMs: 15 * 60_000 };
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

  it('rate-limits an account after repeated failures, even with the right password', async () => {
    const { actors } = await makeOrganization(['planner']);
    const now = at('2026-11-24T10:00:00Z');
    for (let i = 0; i < policy.maxFailuresPerAccount; i++) {
      await refusal(signIn(testDb(), { email: actors.planner.email, password: 'wrong' }, { ip: `10.1.0.${i}`, now, policy }));
    }
    const limited = await refusal(signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, { ip: '10.1.1.1', now, policy }));
    expect(limited.status).toBe(429);
    expect(limited.message).toMatch(/Too many failed sign-in attempts\. Wait 15 minutes/);
    // After the window, the right password works again.
    const later = new Date(now.getTime() + policy.windowMs + 1000);
    await expect(signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, { ip: '10.1.1.1', now: later, policy })).resolves.toMatchObject({ userId: actors.planner.userId });
  });

  it('rate-limits an IP that tries many accounts', async () => {
    await makeOrganization(['planner']);
    const now = at('2026-11-24T11:00:00Z');
    for (let i = 0; i < policy.maxFailuresPerIp; i++) {
      await refusal(signIn(testDb(), { email: `guess${i}@test.example`, password: 'wrong' }, { ip: '10.9.9.9', now, policy }));
    }
    const limited = await refusal(signIn(testDb(), { email: 'another@test.example', password: 'wrong' }, { ip: '10.9.9.9', now, policy }));
    expect(limited.status).toBe(429);
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
