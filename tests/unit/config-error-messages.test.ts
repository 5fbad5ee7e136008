import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { COMMCARE_CALCULATOR_SETTINGS, DEFAULT_COMMCARE_CONFIG_TEXT } from '@/lib/content/sizing-reference';
import { commcareConstantsForAssessment } from '@/lib/domain/commcare-assessment-config';
import type { TLocale } from '@/lib/domain/locale';
import { configErrorText, parseResourceModelConfig } from '@/lib/domain/resource-model-config';
import { CONFIG_ERROR_RULES, translateConfigError } from '@/lib/i18n/config-error-messages';
import { loadMessages } from '@/lib/i18n/load-messages';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { translateValidation } from '@/lib/i18n/validation-messages';

/**
 * The refusals of a pasted commcare-resource-model configuration in the reader's language: the
 * YAML path and line stay (the person edits the text they pasted there), the sentence is translated.
 */
const translator = (locale: TLocale) => {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'validation' as never, onError: (e) => { throw e; } });
  return (key: string, params?: Record<string, string | number>) => t(key as never, params as never);
};
const T = { en: translator('en'), fr: translator('fr'), pt: translator('pt') };

/** Real refusals of the parser and of what the calculator needs (the texts the existing tests check), one per rule. */
const REFUSALS = [
  'usage.users.ranges (line 11): must be a list of date ranges',
  "usage.users.ranges.0.2 (line 12): 'many' must be a number",
  'usage.forms_monthly.factor (line 14): is required',
  "usage.forms_monthly.dependant_field (line 15): 'userz' is not a usage field",
  'usage.forms_total.start_with (line 20): must be 0 or more',
  'usage.synclogs_total.lifespan (line 28): must be more than 0',
  'usage.changes.dependant_fields (line 31): needs at least one field',
  "usage.users.ranges.0.0 (line 12): '20240715' is not the first of a month (the model counts whole months)",
  'usage.cases_total.baseline (line 23): must be a number',
  "usage.images.model (line 33): 'exponential' is not a usage model (one of date_range_value, derived_factor, derived_sum, product, cumulative, cumulative_limited_lifespan, baseline_with_growth)",
  "usage.synclogs_total.decay (line 29): 'decay' is not an option the model knows",
  'services.pg_shards.storage.data_models.0.unit_size (line 42): must be a size in bytes or like 50KB, 200MB, 100GB',
  'usage.users.ranges.0 (line 12): ends (2024-07) before it starts (2024-08)',
  'usage.users.ranges.1 (line 13): starts (2024-06) before the previous range ends (2024-08); ranges must be in date order',
  "summary_dates.0 (line 5): 2025-08 is not one of the configuration's months (2024-07 to 2024-08)",
  "sets (line 9): 'sets' (scenario sets) is not supported: run each set as its own configuration",
  "usage.users.ranges.0.2 (line 12): '{users}' is a set placeholder; sets are not supported, write the figure itself",
  'usage.forms_monthly (line 14): forms_monthly, forms_total, synclogs_total, changes, images depend on each other in a cycle; no order can compute them',
  'The configuration is larger than 256 KB.',
  'The configuration: The configuration uses too many aliases (Excessive alias count indicates a resource exhaustion attack).',
  'The configuration (line 1): The configuration must be a YAML mapping of settings.',
  "services (line 95): needs the service 'riakcs' (Blob storage (RiakCS)) with a data model on 'forms_total': the assessment's answer on attachments per form sets its unit size",
  "usage.case_transactions.model (line 46): needs 'case_transactions' as a derived_factor field: the assessment's answer on case updates a month replaces its factor",
  "usage (line 13): needs a 'case_transactions_total' field (case updates stored): the sizing reports it for every period",
  "usage (line 13): needs a 'users' field (every service's load and the report's user count come from it)",
  "usage: needs a date_range_value field (such as 'users') whose ranges give the months",
  'services.web.process (line 80): is required for a service with VMs (cores_per_node and ram_per_node)',
  'services.web.process.cores_per_sub_process (line 81): is required when sub_processes are listed',
  'services.web.process.sub_processes.0 (line 82): needs one of static_number and capacity',
  'services.web.process.ram_static_baseline (line 83): must be less than ram_per_node',
  'services (line 60): needs at least one service',
  'usage (line 13): has 400 fields; at most 300 are accepted',
  'usage (line 13): covers 300 months; at most 240 are accepted',
  "storage_display_unit (line 4): must be one of KB, MB, GB, TB",
  "summary_dates.0 (line 6): must be a month like '2024-08'",
  'The configuration gives figures too large to compute; check its factors and unit sizes.',
];

