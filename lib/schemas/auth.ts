import { z } from 'zod';
import { ROLES, TOKEN_SCOPE_NAMES } from '@/lib/auth/permissions';
import { LOCALES } from '@/lib/domain/locale';

const ZEmail = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'Email addresses are at most 254 characters.')
  .pipe(z.email({ error: 'Enter a valid email address.' }));

export const ZSignIn = z
  .object({
    email: ZEmail,
    password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(256, 'Passwords are at most 256 characters.'),
  })
  .strict();
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZRole = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(', ')}.` });

const ZNewPassword = z
  .string({ error: 'Choose a password.' })
  .min(12, 'Passwords need at least 12 characters.')
  .max(256, 'Passwords are at most 256 characters.');

/** Invitation links carry 43 base64url characters; anything else is not one of ours. */
export const ZInvitationToken = z.string({ error: 'This invitation link is not valid.' }).regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is not valid.');

export const ZInviteMember = z.object({ email: ZEmail, role: ZRole }).strict();
export type TInviteMember = z.infer<typeof ZInviteMember>;

export const ZInvitationRef = z.object({ invitationId: z.uuid({ error: 'Unknown invitation.' }) }).strict();
export const ZInvitationTokenInput = z.object({ token: ZInvitationToken }).strict();

export const ZAcceptWithSignIn = z
  .object({ token: ZInvitationToken, password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(256, 'Passwords are at most 256 characters.') })
  .strict();

export const ZAcceptWithNewAccount = z
  .object({
    token: ZInvitationToken,
    name: z.string({ error: 'Enter your name.' }).trim().min(1, 'Enter your name.').max(200, 'Names are at most 200 characters.'),
    password: ZNewPassword,
    confirmPassword: z.string({ error: 'Type the password again.' }).max(256),
  })
  .strict()
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], error: 'The two passwords are not the same.' });

export const ZChangePassword = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(256, 'Passwords are at most 256 characters.'),
    newPassword: ZNewPassword,
    confirmPassword: z.string({ error: 'Type the new password again.' }).max(256),
  })
  .strict()
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: 'The two passwords are not the same.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: 'Choose a password different from the current one.' });

/** "Yes, end every session": a deliberate request, not an empty body. */
export const ZSignOutEverywhere = z.object({ confirm: z.literal('every-session', { error: 'Confirm that every session should end.' }) }).strict();
export const ZMembershipRef = z.object({ membershipId: z.uuid({ error: 'Unknown member.' }) }).strict();
export const ZLeaveOrganization = z.object({ organizationId: z.uuid({ error: 'Unknown organisation.' }) }).strict();

export const ZChangeRole = z
  .object({
    membershipId: z.uuid({ error: 'Unknown member.' }),
    role: ZRole,
  })
  .strict();
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZSwitchOrganization = z.object({ organizationId: z.uuid({ error: 'Unknown organisation.' }) }).strict();

export const ZCreateApiToken = z
  .object({
    name: z.string({ error: 'Name the token.' }).trim().min(1, 'Name the token.').max(100, 'Names are at most 100 characters.'),
    expiresInDays: z.number({ error: 'Choose how long the token works.' }).int('Whole days only.').min(1, 'At least 1 day.').max(365, 'At most 365 days.'),
    scopes: z.array(z.enum(TOKEN_SCOPE_NAMES, { error: 'Choose what the token may do.' })).min(1, 'Choose what the token may do.').max(TOKEN_SCOPE_NAMES.length),
  })
  .strict();
export const ZApiTokenRef = z.object({ tokenId: z.uuid({ error: 'Unknown token.' }) }).strict();

/** The language menu of the header and the sign-in page. */
export const ZSetLanguage = z.object({ locale: z.enum(LOCALES, { error: 'Choose English, French or Portuguese.' }) }).strict();
export type TSetLanguage = z.infer<typeof ZSetLanguage>;
