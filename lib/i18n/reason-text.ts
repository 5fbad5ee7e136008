import { createTranslator } from 'use-intl/core';
import type { TLocale } from '@/lib/domain/locale';
import { isSizingReason, type TSay } from '@/lib/domain/reason';
import { loadMessages } from './load-messages';
import { sayerFrom, type TTranslate } from './sayer';

/**
 * Puts the engines' reasons (lib/domain/reason.ts) into words in `locale`, from the `reasons`
 * messages (or the questionnaire editor's problems, `templates`). For server code (documents, exports,
 * API answers); a page uses `pageSayer()` (lib/i18n/page-sayer.ts), a client component `sayerFrom`.
 */
export function reasonSayer(locale: TLocale, namespace: 'reasons' | 'templates' = 'reasons'): TSay {
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: namespace as never }) as unknown as TTranslate;
  // The sizing engines' reasons have their own namespace (the public calculator loads only it).
  const sizing = createTranslator({ locale, messages, namespace: 'sizingReasons' as never }) as unknown as TTranslate;
  return sayerFrom((key, params) => (isSizingReason(key) ? sizing : t)(key, params), locale);
}
