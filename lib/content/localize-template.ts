import { z } from 'zod';
import commcareFr from '@/content/templates/i18n/commcare.fr.json';
import commcarePt from '@/content/templates/i18n/commcare.pt.json';
import dhis2Fr from '@/content/templates/i18n/dhis2.fr.json';
import dhis2Pt from '@/content/templates/i18n/dhis2.pt.json';
import { applyTemplateOverlay, localizedOnce, type TContentLocale, type TTextOverlay } from '@/lib/domain/template-i18n';
import type { TTemplate } from './template-schema';

const ZOverlay = z.record(z.string(), z.string());

/** content/templates/i18n/<templateKey>.<locale>.json, checked when first imported. */
export const TEMPLATE_OVERLAYS: Record<TTemplate['key'], Record<Exclude<TContentLocale, 'en'>, TTextOverlay>> = {
  commcare: { fr: ZOverlay.parse(commcareFr), pt: ZOverlay.parse(commcarePt) },
  dhis2: { fr: ZOverlay.parse(dhis2Fr), pt: ZOverlay.parse(dhis2Pt) },
};

/**
 * The template with its phase and section titles, intros, questions, guidance, options, units and
 * checkpoints in `locale`; ids, option values and checkpoint evidence unchanged. English is the
 * template itself; each other locale is made once per template. A questionnaire an organisation
 * added (OpenMRS) has no translation shipped: it reads in its own words in every language.
 */
export const localizeTemplate = localizedOnce((template: TTemplate, locale) => applyTemplateOverlay(template, (TEMPLATE_OVERLAYS as Partial<typeof TEMPLATE_OVERLAYS>)[template.key]?.[locale] ?? {}));
