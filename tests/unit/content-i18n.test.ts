import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { loadTemplates } from '@/lib/content/load-templates';
import { localizeTemplate, TEMPLATE_OVERLAYS } from '@/lib/content/localize-template';
import { ZTemplate, type TTemplate } from '@/lib/content/template-schema';
import { localizeRfpContent, RFP_OVERLAYS } from '@/lib/documents/localize-rfp-content';
import { DHIS2_SIZING_OVERLAYS, DHIS2_SIZING_STRINGS } from '@/lib/content/localize-dhis2-sizing';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { modelText } from '@/lib/domain/documents/doc-model';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { ZRfpPlatformContent, ZRfpSkeleton } from '@/lib/domain/documents/rfp-content-schema';
import { applyTemplateOverlay, checkOverlay, rfpTranslatableStrings, translatableStrings, type TTextOverlay } from '@/lib/domain/template-i18n';
import { DEFAULT_RATE_CARD, OUTPUTS_CONTENT_OVERLAYS, rateCardIn, SKILLS_CATALOGUE, skillsCatalogueIn } from '@/lib/content/outputs-reference';
import { applyCatalogueOverlay, applyRateCardOverlay, catalogueStrings, rateCardStrings } from '@/lib/domain/outputs-content-i18n';
import { SAYS_NOT_APPLICABLE } from '@/lib/domain/budget';
import { ZRateCard } from '@/lib/domain/rate-card';
import { ZSkillsCatalogue } from '@/lib/domain/skills-gap';
import { COMMCARE_CALCULATOR_SETTINGS, COMMCARE_SETTINGS_OVERLAYS, COMMCARE_SIZING, commcareSettingsIn, commcareSizingIn } from '@/lib/content/sizing-reference';
import { applyCommCareSettingsOverlay, commcareSettingsStrings } from '@/lib/domain/commcare-settings-i18n';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';

/**
 * The shipped translations of the questionnaires and the RFP text are complete and faithful in
 * form: every English text has a non-empty translation, no key is left over from an older
 * English, placeholders, numbers and bold markers are the same, and a text stays identical to the
 * English only when it is a name or a term both languages share.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  // product and tool names
  'CommCare', 'DHIS2', 'DataDog', 'Prometheus / Grafana', 'Sentry', 'Nginx', 'RabbitMQ', 'Redis', 'Kafka', 'PostgreSQL + CouchDB', 'ElasticSearch, CouchDB',
  'PostgreSQL', 'nginx', 'Apache2', 'Apache Tomcat', 'Jetty', 'Tomcat / DHIS2', 'Ubuntu Linux', 'munin', 'Telegram', 'Slack',
  // short terms both languages write alike
  'URL', 'Version', 'Type', 'Application', 'Installation', 'Test', 'Tracker', 'minutes', 'Cache', 'Firewall', 'Proxy', 'Performance', 'Support', 'Architecture', 'expert',
]);

const templates = loadTemplates();
const LOCALES = ['fr', 'pt'] as const;


type TCase = { file: string; english: Record<string, string>; overlay: TTextOverlay };
const cases: TCase[] = LOCALES.flatMap((locale) => [
  ...templates.map((t) => ({ file: `templates/${t.key}.${locale}`, english: translatableStrings(t), overlay: TEMPLATE_OVERLAYS[t.key][locale] })),
  { file: `rfp/skeleton.${locale}`, english: rfpTranslatableStrings(RFP_CONTENT.skeleton), overlay: RFP_OVERLAYS[locale].skeleton },
  ...(['commcare', 'dhis2'] as const).map((p) => ({ file: `rfp/${p}.${locale}`, english: rfpTranslatableStrings(RFP_CONTENT.platforms[p]), overlay: RFP_OVERLAYS[locale][p] })),
  { file: `skills/i18n/catalogue.${locale}`, english: catalogueStrings(SKILLS_CATALOGUE), overlay: OUTPUTS_CONTENT_OVERLAYS[locale].catalogue },
  { file: `rate-cards/i18n/default.${locale}`, english: rateCardStrings(DEFAULT_RATE_CARD), overlay: OUTPUTS_CONTENT_OVERLAYS[locale].rateCard },
  { file: `sizing/i18n/dhis2.${locale}`, english: DHIS2_SIZING_STRINGS, overlay: DHIS2_SIZING_OVERLAYS[locale] },
  { file: `sizing/i18n/commcare.${locale}`, english: commcareSettingsStrings(COMMCARE_CALCULATOR_SETTINGS), overlay: COMMCARE_SETTINGS_OVERLAYS[locale] },
]);

describe.each(cases)('translations in content/$file.json', ({ english, overlay }) => {
  const report = checkOverlay(english, overlay);

  it('has every English key, non-empty, and nothing stale', () => {
    expect({ missing: report.missing, stale: report.stale, empty: report.empty }).toEqual({ missing: [], stale: [], empty: [] });
  });

  it('keeps placeholders, numbers and bold markers', () => {
    expect(report.tokenMismatch).toEqual([]);
  });

  it('leaves a text in English only for names and shared terms', () => {
    const untranslated = Object.keys(english).filter((k) => overlay[k] === english[k] && !SAME_IN_EVERY_LANGUAGE.has(english[k]));
    expect(untranslated).toEqual([]);
  });
});

/** Everything but the words: ids, numbers, kinds, option values, evidence links, references. */
function structure(template: TTemplate): TTemplate {
  return applyTemplateOverlay(template, Object.fromEntries(Object.keys(translatableStrings(template)).map((k) => [k, '·'])));
}

