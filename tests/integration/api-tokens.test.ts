import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createApiToken, listApiTokens, resolveApiToken, revokeApiToken, TOKEN_REQUESTS_PER_MINUTE } from '@/lib/server/api-tokens';
import { removeMember } from '@/lib/server/members';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';

const input = { name: 'Budget spreadsheet', expiresInDays: 30, scopes: ['outputs', 'read'] };

describe('API tokens', () => {
  beforeEach(truncateAll);

  it('are shown once, stored only as a hash, and act as their owner in one organisation with their scopes', async () => {
    const { actors, organization } = await makeOrganization(['consultant']);
    const created = await createApiToken(testDb(), actors.consultant, input);
    expect(created.token).toMatch(/^hr_[A-Za-z0-9_-]{43}$/);
    const row = await testDb().apiToken.findFirstOrThrow();
    expect(row.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const resolved = await resolveApiToken(testDb(), created.token);
    expect(resolved).toMatchObject({ ok: true, session: { actor: { userId: actors.consultant.userId, organizationId: organization.id, role: 'consultant' }, scopes: ['outputs', 'read'] } });
    expect((await testDb().apiToken.findFirstOrThrow()).lastUsedAt).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { action: 'token.created' } })).toBe(1);
  });

  it('stop working when expired, revoked, forged, or when the owner leaves the organisation', async () => {
    const { actors } = await makeOrganization(['admin', 'planner']);
    const now = new Date();
    const expiring = await createApiToken(testDb(), actors.planner, { ...input, expiresInDays: 1 }, now);
    expect((await resolveApiToken(testDb(), expiring.token, new Date(now.getTime() + 86_400_000 + 1))).ok).toBe(false);
    const revoked = await createApiToken(testDb(), actors.planner, input);
    await revokeApiToken(testDb(), actors.planner, { tokenId: revoked.tokenId });
    expect(await resolveApiToken(testDb(), revoked.token)).toEqual({ ok: false, status: 401, error: expect.stringMatching(/not valid/) });
    expect((await resolveApiToken(testDb(), `${revoked.token.slice(0, -1)}x`)).ok).toBe(false);
    expect((await resolveApiToken(testDb(), 'not-even-a-token')).ok).toBe(false);
    const owners = await createApiToken(testDb(), actors.planner, input);
    await removeMember(testDb(), actors.admin, { membershipId: actors.planner.membershipId });
    expect((await resolveApiToken(testDb(), owners.token)).ok).toBe(false);
  });

  it(`are limited to ${TOKEN_REQUESTS_PER_MINUTE} requests a minute each`, async () => {
    const { actors } = await makeOrganization(['reviewer']);
    const { token } = await createApiToken(testDb(), actors.reviewer, input);
    const other = await createApiToken(testDb(), actors.reviewer, input);
    const t0 = new Date(Date.now() + 1000);
    for (let i = 0; i < TOKEN_REQUESTS_PER_MINUTE; i++) expect((await resolveApiToken(testDb(), token, t0)).ok).toBe(true);
    expect(await resolveApiToken(testDb(), token, t0)).toMatchObject({ ok: false, status: 429 });
    expect((await resolveApiToken(testDb(), other.token, t0)).ok).toBe(true); // per token
    expect((await resolveApiToken(testDb(), token, new Date(t0.getTime() + 60_001))).ok).toBe(true);
  });

  it('are listed to their owner, all of them to an administrator, and revoked by the owner or an administrator only', async () => {
    const { actors } = await makeOrganization(['admin', 'planner', 'reviewer']);
    const mine = await createApiToken(testDb(), actors.planner, input);
    await createApiToken(testDb(), actors.reviewer, { ...input, name: 'Reviewer dashboard' });
    expect((await listApiTokens(testDb(), actors.planner)).map((t) => t.name)).toEqual(['Budget spreadsheet']);
    expect((await listApiTokens(testDb(), actors.admin, { all: true })).map((t) => t.name).sort()).toEqual(['Budget spreadsheet', 'Reviewer dashboard']);
    expect((await refusal(listApiTokens(testDb(), actors.planner, { all: true }))).status).toBe(403);
    expect((await refusal(revokeApiToken(testDb(), actors.reviewer, { tokenId: mine.tokenId }))).status).toBe(403);
    await revokeApiToken(testDb(), actors.admin, { tokenId: mine.tokenId });
    expect((await resolveApiToken(testDb(), mine.token)).ok).toBe(false);
    const other = await makeOrganization(['admin'], 'Other');
    const theirs = await createApiToken(testDb(), other.actors.admin, input);
    expect((await refusal(revokeApiToken(testDb(), actors.admin, { tokenId: theirs.tokenId }))).status).toBe(404);
  });

  it('refuse bad input with field messages', async () => {
    const { actors } = await makeOrganization(['planner']);
    for (const [bad, field] of [
      [{ ...input, scopes: [] }, 'scopes'],
      [{ ...input, scopes: ['admin'] }, 'scopes'],
      [{ ...input, expiresInDays: 0 }, 'expiresInDays'],
      [{ ...input, expiresInDays: 366 }, 'expiresInDays'],
      [{ ...input, name: '' }, 'name'],
    ] as const) {
      const error = await refusal(createApiToken(testDb(), actors.planner, bad));
      expect(Object.keys(error.details as object), JSON.stringify(bad)).toContain(field);
    }
    expect(await testDb().apiToken.count()).toBe(0);
  });
});
