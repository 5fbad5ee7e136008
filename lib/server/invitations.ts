import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import type { TRole } from '@/lib/auth/permissions';
import { hashToken, newSessionToken } from '@/lib/auth/tokens';
import { appUrl, env } from '@/lib/env';
import { log } from '@/lib/log';
import { ZAcceptWithNewAccount, ZAcceptWithSignIn, ZInvitationRef, ZInvitationTokenInput, ZInviteMember } from '@/lib/schemas/auth';
import { requirePermission, type TActor } from './actor';
import { parseInput } from './parse-input';
import { authPolicy } from './auth-policy';
import { ConflictError, InvalidInputError, NotFoundError, UnavailableError } from './errors';
import { isMailConfigured, sendMail } from './mailer';
import { invitationMail } from './mail-text';
import { firstLocale, type TLocale } from '@/lib/domain/locale';
import { openSession, verifyCredentials, type TSignInContext, type TSignInResult } from './sign-in';

/**
 * Memberships by invitation. An admin invites an email with a role; the link carries a random,
 * single-use token (only its SHA-256 is stored) that expires and can be revoked. Nobody but the
 * person sets a password: a new person creates their account from the link, someone with an
 * account signs in and accepts. The admin's view is the same whether or not the email has an
 * account, and the organisation learns nothing of the person until they accept.
 */
const INVALID = 'This invitation is no longer valid: it was used, declined, revoked or it expired. Ask the administrator who invited you for a new one.';


const pendingWhere = (now: Date) => ({ acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: now } });

export function invitationLink(token: string): string {
  return `${appUrl()}/invitations/${token}`;
}

export interface TInviteResult {
  email: string;
  role: TRole;
  expiresAt: Date;
  /** Mailed to the person (SMTP configured) or not. */
  mailed: boolean;
  /** The link to hand over, when it was not mailed. With SMTP it is never shown: only the mailbox's owner can use it. */
  link: string | null;
}

/**
 * `senderLocale` is the language the inviting administrator's request is in (their setting, else their
 * browser's): the mail is in the invitee's own language when they already have an account, else in
 * the inviter's setting, else in that one, else English.
 */
export async function inviteMember(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date(), senderLocale?: TLocale): Promise<TInviteResult> {
  requirePermission(actor, 'member.invite');
  const input = parseInput(ZInviteMember, raw);
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + env().INVITATION_DAYS * 86_400_000);
  const { organizationName, inviterName, invitationId, locale } = await prisma.$transaction(async (tx) => {
    // Whether the email is a member here is this organisation's own business; whether it has an account elsewhere is not asked.
    const member = await tx.membership.findFirst({ where: { organizationId: actor.organizationId, user: { email: input.email } }, select: { id: true } });
    if (member) throw new ConflictError('That person is already a member of this organisation.');
    const replaced = await tx.invitation.updateMany({ where: { organizationId: actor.organizationId, email: input.email, ...pendingWhere(now) }, data: { revokedAt: now } });
    const invitation = await tx.invitation.create({
      data: { organizationId: actor.organizationId, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: actor.userId, createdAt: now, expiresAt },
    });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'invitation.created', subject: input.email, after: { role: input.role, expiresAt: expiresAt.toISOString(), replacedEarlier: replaced.count > 0 } },
    });
    // One after the other: a transaction is one connection, and pg runs one statement at a time on it
    // (several sent at once were queued by pg, a use it has deprecated and pg 9 refuses).
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, locale: true } });
    // Only the mail's language depends on it; the administrator's view stays the same either way.
    const invitee = await tx.user.findUnique({ where: { email: input.email }, select: { locale: true } });
    return { organizationName: organization.name, inviterName: inviter.name, invitationId: invitation.id, locale: firstLocale(invitee?.locale, inviter.locale, senderLocale) };
  });

  if (!isMailConfigured()) return { email: input.email, role: input.role, expiresAt, mailed: false, link: invitationLink(token) };
  try {
    await sendMail({ to: input.email, ...invitationMail(locale, { organizationName, inviterName, role: input.role, link: invitationLink(token), expiresAt }) });
  } catch (error) {
    log('error', 'invitation mail failed', null, { error });
    await prisma.$transaction([
      prisma.invitation.update({ where: { id: invitationId }, data: { revokedAt: new Date() } }),
      prisma.auditEvent.create({ data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'invitation.revoked', subject: input.email, after: { reason: 'mail not sent' } } }),
    ]);
    throw new UnavailableError('The invitation email could not be sent, so the invitation was withdrawn. Try again later, or ask whoever runs this server to check its mail settings.');
  }
  return { email: input.email, role: input.role, expiresAt, mailed: true, link: null };
}

