import { useLocale } from 'next-intl';
import { isLocale, type TLocale } from '@/lib/domain/locale';

/** The language numbers and dates are written in, for components shared by server and client (the tests' pseudo-language formats as English). */
export function useFormatLocale(): TLocale {
  const locale = useLocale();
  return isLocale(locale) ? locale : 'en';
}
