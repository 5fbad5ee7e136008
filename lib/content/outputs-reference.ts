import rateCardJson from '@/content/rate-cards/default.json';
import catalogueJson from '@/content/skills/catalogue.json';
import { ZRateCard } from '@/lib/domain/rate-card';
import { ZSkillsCatalogue } from '@/lib/domain/skills-gap';

/** The skills catalogue and default rate card from content/, validated once when first imported. */
export const SKILLS_CATALOGUE = ZSkillsCatalogue.parse(catalogueJson);
export const DEFAULT_RATE_CARD = ZRateCard.parse(rateCardJson);