/** English words of the refusals that must not be left in a translation (YAML keys and model names are fine). */
const ENGLISH = /\b(must|needs|is required|is not|the configuration|line|before|depend|accepted|with a data model|answer|replaces|sets its|reports|whole|number|range|start|ends|placeholder|supported|larger than|too large|mapping)\b/i;
/** What stays as written: the YAML keys and values the person typed. */
const QUOTED = /'[^']*'|«[^»]*»|[a-z_]+(?:\.[\w]+)+|\b[a-z]+_[a-z_]+\b|\([^)]*(?:date_range_value|Excessive)[^)]*\)/g;

describe('a configuration’s refusals in the reader’s language', () => {
  it.each(REFUSALS)('in English, reads exactly as the API’s text: %s', (text) => {
    expect(translateConfigError(text, T.en)).toBe(text);
  });

  it.each((['fr', 'pt'] as const).flatMap((locale) => REFUSALS.map((text) => ({ locale, text }))))('$locale: $text', ({ locale, text }) => {
    const said = translateConfigError(text, T[locale]);
    expect(said).not.toBeNull();
    expect(said!.replace(QUOTED, '')).not.toMatch(/\bconfig[A-Z]|[{}]|\[object/);
    expect(said!.replace(QUOTED, ''), said!).not.toMatch(ENGLISH);
  });

  it.each([
    ['fr', "usage.forms_monthly.dependant_field (line 15): 'userz' is not a usage field", 'usage.forms_monthly.dependant_field (ligne 15) : « userz » n’est pas un champ d’utilisation'],
    ['pt', "usage.forms_monthly.dependant_field (line 15): 'userz' is not a usage field", 'usage.forms_monthly.dependant_field (linha 15): «userz» não é um campo de utilização'],
    ['fr', "usage.case_transactions.model (line 46): needs 'case_transactions' as a derived_factor field: the assessment's answer on case updates a month replaces its factor", 'usage.case_transactions.model (ligne 46) : « case_transactions » doit être un champ derived_factor : la réponse de l’évaluation sur les mises à jour de cas par mois remplace son paramètre factor'],
    ['pt', 'usage (line 13): has 1200 fields; at most 300 are accepted', 'usage (linha 13): tem 1.200 campos; são aceites no máximo 300'],
    ['fr', 'usage (line 1300): has 1200 fields; at most 300 are accepted', 'usage (ligne 1300) : compte 1\u202f200 champs ; 300 au plus sont acceptés'],
    ['fr', 'The configuration (line 3): Map keys must be unique', 'La configuration (ligne 3) : une même clé figure deux fois au même niveau'],
    ['fr', 'The configuration (line 7): Implicit keys need to be on a single line', 'La configuration (ligne 7) : Implicit keys need to be on a single line'],
    ['fr', 'vm_os_storage_gb (line 12): Invalid input: expected number, received string', 'vm_os_storage_gb (ligne 12) : doit être un nombre'],
    ['fr', 'Not a refusal: of a configuration', null],
  ] as const)('%s: %s', (locale, text, expected) => {
    expect(translateConfigError(text, T[locale])).toBe(expected);
  });

  it('every refusal the parser and the calculator give for broken configurations is translated', () => {
    const broken = [
      DEFAULT_COMMCARE_CONFIG_TEXT.replace(/\n {2}riakcs:[\s\S]*?\n\n/, '\n'),
      DEFAULT_COMMCARE_CONFIG_TEXT.replace(/case_transactions_total/g, 'case_updates_total'),
      DEFAULT_COMMCARE_CONFIG_TEXT.replace('factor: 300', "factor: 'lots'").replace('storage_buffer: 0.33', 'storage_buffer: -1').replace("  - '2024-08'", "  - '2031-08'"),
      DEFAULT_COMMCARE_CONFIG_TEXT.replace('vm_os_storage_gb: 50', "vm_os_storage_gb: 'fifty'").replace('usage:\n', 'usage:\n  extra: 3\n'),
      '- just\n- a list\n',
      `${DEFAULT_COMMCARE_CONFIG_TEXT}\nstorage_display_unit: PB\nsets: {}\n`,
    ];
    const texts = broken.flatMap((text) => {
      const own = commcareConstantsForAssessment(text, COMMCARE_CALCULATOR_SETTINGS, 'assessment', reasonSayer('en'));
      return own.ok ? [] : own.errors.map(configErrorText);
    });
    expect(texts.length).toBeGreaterThanOrEqual(6);
    const untranslated = texts.filter((text) => {
      const fr = translateValidation(text, T.fr);
      return fr === text || ENGLISH.test(fr.replace(QUOTED, ''));
    });
    expect(untranslated).toEqual([]);
    // Sanity: the parser's own messages are among them.
    expect(parseResourceModelConfig(broken[4]).ok).toBe(false);
  });

  it('every rule names a message that exists in every language', () => {
    for (const locale of ['en', 'fr', 'pt'] as const) {
      const messages = loadMessages(locale).validation as Record<string, unknown>;
      expect(CONFIG_ERROR_RULES.filter((r) => typeof messages[r.key] !== 'string').map((r) => r.key), locale).toEqual([]);
    }
  });
});
