import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { isRole, type TRole } from '@/lib/auth/permissions';
import { hashToken } from '@/lib/auth/tokens';
import { authPolicy, type TAuthPolicy } from './auth-policy';
import type { TActor } from './actor';
import { NotFoundError } from './errors';

export interface TSessionView {
  sessionId: string;
  actor: TActor;
  user: { id: string; name: string; email: string; locale?: string | null };
  organization: { id: string; name: string };
  role: TRole;
  memberships: { organizationId: string; organizationName: string; role: TRole }[];
}

// Touching lastSeenAt on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 60_000;

/** The live session for a cookie token, or null when unknown, revoked, idle or expired. */
type TSessionRow = {
  id: string;
  userId: string;
  organizationId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  userName: string;
  userLocale: string | null;
  email: string;
  memberOrganizationId: string;
  role: string;
  organizationName: string;
};

export async function resolveSession(
  prisma: TPrisma,
  token: string | undefined,
  now = new Date(),
  policy: TAuthPolicy = authPolicy(),
): Promise<TSessionView | null> {
  if (!token || token.length > 200) return null;
  // One round trip: the session, its user and every membership with its organisation's name.
  const rows = await prisma.$queryRaw<TSessionRow[]>`
    SELECT s.id, s."userId", s."organizationId", s."expiresAt", s."lastSeenAt", s."revokedAt", u.name AS "userName", u.locale AS "userLocale", u.email,
           m."organizationId" AS "memberOrganizationId", m.role, o.name AS "organizationName"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    JOIN "Membership" m ON m."userId" = s."userId"
    JOIN "Organization" o ON o.id = m."organizationId"
    WHERE s."tokenHash" = ${hashToken(token)}
    ORDER BY m."createdAt" ASC`;
  const session = rows[0];
  if (!session || session.revokedAt) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > policy.idleMs) return null;
  const memberships = rows.flatMap((r) => (isRole(r.role) ? [{ organizationId: r.memberOrganizationId, organizationName: r.organizationName, role: r.role }] : []));
  const membership = memberships.find((m) => m.organizationId === session.organizationId);
  if (!membership) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    sessionId: session.id,
    actor: { userId: session.userId, organizationId: session.organizationId, role: membership.role },
    user: { id: session.userId, name: session.userName, email: session.email, locale: session.userLocale },
    organization: { id: membership.organizationId, name: membership.organizationName },
    role: membership.role,
    memberships,
  };
}

export async function revokeSession(prisma: TPrisma, token: string, now = new Date()): Promise<void> {
  await prisma.session.updateMany({ where: { tokenHash: hashToken(token), revokedAt: null }, data: { revokedAt: now } });
}

/** Moves the session to another organisation the user belongs to. */
export async function switchOrganization(prisma: TPrisma, sessionId: string, userId: string, organizationId: string): Promise<void> {
  const membership = await prisma.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } } });
  if (!membership) throw new NotFoundError('That organisation');
  await prisma.session.update({ where: { id: sessionId }, data: { organizationId } });
}
