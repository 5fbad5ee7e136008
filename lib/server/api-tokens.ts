import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { TPrisma } from '@/lib/db/client';
import { can, isRole, type TTokenScope } from '@/lib/auth/permissions';
import { ZApiTokenRef, ZCreateApiToken } from '@/lib/schemas/auth';
import { requirePermission, type TActor } from './actor';
import { ForbiddenError, NotFoundError } from './errors';
import { parseInput } from './parse-input';
import type { TSessionView } from './sessions';

/** Requests per token per minute (README, API). */
export const TOKEN_REQUESTS_PER_MINUTE = 120;
const PREFIX = 'hr_';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a token for the caller in their current organisation; the token itself is returned once and never stored. */
export async function createApiToken(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'account.manage');
  const input = parseInput(ZCreateApiToken, raw);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  const scopes = [...new Set(input.scopes)].sort();
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.userId, organizationId: actor.organizationId, name: input.name, scopes, tokenHash: hash(token), prefix: token.slice(0, PREFIX.length + 6), createdAt: now, expiresAt, windowStart: now },
    });
    await tx.auditEvent.create({ data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'token.created', subject: input.name, after: { scopes, expiresAt: expiresAt.toISOString() } } });
    return created;
  });
  return { tokenId: row.id, token, name: row.name, scopes, expiresAt };
}

/** The caller's own tokens here, or — for an administrator with `all` — every member's. */
export async function listApiTokens(prisma: TPrisma, actor: TActor, options: { all?: boolean } = {}) {
  requirePermission(actor, options.all ? 'token.manage-organization' : 'account.manage');
  const rows = await prisma.apiToken.findMany({
    where: { organizationId: actor.organizationId, revokedAt: null, ...(options.all ? {} : { userId: actor.userId }) },
    include: { user: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, scopes: r.scopes as TTokenScope[], owner: r.user.name, createdAt: r.createdAt, expiresAt: r.expiresAt, lastUsedAt: r.lastUsedAt }));
}

/** Revokes one of the caller's tokens; an administrator may revoke any member's token in the organisation. */
export async function revokeApiToken(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'account.manage');
  const { tokenId } = parseInput(ZApiTokenRef, raw);
  const mayRevokeAny = can(actor.role, 'token.manage-organization');
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, organizationId: actor.organizationId, revokedAt: null, ...(mayRevokeAny ? {} : { userId: actor.userId }) } });
    if (!token && !mayRevokeAny) throw new ForbiddenError('You can revoke only your own tokens; an administrator can revoke any member’s.');
    if (!token) throw new NotFoundError('That token');
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await tx.auditEvent.create({ data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'token.revoked', subject: token.name, before: { owner: token.userId } } });
    return { tokenId };
  });
}

export type TTokenSession = TSessionView & { scopes: string[] };
export type TTokenResolution = { ok: true; session: TTokenSession } | { ok: false; status: 401 | 429; error: string };

/**
 * The caller behind `Authorization: Bearer …`: counts the request against the token's per-minute
 * limit and records its use in one statement, then checks that the owner still belongs to the
 * token's organisation (a removed member's tokens stop working with the membership).
 */
export async function resolveApiToken(prisma: TPrisma, token: string, now = new Date()): Promise<TTokenResolution> {
  const invalid = { ok: false, status: 401, error: 'The API token is not valid: it is unknown, revoked or expired.' } as const;
  if (!token.startsWith(PREFIX) || token.length > 200) return invalid;
  const windowFrom = new Date(now.getTime() - 60_000);
  const rows = await prisma.$queryRaw<{ id: string; userId: string; organizationId: string; scopes: string[]; windowCount: number; role: string | null; userName: string; email: string; organizationName: string }[]>`
    WITH used AS (
      UPDATE "ApiToken" SET
        "windowCount" = CASE WHEN "windowStart" <= ${windowFrom} THEN 1 ELSE "windowCount" + 1 END,
        "windowStart" = CASE WHEN "windowStart" <= ${windowFrom} THEN ${now} ELSE "windowStart" END,
        "lastUsedAt" = ${now}
      WHERE "tokenHash" = ${hash(token)} AND "revokedAt" IS NULL AND "expiresAt" > ${now}
      RETURNING id, "userId", "organizationId", scopes, "windowCount"
    )
    SELECT used.*, m.role::text AS role, u.name AS "userName", u.email, o.name AS "organizationName"
    FROM used
    JOIN "User" u ON u.id = used."userId"
    JOIN "Organization" o ON o.id = used."organizationId"
    LEFT JOIN "Membership" m ON m."userId" = used."userId" AND m."organizationId" = used."organizationId"`;
  const row = rows[0];
  if (!row || !isRole(row.role)) return invalid;
  if (row.windowCount > TOKEN_REQUESTS_PER_MINUTE) return { ok: false, status: 429, error: `This token made more than ${TOKEN_REQUESTS_PER_MINUTE} requests in a minute. Wait a minute and try again.` };
  const membership = { organizationId: row.organizationId, organizationName: row.organizationName, role: row.role };
  return {
    ok: true,
    session: {
      sessionId: `token:${row.id}`,
      actor: { userId: row.userId, organizationId: row.organizationId, role: row.role },
      user: { id: row.userId, name: row.userName, email: row.email },
      organization: { id: row.organizationId, name: row.organizationName },
      role: row.role,
      memberships: [membership],
      scopes: row.scopes,
    },
  };
}
