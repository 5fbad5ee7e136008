import { useLocale, useTranslations } from 'next-intl';
import type { TSay } from '@/lib/domain/reason';
import { sayerFrom, type TTranslate } from '@/lib/i18n/sayer';

/** The sizing engines' reasons in the reader's language (sizingReasons.json), on a page or in the public calculator. */
export function useSizingSay(): TSay {
  const t = useTranslations('sizingReasons');
  return sayerFrom(t as unknown as TTranslate, useLocale());
}
