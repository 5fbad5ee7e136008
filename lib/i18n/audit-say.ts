import { createTranslator } from 'use-intl/core';
import type { TAuditSay } from '@/lib/domain/audit-text';
import type { TLocale } from '@/lib/domain/locale';
import type { TRateKey } from '@/lib/domain/rate-card';
import { loadMessages } from './load-messages';

/** The audit trail's words (content/messages/<locale>/auditText.json) in `locale`, for lib/server. */
export function auditSayer(locale: TLocale): TAuditSay {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'auditText' as never }) as unknown as TAuditSay;
  return (key, values) => t(key, values);
}

/** A rate's name and its units as the budget page gives them (content/messages/<locale>/budgetForms.json), in `locale`. */
export function rateWords(locale: TLocale): { name: (key: TRateKey) => string; unit: (unit: 'years' | 'days', count: number) => string } {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'budgetForms' as never }) as unknown as (key: string, values?: Record<string, number>) => string;
  return { name: (key) => t(`rates.${key}`), unit: (unit, count) => t(unit === 'years' ? 'yearsCount' : 'daysCount', { count }) };
}
