import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { verifyPassword } from '@/lib/auth/password';
import { changePassword, signOutEverywhere } from '@/lib/server/account';
import {
  acceptInvitation,
  acceptWithNewAccount,
  acceptWithSignIn,
  declineInvitation,
  inviteMember,
  listInvitations,
  revokeInvitation,
  viewInvitation,
} from '@/lib/server/invitations';
import { listMembers } from '@/lib/server/members';
import { resolveSession } from '@/lib/server/sessions';
import { signIn } from '@/lib/server/sign-in';
import { makeOrganization, refusal, TEST_PASSWORD, testDb, truncateAll } from './helpers';
import { startSmtpInbox, type TMail } from '../fixtures/smtp-inbox';

const tokenOf = (link: string | null) => link!.split('/invitations/')[1]!;
const ctx = { ip: '10.7.0.1' };

describe('invitations', () => {
  beforeEach(truncateAll);

  it('answers the admin the same whether or not the email has an account anywhere', async () => {
    const a = await makeOrganization(['admin']);
    const b = await makeOrganization(['planner'], 'B');
    const known = await inviteMember(testDb(), a.actors.admin, { email: b.actors.planner.email, role: 'reviewer' });
    const unknown = await inviteMember(testDb(), a.actors.admin, { email: 'nobody.yet@test.example', role: 'reviewer' });
    const shape = (r: typeof known) => ({ keys: Object.keys(r).sort(), mailed: r.mailed, role: r.role, hasLink: !!r.link });
    expect(shape(known)).toEqual(shape(unknown));
    // Nothing about the person reaches the organisation: no membership, no name, until they accept.
    expect((await listMembers(testDb(), a.actors.admin)).map((m) => m.email)).toEqual([a.actors.admin.email]);
    const pending = await listInvitations(testDb(), a.actors.admin);
    expect(pending.map((i) => [i.email, i.role])).toEqual([
      [b.actors.planner.email, 'reviewer'],
      ['nobody.yet@test.example', 'reviewer'],
    ]);
    expect(JSON.stringify(pending)).not.toContain('planner 2'); // the existing person's name
    // Only the token's hash is stored.
    const stored = await testDb().invitation.findMany();
    for (const row of stored) expect([tokenOf(known.link), tokenOf(unknown.link)]).not.toContain(row.tokenHash);
    expect(await testDb().auditEvent.count({ where: { action: 'invitation.created' } })).toBe(2);
  });

  it('cannot be used to pre-hijack an account across organisations (the probe’s path)', async () => {
    // Organisation A "creates" x@ministry.example before the ministry does. Today that is an invitation, and
    // only x can set a password; A's admin never chooses one.
    const attacker = await makeOrganization(['admin'], 'Attacker');
    const ministry = await makeOrganization(['admin', 'planner'], 'Ministry');
    await testDb().assessment.create({ data: { organizationId: ministry.organization.id, name: 'Secret', country: 'Niger', createdById: ministry.actors.planner.userId } });
    const x = 'x@ministry.example';
    await inviteMember(testDb(), attacker.actors.admin, { email: x, role: 'planner' });
    expect(await testDb().user.count({ where: { email: x } })).toBe(0);
    // The ministry invites the same person; x creates the account from the ministry's link with x's own password.
    const fromMinistry = await inviteMember(testDb(), ministry.actors.admin, { email: x, role: 'reviewer' });
    const session = await acceptWithNewAccount(testDb(), { token: tokenOf(fromMinistry.link), name: 'X', password: 'only x knows this', confirmPassword: 'only x knows this' }, ctx);
    const view = await resolveSession(testDb(), session.token);
    expect([view?.organization.id, view?.role]).toEqual([ministry.organization.id, 'reviewer']);
    // x is not a member of A, whose invitation x never accepted; and no password of A's opens the account.
    expect(view?.memberships.map((m) => m.organizationId)).toEqual([ministry.organization.id]);
    expect((await refusal(signIn(testDb(), { email: x, password: 'a-long-enough-password' }, { ip: '10.7.0.9' }))).status).toBe(422);
  });

  it('lets a new person set their own password and join once; the link then stops working', async () => {
    const { actors, organization } = await makeOrganization(['admin']);
    const invite = await inviteMember(testDb(), actors.admin, { email: 'New.Person@Test.example', role: 'consultant' });
    expect(invite.email).toBe('new.person@test.example');
    const token = tokenOf(invite.link);
    expect(await viewInvitation(testDb(), token)).toMatchObject({ email: 'new.person@test.example', role: 'consultant', organizationName: organization.name });
    const mismatch = await refusal(acceptWithNewAccount(testDb(), { token, name: 'N', password: 'twelve chars!', confirmPassword: 'different one' }, ctx));
    expect((mismatch.details as Record<string, string[]>).confirmPassword).toEqual(['The two passwords are not the same.']);
    const result = await acceptWithNewAccount(testDb(), { token, name: 'Nouvelle', password: 'twelve chars!', confirmPassword: 'twelve chars!' }, ctx);
    const user = await testDb().user.findUniqueOrThrow({ where: { email: 'new.person@test.example' } });
    expect(await verifyPassword(user.passwordHash, 'twelve chars!')).toBe(true);
    expect((await resolveSession(testDb(), result.token))?.role).toBe('consultant');
    expect(await viewInvitation(testDb(), token)).toBeNull();
    const again = await refusal(acceptWithNewAccount(testDb(), { token, name: 'Again', password: 'twelve chars!', confirmPassword: 'twelve chars!' }, ctx));
    expect(again.message).toMatch(/no longer valid/);
    expect(await testDb().auditEvent.count({ where: { action: 'invitation.accepted', organizationId: organization.id } })).toBe(1);
  });

  it('makes someone with an account sign in (with the sign-in limits) to accept, and never touches their password', async () => {
    const a = await makeOrganization(['admin']);
    const b = await makeOrganization(['planner'], 'B');
    const before = await testDb().user.findUniqueOrThrow({ where: { id: b.actors.planner.userId } });
    const token = tokenOf((await inviteMember(testDb(), a.actors.admin, { email: b.actors.planner.email, role: 'reviewer' })).link);
    // Creating "a new account" for an existing address is refused; nothing changes.
    expect((await refusal(acceptWithNewAccount(testDb(), { token, name: 'Hijack', password: 'attackers password', confirmPassword: 'attackers password' }, ctx))).status).toBe(409);
    expect(await refusal(acceptWithSignIn(testDb(), { token, password: 'not the password' }, ctx))).toMatchObject({ status: 422, message: 'The email or password is not right.' });
    expect(await testDb().membership.count({ where: { userId: b.actors.planner.userId } })).toBe(1);
    const session = await acceptWithSignIn(testDb(), { token, password: TEST_PASSWORD }, ctx);
    expect((await resolveSession(testDb(), session.token))?.organization.id).toBe(a.organization.id);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: b.actors.planner.userId } })).passwordHash).toBe(before.passwordHash);
  });

  it('lets a signed-in person accept only an invitation for their own address', async () => {
    const a = await makeOrganization(['admin']);
    const b = await makeOrganization(['planner', 'reviewer'], 'B');
    const token = tokenOf((await inviteMember(testDb(), a.actors.admin, { email: b.actors.planner.email, role: 'consultant' })).link);
    const wrongPerson = await refusal(acceptInvitation(testDb(), b.actors.reviewer, { token }));
    expect([wrongPerson.status, wrongPerson.message]).toEqual([409, expect.stringMatching(/This invitation is for/)]);
    expect(await testDb().membership.count({ where: { organizationId: a.organization.id } })).toBe(1);
    const { token: sessionToken } = await signIn(testDb(), { email: b.actors.planner.email, password: TEST_PASSWORD }, ctx);
    const view = (await resolveSession(testDb(), sessionToken))!;
    await expect(acceptInvitation(testDb(), b.actors.planner, { token }, view.sessionId)).resolves.toMatchObject({ organizationId: a.organization.id, role: 'consultant' });
    expect((await resolveSession(testDb(), sessionToken))?.organization.id).toBe(a.organization.id);
  });

  it('can be declined by whoever holds the link, revoked by an admin, and expires', async () => {
    const { actors } = await makeOrganization(['admin']);
    const declined = tokenOf((await inviteMember(testDb(), actors.admin, { email: 'd@test.example', role: 'planner' })).link);
    await declineInvitation(testDb(), { token: declined });
    expect(await viewInvitation(testDb(), declined)).toBeNull();
    const revoked = await inviteMember(testDb(), actors.admin, { email: 'r@test.example', role: 'planner' });
    const [pending] = await listInvitations(testDb(), actors.admin);
    await revokeInvitation(testDb(), actors.admin, { invitationId: pending!.id });
    expect((await refusal(revokeInvitation(testDb(), actors.admin, { invitationId: pending!.id }))).status).toBe(409);
    expect((await refusal(acceptWithNewAccount(testDb(), { token: tokenOf(revoked.link), name: 'R', password: 'twelve chars!', confirmPassword: 'twelve chars!' }, ctx))).message).toMatch(/no longer valid/);
    const now = new Date();
    const expiring = tokenOf((await inviteMember(testDb(), actors.admin, { email: 'e@test.example', role: 'planner' }, now)).link);
    expect(await viewInvitation(testDb(), expiring, new Date(now.getTime() + 8 * 86_400_000))).toBeNull();
    expect(await listInvitations(testDb(), actors.admin, new Date(now.getTime() + 8 * 86_400_000))).toEqual([]);
    expect(await testDb().auditEvent.count({ where: { action: { in: ['invitation.declined', 'invitation.revoked'] } } })).toBe(2);
  });

  it('replaces a pending invitation of the same address, and refuses one for a member', async () => {
    const { actors } = await makeOrganization(['admin', 'planner']);
    const first = tokenOf((await inviteMember(testDb(), actors.admin, { email: 'twice@test.example', role: 'planner' })).link);
    await inviteMember(testDb(), actors.admin, { email: 'twice@test.example', role: 'reviewer' });
    expect(await viewInvitation(testDb(), first)).toBeNull();
    expect((await listInvitations(testDb(), actors.admin)).map((i) => i.role)).toEqual(['reviewer']);
    expect((await refusal(inviteMember(testDb(), actors.admin, { email: actors.planner.email, role: 'admin' }))).status).toBe(409);
  });

  it('takes a concurrent second use of one link as invalid (single use)', async () => {
    const { actors, organization } = await makeOrganization(['admin']);
    const token = tokenOf((await inviteMember(testDb(), actors.admin, { email: 'race@test.example', role: 'planner' })).link);
    const attempts = await Promise.allSettled([0, 1, 2].map((i) => acceptWithNewAccount(testDb(), { token, name: `R${i}`, password: 'twelve chars!', confirmPassword: 'twelve chars!' }, ctx)));
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(await testDb().membership.count({ where: { organizationId: organization.id } })).toBe(2);
  });
});

