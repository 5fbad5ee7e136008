import 'server-only';
import { createTranslator } from 'use-intl/core';
import type { TRole } from '@/lib/auth/permissions';
import { formatDateIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import { loadMessages } from '@/lib/i18n/load-messages';

/** The words of the mails the app sends, from content/messages/<locale>/email.json. */
const emailText = (locale: TLocale) => createTranslator({ locale, messages: loadMessages(locale), namespace: 'email' as never }) as unknown as (key: string, values?: Record<string, string>) => string;

export type TInvitationMail = { organizationName: string; inviterName: string; role: TRole; link: string; expiresAt: Date };

/** The invitation mail (subject and plain-text body) in `locale`. */
export function invitationMail(locale: TLocale, m: TInvitationMail): { subject: string; text: string } {
  const t = emailText(locale);
  return {
    subject: t('invitation.subject', { organization: m.organizationName }),
    text: [
      t('invitation.invited', { inviter: m.inviterName, organization: m.organizationName, role: t(`invitation.roles.${m.role}`) }),
      '',
      t('invitation.openLink'),
      m.link,
      '',
      t('invitation.validUntil', { until: formatDateIn(locale, m.expiresAt) }),
    ].join('\n'),
  };
}
