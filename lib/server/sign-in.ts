import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { hashToken, newSessionToken } from '@/lib/auth/tokens';
import { decideSignIn, waitMessage } from '@/lib/domain/sign-in-throttle';
import { ZSignIn } from '@/lib/schemas/auth';
import { authPolicy, type TAuthPolicy } from './auth-policy';
import { InvalidInputError, RateLimitedError } from './errors';
import { fieldErrors } from '@/lib/schemas/field-errors';

export const WRONG_CREDENTIALS = 'The email or password is not right.';
/** Only these count towards the limits: a throttled attempt or a right password never does. */
const FAILURE_REASONS = ['wrong_password', 'unknown_account'];

export interface TSignInContext {
  ip: string;
  /** The browser's known-device cookie, if it has one. */
  deviceToken?: string;
  now?: Date;
  policy?: TAuthPolicy;
}

export interface TSignInResult {
  token: string;
  expiresAt: Date;
  userId: string;
  organizationId: string;
  /** The known-device cookie to (re)set: the browser's own when it had one, else a new one. */
  deviceToken: string;
}

/**
 * Checks the sign-in limits (lib/domain/sign-in-throttle.ts), then the password, and records the
 * attempt. Returns the user when the password is right; throws the same message for a wrong
 * password and an unknown account.
 */
export async function verifyCredentials(prisma: TPrisma, raw: unknown, context: TSignInContext) {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  const { email, password } = parsed.data;
  const now = context.now ?? new Date();
  const policy = context.policy ?? authPolicy();
  const ip = context.ip.slice(0, 64);
  const since = new Date(now.getTime() - policy.windowMs);
  const failed = { succeeded: false, reason: { in: FAILURE_REASONS }, createdAt: { gt: since, lte: now } };

  const [pair, client, account, user] = await Promise.all([
    prisma.signInAttempt.findMany({ where: { email, ip, ...failed }, select: { createdAt: true }, orderBy: { createdAt: 'desc' } }),
    prisma.signInAttempt.aggregate({ where: { ip, ...failed }, _count: true, _min: { createdAt: true } }),
    prisma.signInAttempt.aggregate({ where: { email, ...failed }, _count: true, _min: { createdAt: true } }),
    prisma.user.findUnique({ where: { email }, include: { memberships: { orderBy: { createdAt: 'asc' }, take: 1 } } }),
  ]);
  const isKnownDevice =
    !!user && !!context.deviceToken && context.deviceToken.length <= 200 && (await prisma.knownDevice.count({ where: { userId: user.id, tokenHash: hashToken(context.deviceToken) } })) > 0;
  const decision = decideSignIn(
    {
      pair: pair.map((p) => p.createdAt),
      clientCount: client._count,
      clientOldest: client._min.createdAt,
      accountCount: account._count,
      accountOldest: account._min.createdAt,
      isKnownDevice,
    },
    now,
    policy,
  );
  if (!decision.allowed) {
    await prisma.signInAttempt.create({ data: { email, ip, succeeded: false, reason: `throttled_${decision.limit}`, createdAt: now } });
    throw new RateLimitedError(waitMessage(decision.retryAfterMs));
  }

  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await prisma.signInAttempt.create({ data: { email, ip, succeeded: false, reason: !user ? 'unknown_account' : 'wrong_password', createdAt: now } });
    throw new InvalidInputError(WRONG_CREDENTIALS);
  }
  return { user, firstMembership: user.memberships[0] ?? null, email, ip, now, policy };
}

/** Opens a session and remembers this browser for the account. */
export async function openSession(
  prisma: TPrisma,
  input: { userId: string; organizationId: string; email: string; ip: string; deviceToken?: string; now: Date; policy: TAuthPolicy },
): Promise<TSignInResult> {
  const token = newSessionToken();
  const device = input.deviceToken && input.deviceToken.length <= 200 ? input.deviceToken : newSessionToken();
  const expiresAt = new Date(input.now.getTime() + input.policy.absoluteMs);
  await prisma.$transaction([
    prisma.signInAttempt.create({ data: { email: input.email, ip: input.ip, succeeded: true, createdAt: input.now } }),
    prisma.session.create({
      data: { tokenHash: hashToken(token), userId: input.userId, organizationId: input.organizationId, createdAt: input.now, lastSeenAt: input.now, expiresAt },
    }),
    prisma.knownDevice.upsert({
      where: { tokenHash_userId: { tokenHash: hashToken(device), userId: input.userId } },
      create: { tokenHash: hashToken(device), userId: input.userId, createdAt: input.now, lastUsedAt: input.now },
      update: { lastUsedAt: input.now },
    }),
  ]);
  return { token, expiresAt, userId: input.userId, organizationId: input.organizationId, deviceToken: device };
}

/**
 * Signs in to the user's first organisation. A fresh token is issued on every sign-in, so a planted
 * cookie can never be promoted.
 */
export async function signIn(prisma: TPrisma, raw: unknown, context: TSignInContext): Promise<TSignInResult> {
  const verified = await verifyCredentials(prisma, raw, context);
  if (!verified.firstMembership) {
    // Said only to someone who knows the password.
    await prisma.signInAttempt.create({ data: { email: verified.email, ip: verified.ip, succeeded: false, reason: 'no_membership', createdAt: verified.now } });
    throw new InvalidInputError('Your account does not belong to any organisation at the moment. Open the invitation link an administrator sent you to join one.');
  }
  return openSession(prisma, {
    userId: verified.user.id,
    organizationId: verified.firstMembership.organizationId,
    email: verified.email,
    ip: verified.ip,
    deviceToken: context.deviceToken,
    now: verified.now,
    policy: verified.policy,
  });
}
