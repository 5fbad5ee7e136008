import { createTranslator } from 'use-intl/core';
import type { TLocale } from '@/lib/domain/locale';
import type { TReason, TSay } from '@/lib/domain/reason';
import { loadMessages } from './load-messages';

/**
 * Puts the engines' reasons (lib/domain/reason.ts) into words in `locale`, from the `reasons`
 * messages. For server code (documents, exports); a page can do the same with
 * `getTranslations('reasons')` and `t(reason.key, reason.params)`.
 */
export function reasonSayer(locale: TLocale): TSay {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'reasons' as never }) as unknown as (key: string, params?: TReason['params']) => string;
  return (reason) => t(reason.key, reason.params);
}
