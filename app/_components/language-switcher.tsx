import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALES, LOCALE_NAMES } from '@/lib/domain/locale';
import { setLanguageAction } from '../language-actions';

/** The language menu: a plain form, so it works before any script has loaded. */
export async function LanguageSwitcher() {
  const [t, locale] = await Promise.all([getTranslations('common'), getLocale()]);
  return (
    <form action={setLanguageAction} className="row">
      <label htmlFor="locale" className="skip">
        {t('language')}
      </label>
      <select id="locale" name="locale" defaultValue={locale} style={{ width: 'auto' }} data-testid="language-select">
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {t('changeLanguage')}
      </button>
    </form>
  );
}
