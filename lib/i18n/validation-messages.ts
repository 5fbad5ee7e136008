/**
 * The zod error map per language. Schemas keep their English messages (English stays the source,
 * and the server's answers to API clients stay English); what people read is translated where it
 * is shown: a fixed sentence is looked up in VALIDATION_SENTENCES (validation-sentences.ts); a
 * message with figures or field names is recognised by a rule here, which names its key in the
 * `validation` messages with what it quotes as parameters. A message neither knows is shown as
 * written (English), never as a key; tests/unit/validation-completeness.test.ts keeps lib/schemas covered.
 */
import { ROLES } from '@/lib/auth/permissions';
import { translateConfigError } from './config-error-messages';
import { translateByRules, type TMessageRule, type TTranslate } from './message-rules';
import { VALIDATION_SENTENCES } from './validation-sentences';


/** The fields messages name ("Forms per user per month: at least 0.", "Client name: enter text."), by their key of validation.fieldNames. */
const FIELD_NAMES: Record<string, string> = {
  Users: 'users',
  Months: 'months',
  Years: 'years',
  'Existing forms': 'existingForms',
  'Forms per user per month': 'formsPerUserPerMonth',
  'Cases per user per month': 'casesPerUserPerMonth',
  'Case updates per user per month': 'caseUpdatesPerUserPerMonth',
  'Attachment size per form': 'attachmentKbPerForm',
  'Concurrent users': 'concurrentUsers',
  'Data values per year': 'dataValuesPerYear',
  'Tracked entities': 'trackedEntities',
  'Events per year': 'eventsPerYear',
  'FTE': 'fte',
  'DHIS2 systems': 'dhis2Systems',
  'Daily backups kept': 'dailyBackups',
  'Weekly backups kept': 'weeklyBackups',
  'Monthly backups kept': 'monthlyBackups',
  'Client name': 'clientName',
  'Current SaaS description': 'saasDescription',
  'Hosting quotes': 'hostingQuotes',
  'Period of performance': 'periodOfPerformance',
  'Submission e-mail': 'submissionEmail',
  'Project summary': 'projectSummary',
  'Scope notes': 'scopeNotes',
  'Contact name': 'contactName',
  'Contact role': 'contactRole',
  'Contact e-mail': 'contactEmail',
  'Contact phone': 'contactPhone',
};
/** A field named in a message, in the reader's language when it is one of the calculators' (else as written: a label already translated). */
const field = (name: string, t: TTranslate) => (Object.hasOwn(FIELD_NAMES, name) ? t(`fieldNames.${FIELD_NAMES[name]}`) : name);

/** The roles as the API names them ("Choose a role: planner, …"), each with its name in validation.roleNames. */
const ROLE_NAMES = new Set<string>(ROLES);

const num = (s: string) => Number(s.replace(/,/g, ''));

export const VALIDATION_RULES: TMessageRule[] = [
  { pattern: /^At most ([\d,]+) characters\.$/, key: 'atMostCharacters', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Links are at most ([\d,]+) characters\.$/, key: 'linkTooLong', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Enter at least (-?[\d,.]+)\.$/, key: 'atLeast', params: (m) => ({ min: num(m[1]) }) },
  { pattern: /^Enter at most (-?[\d,.]+)\.$/, key: 'atMost', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) rows\.$/, key: 'atMostRows', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^(.+): enter a number\.$/, key: 'fieldEnterNumber', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^(.+): at least 0\.$/, key: 'fieldAtLeastZero', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^(.+): at least (-?[\d,.]+)\.$/, key: 'fieldAtLeast', params: (m, t) => ({ field: field(m[1], t), min: num(m[2]) }) },
  { pattern: /^(.+): at most (-?[\d,.]+)\.$/, key: 'fieldAtMost', params: (m, t) => ({ field: field(m[1], t), max: num(m[2]) }) },
  { pattern: /^(.+): a whole number\.$/, key: 'fieldWholeNumber', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^Plan at least ([\d,]+) months\.$/, key: 'planAtLeastMonths', params: (m) => ({ min: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) months\.$/, key: 'atMostMonths', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^(.+): that number is too large\.$/, key: 'fieldTooLarge', params: (m) => ({ field: m[1] }) },
  { pattern: /^(.+): enter a whole number\.$/, key: 'fieldEnterWholeNumber', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^(.+): enter text\.$/, key: 'fieldEnterText', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^(.+): at most ([\d,]+) characters\.$/, key: 'fieldAtMostCharacters', params: (m, t) => ({ field: field(m[1], t), max: num(m[2]) }) },
  { pattern: /^(.+): enter a valid e-mail address\.$/, key: 'fieldEnterValidEmail', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^Names are at most ([\d,]+) characters\.$/, key: 'namesTooLong', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^System names are at most ([\d,]+) characters\.$/, key: 'systemNamesTooLong', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Country names are at most ([\d,]+) characters\.$/, key: 'countryNamesTooLong', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Roles are at most ([\d,]+) characters\.$/, key: 'rolesTooLong', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^File names are at most ([\d,]+) characters\.$/, key: 'fileNamesTooLong', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Passwords need at least ([\d,]+) characters\.$/, key: 'passwordTooShort', params: (m) => ({ min: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) of your own questionnaires\.$/, key: 'atMostOwnQuestionnaires', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) DHIS2 systems\.$/, key: 'atMostDhis2Systems', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) systems\.$/, key: 'atMostSystems', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^At least ([\d,]+) days?\.$/, key: 'atLeastDays', params: (m) => ({ min: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) days?\.$/, key: 'atMostDays', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) contacts\.$/, key: 'atMostContacts', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) growth steps\.$/, key: 'atMostGrowthSteps', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) people\.$/, key: 'atMostPeople', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^DHIS2 version: one of (.+)\.$/, key: 'dhis2VersionOneOf', params: (m) => ({ versions: m[1] }) },
  // The role words the API accepts; people read them as the roles' names.
  { pattern: /^Choose a role: (.+)\.$/, key: 'chooseRole', params: (m, t) => ({ roles: m[1].split(', ').map((r) => (ROLE_NAMES.has(r) ? t(`roleNames.${r}`) : r)).join(', ') }) },
  { pattern: /^"(.+)" is listed more than once\.$/, key: 'listedMoreThanOnce', params: (m) => ({ id: m[1] }) },
  { pattern: /^"(.+)" is listed twice\.$/, key: 'listedTwice', params: (m) => ({ name: m[1] }) },
  { pattern: /^Not a Hosting Readiness export \(format must be "(.*)"\)\.$/, key: 'notAnExport', params: (m) => ({ format: m[1] }) },
];

/**
 * A message of lib/schemas (or of the action wrappers, or a refusal of a pasted sizing
 * configuration: config-error-messages.ts) in the reader's language, through `t` of the `validation` namespace.
 */
export function translateValidation(message: string, t: TTranslate): string {
  if (Object.hasOwn(VALIDATION_SENTENCES, message)) return t(VALIDATION_SENTENCES[message]);
  return translateByRules(VALIDATION_RULES, message, t) ?? translateConfigError(message, t) ?? message;
}