describe('invitations by mail (a real SMTP server)', () => {
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let received: TMail[];

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    received = inbox.mails;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    await inbox.stop();
  });
  beforeEach(async () => {
    await truncateAll();
    received.length = 0;
    process.env.SMTP_URL = inbox.url;
    resetEnvCache();
  });

  it('mails the link to the person and never shows it to the admin', async () => {
    const { actors, organization } = await makeOrganization(['admin']);
    const result = await inviteMember(testDb(), actors.admin, { email: 'mailed@test.example', role: 'reviewer' });
    expect([result.mailed, result.link]).toEqual([true, null]);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe('mailed@test.example');
    const { body } = received[0]!;
    expect(body).toContain(`join ${organization.name}`);
    const link = /https?:\/\/\S+\/invitations\/([A-Za-z0-9_-]+)/.exec(body);
    expect(link).not.toBeNull();
    expect(await viewInvitation(testDb(), link![1]!)).toMatchObject({ email: 'mailed@test.example', role: 'reviewer' });
  });

  it('writes the mail in the invitee’s language, else the inviter’s, else the language the inviter’s request was in', async () => {
    const { actors, organization } = await makeOrganization(['admin']);
    const other = await makeOrganization(['planner'], 'Elsewhere');
    // The invitee already has an account, set to Portuguese: their language wins over the inviter's.
    await testDb().user.update({ where: { id: other.actors.planner.userId }, data: { locale: 'pt' } });
    await testDb().user.update({ where: { id: actors.admin.userId }, data: { locale: 'fr' } });
    await inviteMember(testDb(), actors.admin, { email: other.actors.planner.email, role: 'reviewer' }, new Date('2027-01-22T10:00:00Z'));
    // A new address: the inviter's own setting (French).
    await inviteMember(testDb(), actors.admin, { email: 'nouveau@test.example', role: 'planner' }, new Date('2027-01-22T10:00:00Z'));
    // The inviter has no setting: the language their request was in (Portuguese), else English.
    await testDb().user.update({ where: { id: actors.admin.userId }, data: { locale: null } });
    await inviteMember(testDb(), actors.admin, { email: 'novo@test.example', role: 'admin' }, new Date('2027-01-22T10:00:00Z'), 'pt');
    await inviteMember(testDb(), actors.admin, { email: 'new@test.example', role: 'consultant' }, new Date('2027-01-22T10:00:00Z'));
    const mails = received.map((r) => ({ to: r.to, subject: r.subject, text: r.body }));
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [other.actors.planner.email, `Convite para se juntar a ${organization.name} no Hosting Readiness`],
      ['nouveau@test.example', `Invitation à rejoindre ${organization.name} sur Hosting Readiness`],
      ['novo@test.example', `Convite para se juntar a ${organization.name} no Hosting Readiness`],
      ['new@test.example', `Invitation to join ${organization.name} on Hosting Readiness`],
    ]);
    expect(mails[0]!.text).toContain(`convidou-o a juntar-se a ${organization.name} no Hosting Readiness como revisor.`);
    expect(mails[0]!.text).toContain('até 29 de janeiro de 2027');
    expect(mails[1]!.text).toContain(`vous invite à rejoindre ${organization.name} sur Hosting Readiness en tant que planificateur.`);
    expect(mails[1]!.text).toContain('jusqu’au 29 janvier 2027');
    expect(mails[2]!.text).toContain('como administrador.');
    expect(mails[3]!.text).toContain('as consultant.');
    expect(mails[3]!.text).toContain('until 29 January 2027');
    // Every mail carries its link, whatever the language.
    for (const m of mails) expect(m.text).toMatch(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/);
  });

  it('withdraws the invitation when the mail server cannot be reached', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    resetEnvCache();
    const { actors } = await makeOrganization(['admin']);
    const error = await refusal(inviteMember(testDb(), actors.admin, { email: 'unreachable@test.example', role: 'reviewer' }));
    expect(error.status).toBe(503);
    expect(await listInvitations(testDb(), actors.admin)).toEqual([]);
  });
});

