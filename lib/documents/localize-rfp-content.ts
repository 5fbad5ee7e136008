import { z } from 'zod';
import commcareFr from '@/content/rfp/i18n/commcare.fr.json';
import commcarePt from '@/content/rfp/i18n/commcare.pt.json';
import dhis2Fr from '@/content/rfp/i18n/dhis2.fr.json';
import dhis2Pt from '@/content/rfp/i18n/dhis2.pt.json';
import skeletonFr from '@/content/rfp/i18n/skeleton.fr.json';
import skeletonPt from '@/content/rfp/i18n/skeleton.pt.json';
import type { TRfpContent } from '@/lib/domain/documents/rfp-content-schema';
import { applyRfpContentOverlays, type TContentLocale, type TRfpOverlays } from '@/lib/domain/template-i18n';

const ZOverlay = z.record(z.string(), z.string());

/** content/rfp/i18n/<name>.<locale>.json, checked when first imported. */
export const RFP_OVERLAYS: Record<Exclude<TContentLocale, 'en'>, TRfpOverlays> = {
  fr: { skeleton: ZOverlay.parse(skeletonFr), commcare: ZOverlay.parse(commcareFr), dhis2: ZOverlay.parse(dhis2Fr) },
  pt: { skeleton: ZOverlay.parse(skeletonPt), commcare: ZOverlay.parse(commcarePt), dhis2: ZOverlay.parse(dhis2Pt) },
};

const cache = new WeakMap<TRfpContent, Map<TContentLocale, TRfpContent>>();

/**
 * The RFP's fixed text (Appendix 1 headings and sections, instructions to bidders, the platform
 * parts) in the document language; placeholders and `**bold**` markers kept. English is `content`.
 */
export function localizeRfpContent(content: TRfpContent, locale: TContentLocale): TRfpContent {
  if (locale === 'en') return content;
  let byLocale = cache.get(content);
  if (!byLocale) cache.set(content, (byLocale = new Map()));
  let localized = byLocale.get(locale);
  if (!localized) byLocale.set(locale, (localized = applyRfpContentOverlays(content, RFP_OVERLAYS[locale])));
  return localized;
}
