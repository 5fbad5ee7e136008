import 'server-only';
import { createTranslator } from 'use-intl/core';
import { appUrl } from '@/lib/env';
import { loadMessages } from '@/lib/i18n/load-messages';
import { formatDateIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import type { TNotificationView } from './describe';

function translator(locale: TLocale) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: 'notifications' as never }) as unknown as (key: string, values?: Record<string, string | number>) => string;
}

/** One notification as a sentence, in the reader's language (the inbox and mails share it). */
export function notificationSentence(t: (key: string, values?: Record<string, string | number>) => string, n: TNotificationView): string {
  return t(`event.${n.eventKey}`, { actor: n.actor ?? t('someone'), subject: n.subject ?? t('anItem'), assessment: n.assessment, version: n.rfpVersion ?? 1 });
}

/** The mail of one notification: plain text, in the recipient's language, its link on APP_URL. */
export function notificationMail(locale: TLocale, n: TNotificationView): { subject: string; text: string } {
  const t = translator(locale);
  const sentence = notificationSentence(t, n);
  return {
    subject: t('mail.subject', { text: sentence }),
    text: [sentence, '', t('mail.open', { url: `${appUrl()}${n.href}` }), '', t('mail.footer', { url: `${appUrl()}/account` })].join('\n'),
  };
}

/** The daily digest: every notification since the last one, each with its link. */
export function digestMail(locale: TLocale, items: TNotificationView[]): { subject: string; text: string } {
  const t = translator(locale);
  const lines = items.map((n) => `- ${notificationSentence(t, n)} (${formatDateIn(locale, n.createdAt)})\n  ${appUrl()}${n.href}`);
  return {
    subject: t('mail.digestSubject', { count: items.length }),
    text: [t('mail.digestIntro', { count: items.length }), '', ...lines, '', t('mail.inbox', { url: `${appUrl()}/notifications` }), '', t('mail.footer', { url: `${appUrl()}/account` })].join('\n'),
  };
}
