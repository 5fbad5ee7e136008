import type { TRate, TRateCard } from './rate-card';
import type { TSkillsCatalogue } from './skills-gap';
import type { TTextOverlay } from './template-i18n';

/**
 * The words of the skills catalogue and the rate card (content/skills/catalogue.json,
 * content/rate-cards/default.json) as flat key → text maps, and those maps applied back: the
 * translations in content/skills/i18n and content/rate-cards/i18n are overlays of the same keys,
 * English stays the source, ids and figures never change. Keys are paths of ids:
 * `skills/<skillId>/name`, `levels/<level>/description`, `scales/<platform>/<scale>/description`,
 * `fte/<platform>/source`, `shared/<rateKey>/source`, `options/<option>/rates/<rateKey>/source`.
 */

export function catalogueStrings(c: TSkillsCatalogue): Record<string, string> {
  return {
    ...Object.fromEntries(c.levels.flatMap((l) => [[`levels/${l.level}/name`, l.name], [`levels/${l.level}/description`, l.description]])),
    ...Object.fromEntries((['dhis2', 'commcare'] as const).flatMap((p) => c.scales[p].map((s) => [`scales/${p}/${s.id}/description`, s.description]))),
    'fte/commcare/source': c.fte.commcare.source,
    'fte/dhis2/source': c.fte.dhis2.source,
    'fte/multiPlatformFactor/source': c.fte.multiPlatformFactor.source,
    'rules/source': c.rules.source,
    ...Object.fromEntries(c.skills.flatMap((s) => [[`skills/${s.id}/name`, s.name], [`skills/${s.id}/description`, s.description], [`skills/${s.id}/source`, s.source]])),
  };
}

export function applyCatalogueOverlay(c: TSkillsCatalogue, o: TTextOverlay): TSkillsCatalogue {
  const t = (key: string, english: string) => o[key] || english;
  return {
    ...c,
    levels: c.levels.map((l) => ({ ...l, name: t(`levels/${l.level}/name`, l.name), description: t(`levels/${l.level}/description`, l.description) })),
    scales: {
      dhis2: c.scales.dhis2.map((s) => ({ ...s, description: t(`scales/dhis2/${s.id}/description`, s.description) })),
      commcare: c.scales.commcare.map((s) => ({ ...s, description: t(`scales/commcare/${s.id}/description`, s.description) })),
    },
    fte: {
      commcare: { ...c.fte.commcare, source: t('fte/commcare/source', c.fte.commcare.source) },
      dhis2: { ...c.fte.dhis2, source: t('fte/dhis2/source', c.fte.dhis2.source) },
      multiPlatformFactor: { ...c.fte.multiPlatformFactor, source: t('fte/multiPlatformFactor/source', c.fte.multiPlatformFactor.source) },
    },
    rules: { ...c.rules, source: t('rules/source', c.rules.source) },
    skills: c.skills.map((s) => ({ ...s, name: t(`skills/${s.id}/name`, s.name), description: t(`skills/${s.id}/description`, s.description), source: t(`skills/${s.id}/source`, s.source) })),
  };
}

const rateEntries = (prefix: string, rates: Partial<Record<string, TRate>>) => Object.entries(rates).flatMap(([k, r]) => (r ? [[`${prefix}/${k}/source`, r.source] as const] : []));

export function rateCardStrings(card: TRateCard): Record<string, string> {
  return {
    note: card.note,
    ...Object.fromEntries(rateEntries('shared', card.shared)),
    ...Object.fromEntries(
      Object.entries(card.options).flatMap(([id, o]) => [[`options/${id}/label`, o.label], [`options/${id}/description`, o.description], ...rateEntries(`options/${id}/rates`, o.rates)]),
    ),
  };
}

export function applyRateCardOverlay(card: TRateCard, o: TTextOverlay): TRateCard {
  const t = (key: string, english: string) => o[key] || english;
  const rates = <R extends Partial<Record<string, TRate>>>(prefix: string, rs: R): R =>
    Object.fromEntries(Object.entries(rs).map(([k, r]) => [k, r && { ...r, source: t(`${prefix}/${k}/source`, r.source) }])) as R;
  return {
    ...card,
    note: t('note', card.note),
    shared: rates('shared', card.shared),
    options: Object.fromEntries(
      Object.entries(card.options).map(([id, op]) => [id, { ...op, label: t(`options/${id}/label`, op.label), description: t(`options/${id}/description`, op.description), rates: rates(`options/${id}/rates`, op.rates) }]),
    ) as TRateCard['options'],
  };
}
