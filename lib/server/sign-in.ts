import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { hashToken, newSessionToken } from '@/lib/auth/tokens';
import { ZSignIn } from '@/lib/schemas/auth';
import { authPolicy, type TAuthPolicy } from './auth-policy';
import { InvalidInputError, RateLimitedError } from './errors';
import { fieldErrors } from '@/lib/schemas/field-errors';

const WRONG_CREDENTIALS = 'The email or password is not right.';

export interface TSignInResult {
  token: string;
  expiresAt: Date;
  userId: string;
  organizationId: string;
}

/**
 * Checks the rate limits (per account and per IP, counted in PostgreSQL), then the password,
 * records the attempt either way, and opens a session in the user's first organisation.
 * A fresh token is issued on every sign-in, so a planted cookie can never be promoted.
 */
export async function signIn(
  prisma: TPrisma,
  raw: unknown,
  context: { ip: string; now?: Date; policy?: TAuthPolicy },
): Promise<TSignInResult> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  const { email, password } = parsed.data;
  const now = context.now ?? new Date();
  const policy = context.policy ?? authPolicy();
  const ip = context.ip.slice(0, 64);
  const since = new Date(now.getTime() - policy.windowMs);

  const [accountFailures, ipFailures] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since } } }),
    prisma.signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gt: since } } }),
  ]);
  const minutes = Math.ceil(policy.windowMs / 60_000);
  if (accountFailures >= policy.maxFailuresPerAccount || ipFailures >= policy.maxFailuresPerIp) {
    await prisma.signInAttempt.create({ data: { email, ip, succeeded: false, reason: 'rate_limited', createdAt: now } });
    throw new RateLimitedError(`Too many failed sign-in attempts. Wait ${minutes} minutes and try again.`);
  }

  const user = await prisma.user.findUnique({
    where: { email },
    include: { memberships: { orderBy: { createdAt: 'asc' }, take: 1 } },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const membership = user?.memberships[0];
  if (!user || !ok || !membership) {
    const reason = !user ? 'unknown_account' : !ok ? 'wrong_password' : 'no_membership';
    await prisma.signInAttempt.create({ data: { email, ip, succeeded: false, reason, createdAt: now } });
    throw new InvalidInputError(WRONG_CREDENTIALS);
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await prisma.$transaction([
    prisma.signInAttempt.create({ data: { email, ip, succeeded: true, createdAt: now } }),
    prisma.session.create({
      data: { tokenHash: hashToken(token), userId: user.id, organizationId: membership.organizationId, createdAt: now, lastSeenAt: now, expiresAt },
    }),
  ]);
  return { token, expiresAt, userId: user.id, organizationId: membership.organizationId };
}
