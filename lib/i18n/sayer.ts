import { formatMoneyIn } from '@/lib/domain/intl-format';
import { isLocale } from '@/lib/domain/locale';
import type { TMoneyParam, TReason, TReasonParam, TSay } from '@/lib/domain/reason';

/** Puts reasons into words with any translator: the server's (reason-text.ts) and a client component's (useTranslations). */

export type TTranslate = (key: string, params?: Record<string, string | number>) => string;

const isReason = (p: unknown): p is TReason => typeof p === 'object' && p !== null && !Array.isArray(p) && 'key' in p;
const isMoney = (p: unknown): p is TMoneyParam => typeof p === 'object' && p !== null && 'minor' in p && 'currency' in p;

/**
 * A sayer from a translator of the namespace holding the reasons and the language it speaks: lists of names
 * are joined the language's way ("A, B et C"), reasons inside a reason are put into words first,
 * figures are left to the message's own `{x, number}` or plural so they follow the language.
 */
export function sayerFrom(t: TTranslate, locale: string): TSay {
  let list: Intl.ListFormat;
  try {
    list = new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    list = new Intl.ListFormat('en', { type: 'conjunction' }); // the pseudo-language's tag
  }
  const word = (v: TReasonParam): string | number => {
    if (Array.isArray(v)) return list.format(v.map((x: string | TReason) => (isReason(x) ? say(x) : x)));
    if (isReason(v)) return say(v);
    if (isMoney(v)) return formatMoneyIn(isLocale(locale) ? locale : 'en', v.minor, v.currency);
    return v as string | number;
  };
  const say: TSay = (reason) => t(reason.key, reason.params ? Object.fromEntries(Object.entries(reason.params).map(([k, v]) => [k, word(v)])) : undefined);
  return say;
}