export async function listInvitations(prisma: TPrisma, actor: TActor, now = new Date()) {
  requirePermission(actor, 'member.list');
  const rows = await prisma.invitation.findMany({ where: { organizationId: actor.organizationId, ...pendingWhere(now) }, orderBy: { createdAt: 'asc' } });
  const inviters = await prisma.user.findMany({ where: { id: { in: rows.map((r) => r.invitedById) } }, select: { id: true, name: true } });
  const names = new Map(inviters.map((u) => [u.id, u.name]));
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, invitedBy: names.get(r.invitedById) ?? 'A former member', createdAt: r.createdAt, expiresAt: r.expiresAt }));
}

export async function revokeInvitation(prisma: TPrisma, actor: TActor, raw: unknown, now = new Date()) {
  requirePermission(actor, 'invitation.revoke');
  const { invitationId } = parseInput(ZInvitationRef, raw);
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, organizationId: actor.organizationId } });
    if (!invitation) throw new NotFoundError('That invitation');
    const done = await tx.invitation.updateMany({ where: { id: invitationId, ...pendingWhere(now) }, data: { revokedAt: now } });
    if (done.count !== 1) throw new ConflictError('That invitation was already used, declined, revoked or expired.');
    await tx.auditEvent.create({ data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'invitation.revoked', subject: invitation.email, before: { role: invitation.role } } });
    return { invitationId };
  });
}

/** What the invitation page shows: only to whoever holds the link, and the same whether or not the email has an account. */
export async function viewInvitation(prisma: TPrisma, token: string, now = new Date()) {
  const parsed = ZInvitationTokenInput.safeParse({ token });
  if (!parsed.success) return null;
  const invitation = await prisma.invitation.findFirst({ where: { tokenHash: hashToken(token), ...pendingWhere(now) }, include: { organization: { select: { name: true } } } });
  if (!invitation) return null;
  const inviter = await prisma.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true } });
  return { email: invitation.email, role: invitation.role, organizationName: invitation.organization.name, invitedBy: inviter?.name ?? 'An administrator', expiresAt: invitation.expiresAt };
}

type TTx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0];

/** Marks the invitation used (once: a concurrent second use finds nothing) and adds the membership, audited. */
async function consume(tx: TTx, token: string, user: { id: string; email: string }, now: Date): Promise<{ organizationId: string; role: TRole }> {
  const invitation = await tx.invitation.findFirst({ where: { tokenHash: hashToken(token), ...pendingWhere(now) } });
  if (!invitation) throw new NotFoundError('That invitation');
  if (invitation.email !== user.email) throw new ConflictError(`This invitation is for ${invitation.email}. Sign out, then open the link again and sign in with that address.`);
  const used = await tx.invitation.updateMany({ where: { id: invitation.id, ...pendingWhere(now) }, data: { acceptedAt: now, acceptedById: user.id } });
  if (used.count !== 1) throw new NotFoundError('That invitation');
  const existing = await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId: invitation.organizationId } } });
  if (!existing) await tx.membership.create({ data: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role } });
  await tx.auditEvent.create({
    data: { organizationId: invitation.organizationId, actorId: user.id, action: 'invitation.accepted', subject: user.email, after: { role: existing?.role ?? invitation.role } },
  });
  return { organizationId: invitation.organizationId, role: existing?.role ?? invitation.role };
}

