import { z } from 'zod';
import commcareJson from '@/content/sizing/commcare.json';
import commcareFr from '@/content/sizing/i18n/commcare.fr.json';
import commcarePt from '@/content/sizing/i18n/commcare.pt.json';
import dhis2Json from '@/content/sizing/dhis2.json';
import { commcareConstantsFromConfig, commcareConstantsFromReference, ZCommCareReference, type TCommCareCalculatorSettings } from '@/lib/domain/commcare-default-config';
import { applyCommCareSettingsOverlay } from '@/lib/domain/commcare-settings-i18n';
import type { TCommCareSizingConstants } from '@/lib/domain/commcare-sizing-constants';
import { localizedOnce, type TContentLocale, type TTextOverlay } from '@/lib/domain/template-i18n';
import { ZDhis2SizingConstants } from '@/lib/domain/dhis2-sizing-constants';
import { parseResourceModelConfig } from '@/lib/domain/resource-model-config';

/**
 * Sizing reference data from content/sizing, validated once when first imported. CommCare's is a
 * commcare-resource-model configuration (the bka-test example, YAML with its comments) sized by
 * the same parser and engine as an uploaded configuration.
 */
export const COMMCARE_SIZING = commcareConstantsFromReference(commcareJson);
export const DHIS2_SIZING = ZDhis2SizingConstants.parse(dhis2Json);

const reference = ZCommCareReference.parse(commcareJson);
/** The calculator's settings around a configuration (tiers, which parameters the answers replace, backups, staging). */
export const { resourceModelConfig: DEFAULT_COMMCARE_CONFIG_TEXT, ...COMMCARE_CALCULATOR_SETTINGS } = reference;
const parsedDefault = parseResourceModelConfig(DEFAULT_COMMCARE_CONFIG_TEXT);
if (!parsedDefault.ok) throw new Error('The built-in CommCare configuration cannot be read.');
/** The built-in configuration, parsed: what an assessment's own configuration is compared with. */
export const DEFAULT_COMMCARE_CONFIG = parsedDefault.config;

/** content/sizing/i18n/commcare.<locale>.json, checked when first imported. */
export const COMMCARE_SETTINGS_OVERLAYS: Record<Exclude<TContentLocale, 'en'>, TTextOverlay> = {
  fr: z.record(z.string(), z.string()).parse(commcareFr),
  pt: z.record(z.string(), z.string()).parse(commcarePt),
};

const localizeSettings = localizedOnce((s: TCommCareCalculatorSettings, locale) => applyCommCareSettingsOverlay(s, COMMCARE_SETTINGS_OVERLAYS[locale]));
/** The calculator's settings with the sources of its defaults in `locale` (figures unchanged). */
export const commcareSettingsIn = (locale: TContentLocale) => localizeSettings(COMMCARE_CALCULATOR_SETTINGS, locale);

const localizeSizing = localizedOnce((_: TCommCareSizingConstants, locale) => commcareConstantsFromConfig(DEFAULT_COMMCARE_CONFIG, commcareSettingsIn(locale)));
/** The built-in sizing constants with their sources in `locale`: the same figures as COMMCARE_SIZING. */
export const commcareSizingIn = (locale: TContentLocale) => localizeSizing(COMMCARE_SIZING, locale);
