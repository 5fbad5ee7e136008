/**
 * The refusals of a commcare-resource-model configuration (the parser of
 * lib/domain/resource-model-config.ts and what the calculator needs, lib/domain/commcare-assessment-config.ts)
 * in the reader's language. Like the validation messages, they stay English where they are made
 * (the API's answers) and are translated where shown: a refusal reads "<YAML path> (line N): <message>"
 * (configErrorText); the path and line are where the person must edit the text they pasted, so
 * they stay as written, and the sentence around them is translated. Each rule recognises one
 * English message and names its key in the `validation` messages; the values it quotes (YAML
 * keys, dates, names of usage models) are parameters. A message no rule knows stays as written.
 */
import { translateByRules, type TMessageRule, type TTranslate } from './message-rules';

/** The usage fields and services the calculator needs, by their plain name (validation.configFields / configServices). */
const FIELD_NAMES = new Set(['forms_total', 'cases_total', 'case_transactions_total', 'forms_monthly', 'case_transactions']);
const SERVICE_NAMES = new Set(['riakcs']);
const fieldName = (name: string, english: string, t: TTranslate) => (FIELD_NAMES.has(name) ? t(`configFields.${name}`) : english);
const serviceName = (id: string, english: string, t: TTranslate) => (SERVICE_NAMES.has(id) ? t(`configServices.${id}`) : english);

/** The kinds zod names in its own messages ("Invalid input: expected number, received string"). */
const KINDS = new Set(['number', 'int', 'string', 'boolean', 'object', 'record', 'array']);