describe('account self-service', () => {
  beforeEach(truncateAll);

  it('changes the password after proving the current one, and ends every other session', async () => {
    const { actors } = await makeOrganization(['reviewer']);
    const email = actors.reviewer.email;
    const here = await signIn(testDb(), { email, password: TEST_PASSWORD }, ctx);
    const elsewhere = await signIn(testDb(), { email, password: TEST_PASSWORD }, { ip: '10.7.0.2' });
    const hereView = (await resolveSession(testDb(), here.token))!;
    const wrong = await refusal(changePassword(testDb(), actors.reviewer, { currentPassword: 'guess', newPassword: 'a new passphrase', confirmPassword: 'a new passphrase' }, hereView.sessionId));
    expect((wrong.details as Record<string, string[]>).currentPassword).toEqual(['This is not your current password.']);
    await expect(changePassword(testDb(), actors.reviewer, { currentPassword: TEST_PASSWORD, newPassword: 'a new passphrase', confirmPassword: 'a new passphrase' }, hereView.sessionId)).resolves.toEqual({ otherSessionsEnded: 1 });
    expect(await resolveSession(testDb(), here.token)).not.toBeNull();
    expect(await resolveSession(testDb(), elsewhere.token)).toBeNull();
    expect((await refusal(signIn(testDb(), { email, password: TEST_PASSWORD }, ctx))).status).toBe(422);
    await expect(signIn(testDb(), { email, password: 'a new passphrase' }, ctx)).resolves.toBeTruthy();
    expect(await testDb().auditEvent.count({ where: { action: 'account.password-changed' } })).toBe(1);
  });

  it('signs out everywhere, this session included, and only this person', async () => {
    const { actors } = await makeOrganization(['reviewer', 'planner']);
    const mine = await Promise.all([1, 2].map(() => signIn(testDb(), { email: actors.reviewer.email, password: TEST_PASSWORD }, ctx)));
    const theirs = await signIn(testDb(), { email: actors.planner.email, password: TEST_PASSWORD }, ctx);
    await expect(signOutEverywhere(testDb(), actors.reviewer, { confirm: 'every-session' })).resolves.toEqual({ sessionsEnded: 2 });
    for (const s of mine) expect(await resolveSession(testDb(), s.token)).toBeNull();
    expect(await resolveSession(testDb(), theirs.token)).not.toBeNull();
  });
});
