import { z } from 'zod';
import commcareFr from '@/content/templates/i18n/commcare.fr.json';
import commcarePt from '@/content/templates/i18n/commcare.pt.json';
import dhis2Fr from '@/content/templates/i18n/dhis2.fr.json';
import dhis2Pt from '@/content/templates/i18n/dhis2.pt.json';
import { applyTemplateOverlay, type TContentLocale, type TTextOverlay } from '@/lib/domain/template-i18n';
import type { TTemplate } from './template-schema';

const ZOverlay = z.record(z.string(), z.string());

/** content/templates/i18n/<templateKey>.<locale>.json, checked when first imported. */
export const TEMPLATE_OVERLAYS: Record<TTemplate['key'], Record<Exclude<TContentLocale, 'en'>, TTextOverlay>> = {
  commcare: { fr: ZOverlay.parse(commcareFr), pt: ZOverlay.parse(commcarePt) },
  dhis2: { fr: ZOverlay.parse(dhis2Fr), pt: ZOverlay.parse(dhis2Pt) },
};

const cache = new WeakMap<TTemplate, Map<TContentLocale, TTemplate>>();

/**
 * The template with its phase and section titles, intros, questions, guidance, options, units and
 * checkpoints in `locale`; ids, option values and checkpoint evidence unchanged. English is the
 * template itself. Templates are never mutated, so each localized copy is made once.
 */
export function localizeTemplate(template: TTemplate, locale: TContentLocale): TTemplate {
  if (locale === 'en') return template;
  let byLocale = cache.get(template);
  if (!byLocale) cache.set(template, (byLocale = new Map()));
  let localized = byLocale.get(locale);
  if (!localized) byLocale.set(locale, (localized = applyTemplateOverlay(template, TEMPLATE_OVERLAYS[template.key][locale])));
  return localized;
}
