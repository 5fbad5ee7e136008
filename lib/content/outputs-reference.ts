import { z } from 'zod';
import rateCardJson from '@/content/rate-cards/default.json';
import rateCardFr from '@/content/rate-cards/i18n/default.fr.json';
import rateCardPt from '@/content/rate-cards/i18n/default.pt.json';
import catalogueJson from '@/content/skills/catalogue.json';
import catalogueFr from '@/content/skills/i18n/catalogue.fr.json';
import cataloguePt from '@/content/skills/i18n/catalogue.pt.json';
import { applyCatalogueOverlay, applyRateCardOverlay } from '@/lib/domain/outputs-content-i18n';
import { ZRateCard } from '@/lib/domain/rate-card';
import { ZSkillsCatalogue } from '@/lib/domain/skills-gap';
import { localizedOnce, type TContentLocale, type TTextOverlay } from '@/lib/domain/template-i18n';

/** The skills catalogue and default rate card from content/, validated once when first imported. */
export const SKILLS_CATALOGUE = ZSkillsCatalogue.parse(catalogueJson);
export const DEFAULT_RATE_CARD = ZRateCard.parse(rateCardJson);

const ZOverlay = z.record(z.string(), z.string());
/** content/skills/i18n/catalogue.<locale>.json and content/rate-cards/i18n/default.<locale>.json, checked when first imported. */
export const OUTPUTS_CONTENT_OVERLAYS: Record<Exclude<TContentLocale, 'en'>, { catalogue: TTextOverlay; rateCard: TTextOverlay }> = {
  fr: { catalogue: ZOverlay.parse(catalogueFr), rateCard: ZOverlay.parse(rateCardFr) },
  pt: { catalogue: ZOverlay.parse(cataloguePt), rateCard: ZOverlay.parse(rateCardPt) },
};

const localizeCatalogue = localizedOnce((c: typeof SKILLS_CATALOGUE, locale) => applyCatalogueOverlay(c, OUTPUTS_CONTENT_OVERLAYS[locale].catalogue));
const localizeRateCard = localizedOnce((c: typeof DEFAULT_RATE_CARD, locale) => applyRateCardOverlay(c, OUTPUTS_CONTENT_OVERLAYS[locale].rateCard));

/** The catalogue with its skill names, descriptions, levels, scales and sources in `locale` (ids and figures unchanged). */
export const skillsCatalogueIn = (locale: TContentLocale) => localizeCatalogue(SKILLS_CATALOGUE, locale);
/** The rate card with its note, option names and every figure's source in `locale` (ids and figures unchanged). */
export const rateCardIn = (locale: TContentLocale) => localizeRateCard(DEFAULT_RATE_CARD, locale);
