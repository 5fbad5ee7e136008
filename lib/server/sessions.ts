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
  user: { id: string; name: string; email: string };
  organization: { id: string; name: string };
  role: TRole;
  memberships: { organizationId: string; organizationName: string; role: TRole }[];
}

// Touching lastSeenAt on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 60_000;

/** The live session for a cookie token, or null when unknown, revoked, idle or expired. */
export async function resolveSession(
  prisma: TPrisma,
  token: string | undefined,
  now = new Date(),
  policy: TAuthPolicy = authPolicy(),
): Promise<TSessionView | null> {
  if (!token || token.length > 200) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { include: { memberships: { include: { organization: true }, orderBy: { createdAt: 'asc' } } } } },
  });
  if (!session || session.revokedAt) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > policy.idleMs) return null;
  const membership = session.user.memberships.find((m) => m.organizationId === session.organizationId);
  if (!membership || !isRole(membership.role)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    sessionId: session.id,
    actor: { userId: session.userId, organizationId: session.organizationId, role: membership.role },
    user: { id: session.user.id, name: session.user.name, email: session.user.email },
    organization: { id: membership.organization.id, name: membership.organization.name },
    role: membership.role,
    memberships: session.user.memberships.map((m) => ({ organizationId: m.organizationId, organizationName: m.organization.name, role: m.role })),
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
