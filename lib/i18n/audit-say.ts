import { createTranslator } from 'use-intl/core';
import type { TAuditSay } from '@/lib/domain/audit-text';
import type { TLocale } from '@/lib/domain/locale';
import { loadMessages } from './load-messages';

/** The audit trail's words (content/messages/<locale>/auditText.json) in `locale`, for lib/server. */
export function auditSayer(locale: TLocale): TAuditSay {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'auditText' as never }) as unknown as TAuditSay;
  return (key, values) => t(key, values);
}
