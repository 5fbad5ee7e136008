import { z } from 'zod';
import dhis2Fr from '@/content/sizing/i18n/dhis2.fr.json';
import dhis2Pt from '@/content/sizing/i18n/dhis2.pt.json';
import { applyDhis2SizingOverlay, dhis2ContentStrings } from '@/lib/domain/dhis2-sizing-i18n';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import { localizedOnce, type TContentLocale, type TTextOverlay } from '@/lib/domain/template-i18n';
import { DHIS2_SIZING } from './sizing-reference';

const ZOverlay = z.record(z.string(), z.string());

/** content/sizing/i18n/dhis2.<locale>.json, checked when first imported. */
export const DHIS2_SIZING_OVERLAYS: Record<Exclude<TContentLocale, 'en'>, TTextOverlay> = { fr: ZOverlay.parse(dhis2Fr), pt: ZOverlay.parse(dhis2Pt) };

/** The English texts of content/sizing/dhis2.json, by path. */
export const DHIS2_SIZING_STRINGS = dhis2ContentStrings(DHIS2_SIZING);

/**
 * A DHIS2 sizing with the reference data's texts (assumptions, the note, tier names, the fixed
 * PostgreSQL settings' words, software remarks) in `locale`; its reasons stay reasons, put into
 * words where shown. English is the result itself; each other locale is made once per result.
 */
export const localizeDhis2Sizing = localizedOnce((result: TDhis2SizingResult, locale) => applyDhis2SizingOverlay(result, DHIS2_SIZING_STRINGS, DHIS2_SIZING_OVERLAYS[locale]));

/** An assessment's sizing with DHIS2's reference texts in `locale` (CommCare's as it is). */
export function localizeSizing<T extends { dhis2?: TDhis2SizingResult }>(sizing: T, locale: TContentLocale): T {
  return sizing.dhis2 ? { ...sizing, dhis2: localizeDhis2Sizing(sizing.dhis2, locale) } : sizing;
}