describe.each(templates.flatMap((t) => LOCALES.map((locale) => ({ t, locale }))))('localizeTemplate($t.key, $locale)', ({ t, locale }) => {
  const localized = localizeTemplate(t, locale);

  it('is still a valid template with the same ids, option values, evidence and references', () => {
    expect(ZTemplate.safeParse(localized).success).toBe(true);
    expect(structure(localized)).toEqual(structure(t));
  });

  it('is made once per template and locale, and English is the template itself', () => {
    expect(localizeTemplate(t, locale)).toBe(localized);
    expect(localizeTemplate(t, 'en')).toBe(t);
  });

  it('changes words only: the English overlay gives back the original', () => {
    expect(applyTemplateOverlay(localized, translatableStrings(t))).toEqual(t);
  });

  it('shows the translation', () => {
    expect(localized.phases[0].title).toBe(TEMPLATE_OVERLAYS[t.key][locale][`${t.phases[0].id}/title`]);
    expect(localized.phases[0].title).not.toBe(t.phases[0].title);
  });
});

describe.each(LOCALES)('localizeRfpContent(%s)', (locale) => {
  const localized = localizeRfpContent(RFP_CONTENT, locale);

  it('still satisfies the RFP content schema (placeholders known, bold balanced)', () => {
    expect(ZRfpSkeleton.safeParse(localized.skeleton).success).toBe(true);
    expect(ZRfpPlatformContent.safeParse(localized.platforms.commcare).success).toBe(true);
    expect(ZRfpPlatformContent.safeParse(localized.platforms.dhis2).success).toBe(true);
  });

  it('keeps numbering, flags, ids and names of the platform parts', () => {
    for (const p of ['commcare', 'dhis2'] as const) {
      const en = RFP_CONTENT.platforms[p];
      const out = localized.platforms[p];
      expect(out.scopeOfWork.map(({ no, msp }) => ({ no, msp }))).toEqual(en.scopeOfWork.map(({ no, msp }) => ({ no, msp })));
      expect(out.obligations.map((o) => [o.id, o.paragraphs.length, o.bullets.length])).toEqual(en.obligations.map((o) => [o.id, o.paragraphs.length, o.bullets.length]));
      expect([out.platform, out.platformName, out.version, out.source]).toEqual([en.platform, en.platformName, en.version, en.source]);
    }
  });

  it('has no Appendix 1 heading or document title left in English', () => {
    const english = [...Object.values(RFP_CONTENT.skeleton.headings), ...Object.values(RFP_CONTENT.skeleton.titles)];
    const localizedTexts = [...Object.values(localized.skeleton.headings), ...Object.values(localized.skeleton.titles)];
    expect(localizedTexts.filter((t) => english.includes(t))).toEqual([]);
  });

  it('gives an RFP model whose Appendix 1 headings and fixed paragraphs are all in the document language', () => {
    const model = buildRfpModel(sampleRfpInput(), localized, 'en', reasonSayer('en'));
    const titles = model.sections.map((x) => x.title);
    expect(titles).toContain(localized.skeleton.headings.projectSummary);
    expect(titles.filter((t) => (Object.values(RFP_CONTENT.skeleton.headings) as string[]).includes(t))).toEqual([]);
    expect(model.title).toBe(localized.skeleton.titles.both);
    const text = modelText(model);
    for (const english of [RFP_CONTENT.skeleton.scopeOfWorkIntro, RFP_CONTENT.skeleton.annexIntros.budget, RFP_CONTENT.platforms.dhis2.obligations[1].bullets[0]]) expect(text).not.toContain(english);
    expect(text).toContain(localized.platforms.dhis2.obligations[1].bullets[0]);
  });

  it('is English for English', () => {
    expect(localizeRfpContent(RFP_CONTENT, 'en')).toBe(RFP_CONTENT);
  });
});

