import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';

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

export const ZCreateMember = z
  .object({
    email: ZEmail,
    name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(200, 'Names are at most 200 characters.'),
    role: ZRole,
    password: z
      .string({ error: 'Enter an initial password.' })
      .min(12, 'Passwords need at least 12 characters.')
      .max(256, 'Passwords are at most 256 characters.'),
  })
  .strict();
export type TCreateMember = z.infer<typeof ZCreateMember>;

export const ZChangeRole = z
  .object({
    membershipId: z.uuid({ error: 'Unknown member.' }),
    role: ZRole,
  })
  .strict();
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZSwitchOrganization = z.object({ organizationId: z.uuid({ error: 'Unknown organisation.' }) }).strict();
