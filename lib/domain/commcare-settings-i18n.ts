import type { TCommCareCalculatorSettings } from './commcare-default-config';
import type { TTextOverlay } from './template-i18n';

/**
 * The words of the CommCare calculator's settings (content/sizing/commcare.json) that people read
 * as the sources of its defaults (e.g. "the example configuration's 300 forms per user per month"),
 * as a flat key → text map, and that map applied back: the translations in content/sizing/i18n
 * are overlays of the same keys, English stays the source, figures and ids never change. Keys:
 * `citation/title`, `defaults/<setting>/reason`, `inputMapping/<input>/reason`, `attachment/reason`,
 * `backup/reason`, `staging/reason`.
 */
export function commcareSettingsStrings(s: TCommCareCalculatorSettings): Record<string, string> {
  return {
    'citation/title': s.citation.title,
    'defaults/horizonMonths/reason': s.defaults.horizonMonths.reason,
    'defaults/includeExistingData/reason': s.defaults.includeExistingData.reason,
    ...Object.fromEntries(s.inputMapping.map((m) => [`inputMapping/${m.input}/reason`, m.reason])),
    'attachment/reason': s.attachment.reason,
    'backup/reason': s.backup.reason,
    'staging/reason': s.staging.reason,
  };
}

export function applyCommCareSettingsOverlay(s: TCommCareCalculatorSettings, o: TTextOverlay): TCommCareCalculatorSettings {
  const t = (key: string, english: string) => o[key] || english;
  return {
    ...s,
    citation: { ...s.citation, title: t('citation/title', s.citation.title) },
    defaults: {
      horizonMonths: { ...s.defaults.horizonMonths, reason: t('defaults/horizonMonths/reason', s.defaults.horizonMonths.reason) },
      includeExistingData: { ...s.defaults.includeExistingData, reason: t('defaults/includeExistingData/reason', s.defaults.includeExistingData.reason) },
    },
    inputMapping: s.inputMapping.map((m) => ({ ...m, reason: t(`inputMapping/${m.input}/reason`, m.reason) })),
    attachment: { ...s.attachment, reason: t('attachment/reason', s.attachment.reason) },
    backup: { ...s.backup, reason: t('backup/reason', s.backup.reason) },
    staging: { ...s.staging, reason: t('staging/reason', s.staging.reason) },
  };
}
