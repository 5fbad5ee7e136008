import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TSay } from '@/lib/domain/reason';
import { sayerFrom } from './sayer';

/** The engines' reasons in this page's language (the pseudo-language too, so untranslated text shows). */
export async function pageSayer(): Promise<TSay> {
  const [t, locale] = await Promise.all([getTranslations('reasons'), getLocale()]);
  return sayerFrom(t as unknown as Parameters<typeof sayerFrom>[0], locale);
}