describe.each(LOCALES)('the skills catalogue and the rate card in %s', (locale) => {
  const catalogue = skillsCatalogueIn(locale);
  const card = rateCardIn(locale);

  it('are still valid, with the same ids and figures, and give back the English with the English overlay', () => {
    expect(ZSkillsCatalogue.safeParse(catalogue).success).toBe(true);
    expect(ZRateCard.safeParse(card).success).toBe(true);
    expect(applyCatalogueOverlay(catalogue, catalogueStrings(SKILLS_CATALOGUE))).toEqual(SKILLS_CATALOGUE);
    expect(applyRateCardOverlay(card, rateCardStrings(DEFAULT_RATE_CARD))).toEqual(DEFAULT_RATE_CARD);
  });

  it('show the translation: skill names, the card’s note, an option’s name', () => {
    expect(catalogue.skills.map((s) => s.name)).toEqual(SKILLS_CATALOGUE.skills.map((s) => OUTPUTS_CONTENT_OVERLAYS[locale].catalogue[`skills/${s.id}/name`]));
    expect(card.note).not.toBe(DEFAULT_RATE_CARD.note);
    expect(card.options.saas.label).not.toBe(DEFAULT_RATE_CARD.options.saas.label);
  });

  it('say "not applicable" where the English does, so the budget does not say it twice', () => {
    const english = rateCardStrings(DEFAULT_RATE_CARD);
    const translated = rateCardStrings(card);
    const wrong = Object.keys(english).filter((k) => k.endsWith('/source') && SAYS_NOT_APPLICABLE.test(english[k]) !== SAYS_NOT_APPLICABLE.test(translated[k]));
    expect(wrong).toEqual([]);
  });

  it('are the same object each time, and English is the content itself', () => {
    expect(skillsCatalogueIn(locale)).toBe(catalogue);
    expect(skillsCatalogueIn('en')).toBe(SKILLS_CATALOGUE);
    expect(rateCardIn('en')).toBe(DEFAULT_RATE_CARD);
  });
});

describe.each(LOCALES)('the CommCare calculator’s sources in %s', (locale) => {
  const settings = commcareSettingsIn(locale);
  const constants = commcareSizingIn(locale);

  it('give back the English with the English overlay, and are the same object each time', () => {
    expect(applyCommCareSettingsOverlay(settings, commcareSettingsStrings(COMMCARE_CALCULATOR_SETTINGS))).toEqual(COMMCARE_CALCULATOR_SETTINGS);
    expect(commcareSizingIn(locale)).toBe(constants);
    expect(commcareSizingIn('en')).toBe(COMMCARE_SIZING);
  });

  it('change the words of the sizing only: the same figures, the sources in the language', () => {
    const input = { users: 2500, growth: [] };
    const english = calculateCommCareSizing(input, COMMCARE_SIZING);
    const translated = calculateCommCareSizing(input, constants);
    expect(translated.totals).toEqual(english.totals);
    expect(translated.services.map((s) => s.perPeriod)).toEqual(english.services.map((s) => s.perPeriod));
    const said = reasonSayer(locale);
    const assumptions = translated.assumptionReasons.map(said).join('\n');
    expect(assumptions).toContain(COMMCARE_SETTINGS_OVERLAYS[locale]['inputMapping/formsPerUserPerMonth/reason']);
    expect(assumptions).toContain(COMMCARE_SETTINGS_OVERLAYS[locale]['staging/reason']);
    for (const english of Object.values(commcareSettingsStrings(COMMCARE_CALCULATOR_SETTINGS))) expect(assumptions).not.toContain(english);
  });
});