export const CONFIG_ERROR_RULES: TMessageRule[] = [
  // The parser's own messages.
  { pattern: /^must be a number$/, key: 'configMustBeNumber' },
  { pattern: /^must be 0 or more$/, key: 'configAtLeastZero' },
  { pattern: /^must be a whole number$/, key: 'configWholeNumber' },
  { pattern: /^must be more than 0$/, key: 'configMoreThanZero' },
  { pattern: /^must be the name of a usage field$/, key: 'configFieldNameExpected' },
  { pattern: /^must be a size in bytes or like 50KB, 200MB, 100GB$/, key: 'configSize' },
  { pattern: /^must be a date like '20240701'$/, key: 'configDateExpected' },
  { pattern: /^'(.*)' is not a date like '20240701'$/, key: 'configNotADate', params: (m) => ({ value: m[1] }) },
  { pattern: /^'(.*)' is not the first of a month \(the model counts whole months\)$/, key: 'configNotFirstOfMonth', params: (m) => ({ value: m[1] }) },
  { pattern: /^'(.*)' is a set placeholder; sets are not supported, write the figure itself$/, key: 'configSetPlaceholder', params: (m) => ({ value: m[1] }) },
  { pattern: /^'(.*)' must be a number$/, key: 'configValueNotNumber', params: (m) => ({ value: m[1] }) },
  { pattern: /^must be \[start, value\] or \[start, end, value\], e\.g\. \['20240701', '20240801', 1000\]$/, key: 'configRangeShape' },
  { pattern: /^must be a list of date ranges$/, key: 'configRangeList' },
  { pattern: /^needs at least one range$/, key: 'configOneRange' },
  { pattern: /^needs at least one field$/, key: 'configOneField' },
  { pattern: /^must be a month like '2024-08'$/, key: 'configMonthExpected' },
  { pattern: /^must be one of KB, MB, GB, TB$/, key: 'configDisplayUnit' },
  { pattern: /^The configuration uses too many aliases \((.*)\)\.$/, key: 'configTooManyAliases', params: (m) => ({ detail: m[1] }) },
  { pattern: /^'(.*)' is not an option the model knows$/, key: 'configUnknownOption', params: (m) => ({ option: m[1] }) },
  { pattern: /^is required$/, key: 'configRequired' },
  { pattern: /^The configuration must be a YAML mapping of settings\.$/, key: 'configNotMapping' },
  { pattern: /^'(.*)' \(scenario sets\) is not supported: run each set as its own configuration$/, key: 'configSets', params: (m) => ({ option: m[1] }) },
  { pattern: /^has (\d+) fields; at most (\d+) are accepted$/, key: 'configTooManyFields', params: (m) => ({ count: Number(m[1]), max: Number(m[2]) }) },
  { pattern: /^needs a 'users' field \(every service's load and the report's user count come from it\)$/, key: 'configNeedsUsers' },
  { pattern: /^is required \(one of (.+)\)$/, key: 'configRequiredOneOf', params: (m) => ({ options: m[1] }) },
  { pattern: /^'(.*)' is not a usage model \(one of (.+)\)$/, key: 'configUnknownModel', params: (m) => ({ value: m[1], options: m[2] }) },
  { pattern: /^ends \((.+)\) before it starts \((.+)\)$/, key: 'configRangeBackwards', params: (m) => ({ end: m[1], start: m[2] }) },
  { pattern: /^starts \((.+)\) before the previous range ends \((.+)\); ranges must be in date order$/, key: 'configRangeOrder', params: (m) => ({ start: m[1], previousEnd: m[2] }) },
  { pattern: /^'(.*)' is not a usage field$/, key: 'configUnknownField', params: (m) => ({ field: m[1] }) },
  { pattern: /^(.+) depend on each other in a cycle; no order can compute them$/, key: 'configCycle', params: (m) => ({ fields: m[1] }) },
  { pattern: /^needs a date_range_value field \(such as 'users'\) whose ranges give the months$/, key: 'configNeedsMonths' },
  { pattern: /^covers (\d+) months; at most (\d+) are accepted$/, key: 'configTooManyMonths', params: (m) => ({ count: Number(m[1]), max: Number(m[2]) }) },
  { pattern: /^(\S+) is not one of the configuration's months \((\S+) to (\S+)\)$/, key: 'configSummaryDate', params: (m) => ({ month: m[1], first: m[2], last: m[3] }) },
  { pattern: /^needs at least one service$/, key: 'configOneService' },
  { pattern: /^has (\d+) services; at most (\d+) are accepted$/, key: 'configTooManyServices', params: (m) => ({ count: Number(m[1]), max: Number(m[2]) }) },
  { pattern: /^is required for a service with VMs \(cores_per_node and ram_per_node\)$/, key: 'configProcessRequired' },
  { pattern: /^is required when sub_processes are listed$/, key: 'configSubProcessSize' },
  { pattern: /^needs one of static_number and capacity$/, key: 'configSubProcessCount' },
  { pattern: /^must be less than ram_per_node$/, key: 'configRamBaseline' },
  // The YAML reader's most common refusal (its others stay in its own words).
  { pattern: /^Map keys must be unique$/, key: 'configDuplicateKey' },
  { pattern: /^The configuration is larger than (\d+) KB\.$/, key: 'configTooLarge', params: (m) => ({ kb: Number(m[1]) }) },
  // What the calculator needs of a configuration.
  {
    pattern: /^needs a '(\w+)' field \((.+)\): the sizing reports it for every period$/,
    key: 'configNeedsTotal',
    params: (m, t) => ({ field: m[1], label: fieldName(m[1], m[2], t) }),
  },
  {
    pattern: /^needs '(\w+)' as a (\w+) field: the assessment's answer on (.+) replaces its (\w+)$/,
    key: 'configNeedsRateModel',
    params: (m, t) => ({ field: m[1], model: m[2], label: fieldName(m[1], m[3], t), param: m[4] }),
  },
  {
    pattern: /^needs the service '(\w+)' \((.+)\) with a data model on '(\w+)': the assessment's answer on attachments per form sets its unit size$/,
    key: 'configNeedsAttachmentService',
    params: (m, t) => ({ service: m[1], label: serviceName(m[1], m[2], t), field: m[3] }),
  },
  { pattern: /^The calculator cannot use this configuration \((.*)\)\.$/, key: 'configUnusable', params: (m) => ({ detail: m[1] }) },
  { pattern: /^The configuration gives figures too large to compute; check its factors and unit sizes\.$/, key: 'configOverflow' },
  // zod's own messages, for the settings the parser leaves to it.
  { pattern: /^Invalid input: expected (\w+), received \w+$/, key: 'configExpected', params: (m, t) => (KINDS.has(m[1]) ? { kind: t(`configKinds.${m[1]}`) } : null) },
  { pattern: /^Too small: expected number to be >=(-?[\d.]+)$/, key: 'configAtLeast', params: (m) => ({ min: Number(m[1]) }) },
  { pattern: /^Too small: expected string to have >=1 characters$/, key: 'configNotEmpty' },
];

/** A refusal's place: "<path> (line N): <message>", "The configuration (line N): <message>", "<path>: <message>". */
const PLACE = /^(The configuration|\S+?)(?: \(line (\d+)\))?: (.+)$/s;

const translateMessage = (message: string, t: TTranslate) => translateByRules(CONFIG_ERROR_RULES, message, t);

/**
 * A configuration's refusal in the reader's language through `t` of the `validation` namespace,
 * or null when it is not one. A refusal with a line whose message no rule knows (the YAML
 * reader's own words) is placed in the reader's language with that message as written.
 */
export function translateConfigError(text: string, t: TTranslate): string | null {
  const m = PLACE.exec(text);
  const message = m && translateMessage(m[3], t);
  if (!message) {
    const alone = translateMessage(text, t);
    if (alone !== null) return alone;
  }
  if (!m) return null;
  const [, path, line, inner] = m;
  const isWhole = path === 'The configuration';
  if (message === null && !line && !isWhole) return null;
  const params = { ...(isWhole ? {} : { path }), ...(line ? { line } : {}), message: message ?? inner };
  return t(isWhole ? (line ? 'configWholeAtLine' : 'configWhole') : line ? 'configAtLine' : 'configAt', params);
}
