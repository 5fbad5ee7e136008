import { useTranslations } from 'next-intl';
import { translateValidation } from '@/lib/i18n/validation-messages';

/** In a client component under an IntlProvider with the `validation` namespace: a schema's message in the reader's language. */
export function useValidationText(): (message: string | undefined) => string | undefined {
  const t = useTranslations('validation');
  return (message) => (message === undefined ? undefined : translateValidation(message, (key, params) => t(key as never, params as never)));
}