/** A signed-in person accepts an invitation for their own email; the session moves to the organisation. */
export async function acceptInvitation(prisma: TPrisma, actor: TActor, raw: unknown, sessionId?: string, now = new Date()) {
  requirePermission(actor, 'account.manage');
  const { token } = parseInput(ZInvitationTokenInput, raw);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true } });
    const joined = await consume(tx, token, user, now).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new InvalidInputError(INVALID);
      throw error;
    });
    if (sessionId) await tx.session.updateMany({ where: { id: sessionId, userId: actor.userId, revokedAt: null }, data: { organizationId: joined.organizationId } });
    return joined;
  });
}

/** Someone with an account, not signed in: the password proves who they are (with the sign-in limits), then they join. */
export async function acceptWithSignIn(prisma: TPrisma, raw: unknown, context: TSignInContext): Promise<TSignInResult> {
  const input = parseInput(ZAcceptWithSignIn, raw);
  const now = context.now ?? new Date();
  const invitation = await prisma.invitation.findFirst({ where: { tokenHash: hashToken(input.token), ...pendingWhere(now) }, select: { email: true } });
  if (!invitation) throw new InvalidInputError(INVALID);
  const verified = await verifyCredentials(prisma, { email: invitation.email, password: input.password }, { ...context, now });
  const joined = await prisma.$transaction((tx) => consume(tx, input.token, { id: verified.user.id, email: verified.email }, now)).catch((error: unknown) => {
    if (error instanceof NotFoundError) throw new InvalidInputError(INVALID);
    throw error;
  });
  return openSession(prisma, { userId: verified.user.id, organizationId: joined.organizationId, email: verified.email, ip: verified.ip, deviceToken: context.deviceToken, now, policy: verified.policy });
}

/** A new person creates their account from the link, choosing their own password, and joins. */
export async function acceptWithNewAccount(prisma: TPrisma, raw: unknown, context: TSignInContext): Promise<TSignInResult> {
  const input = parseInput(ZAcceptWithNewAccount, raw);
  const now = context.now ?? new Date();
  const invitation = await prisma.invitation.findFirst({ where: { tokenHash: hashToken(input.token), ...pendingWhere(now) }, select: { email: true } });
  if (!invitation) throw new InvalidInputError(INVALID);
  const passwordHash = await hashPassword(input.password);
  const { userId, organizationId } = await prisma
    .$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        throw new ConflictError('An account with this email address already exists. Use “I already have an account” to sign in with it and accept.');
      }
      const user = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash, createdAt: now } });
      await tx.auditEvent.create({ data: { actorId: user.id, action: 'account.created', subject: user.email } });
      const joined = await consume(tx, input.token, { id: user.id, email: user.email }, now);
      return { userId: user.id, organizationId: joined.organizationId };
    })
    .catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new InvalidInputError(INVALID);
      if ((error as { code?: string }).code === 'P2002') throw new ConflictError('An account with this email address already exists. Use “I already have an account” to sign in with it and accept.');
      throw error;
    });
  return openSession(prisma, { userId, organizationId, email: invitation.email, ip: context.ip.slice(0, 64), deviceToken: context.deviceToken, now, policy: context.policy ?? authPolicy() });
}

/** Whoever holds the link may decline it: the organisation then sees the invitation gone, nothing else. */
export async function declineInvitation(prisma: TPrisma, raw: unknown, now = new Date()) {
  const { token } = parseInput(ZInvitationTokenInput, raw);
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { tokenHash: hashToken(token), ...pendingWhere(now) } });
    if (!invitation) throw new InvalidInputError(INVALID);
    const done = await tx.invitation.updateMany({ where: { id: invitation.id, ...pendingWhere(now) }, data: { declinedAt: now } });
    if (done.count !== 1) throw new InvalidInputError(INVALID);
    await tx.auditEvent.create({ data: { organizationId: invitation.organizationId, action: 'invitation.declined', subject: invitation.email } });
    return { declined: true };
  });
}
