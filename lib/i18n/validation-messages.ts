/**
 * The zod error map per language. Schemas keep their English messages (English stays the source,
 * and the server's answers to API clients stay English); what people read is translated where it
 * is shown: each rule recognises one English message of lib/schemas and names its key in the
 * `validation` messages, with the figures or labels it quotes as parameters. A message no rule
 * knows is shown as written (English), never as a key.
 */
import { translateConfigError } from './config-error-messages';

type TParams = Record<string, string | number>;
type TTranslate = (key: string, params?: TParams) => string;
type TRule = { pattern: RegExp; key: string; params?: (m: RegExpExecArray, t: TTranslate) => TParams };

/** The sizing calculators' fields as their messages name them ("Forms per user per month: at least 0."), by their key of validation.fieldNames. */
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
};
/** A field named in a message, in the reader's language when it is one of the calculators' (else as written: a label already translated). */
const field = (name: string, t: TTranslate) => (Object.hasOwn(FIELD_NAMES, name) ? t(`fieldNames.${FIELD_NAMES[name]}`) : name);

const num = (s: string) => Number(s.replace(/,/g, ''));

export const VALIDATION_RULES: TRule[] = [
  { pattern: /^Enter text\.$/, key: 'enterText' },
  { pattern: /^At most ([\d,]+) characters\.$/, key: 'atMostCharacters', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Links are at most ([\d,]+) characters\.$/, key: 'linkTooLong', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Enter a date\.$/, key: 'enterDate' },
  { pattern: /^Enter a date as YYYY-MM-DD\.$/, key: 'dateFormat' },
  { pattern: /^That date does not exist\.$/, key: 'dateDoesNotExist' },
  { pattern: /^Enter a link\.$/, key: 'enterLink' },
  { pattern: /^Enter a full link starting with https:\/\/ or http:\/\/\.$/, key: 'linkScheme' },
  { pattern: /^Choose one of the options\.$/, key: 'chooseOption' },
  { pattern: /^Choose from the options\.$/, key: 'chooseFromOptions' },
  { pattern: /^Choose each option once\.$/, key: 'chooseEachOnce' },
  { pattern: /^Choose yes, no or partly\.$/, key: 'chooseYesNo' },
  { pattern: /^Enter a number\.$/, key: 'enterNumber' },
  { pattern: /^Enter a whole number\.$/, key: 'enterWholeNumber' },
  { pattern: /^Enter at least (-?[\d,.]+)\.$/, key: 'atLeast', params: (m) => ({ min: num(m[1]) }) },
  { pattern: /^Enter at most (-?[\d,.]+)\.$/, key: 'atMost', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^Enter a valid e-mail address\.$/, key: 'enterValidEmail' },
  { pattern: /^Enter a name, job function and e-mail\.$/, key: 'enterPerson' },
  { pattern: /^Each row is a set of cells\.$/, key: 'rowCells' },
  { pattern: /^Enter the rows of the table\.$/, key: 'enterRows' },
  { pattern: /^At most ([\d,]+) rows\.$/, key: 'atMostRows', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^(.+): enter a number\.$/, key: 'fieldEnterNumber', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^(.+): at least 0\.$/, key: 'fieldAtLeastZero', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^(.+): at least (-?[\d,.]+)\.$/, key: 'fieldAtLeast', params: (m, t) => ({ field: field(m[1], t), min: num(m[2]) }) },
  { pattern: /^(.+): at most (-?[\d,.]+)\.$/, key: 'fieldAtMost', params: (m, t) => ({ field: field(m[1], t), max: num(m[2]) }) },
  { pattern: /^(.+): a whole number\.$/, key: 'fieldWholeNumber', params: (m, t) => ({ field: field(m[1], t) }) },
  { pattern: /^Enter the number of mobile users\.$/, key: 'enterMobileUsers' },
  { pattern: /^Plan at least ([\d,]+) months\.$/, key: 'planAtLeastMonths', params: (m) => ({ min: num(m[1]) }) },
  { pattern: /^At most ([\d,]+) months\.$/, key: 'atMostMonths', params: (m) => ({ max: num(m[1]) }) },
  { pattern: /^(.+): that number is too large\.$/, key: 'fieldTooLarge', params: (m) => ({ field: m[1] }) },
  { pattern: /^Check this answer\.$/, key: 'checkAnswer' },
  { pattern: /^Enter your email address\.$/, key: 'enterYourEmail' },
  { pattern: /^Enter a valid email address\.$/, key: 'enterValidEmail' },
  { pattern: /^Email addresses are at most 254 characters\.$/, key: 'emailTooLong' },
  { pattern: /^Enter your password\.$/, key: 'enterPassword' },
  { pattern: /^Passwords are at most 256 characters\.$/, key: 'passwordTooLong' },
  { pattern: /^Check the highlighted fields\.$/, key: 'checkHighlighted' },
  { pattern: /^Your session has ended\. Sign in again\.$/, key: 'sessionEnded' },
  { pattern: /^Your role does not allow this\.$/, key: 'roleNotAllowed' },
  { pattern: /^Something went wrong on our side; nothing was changed\. Try again\.$/, key: 'somethingWrong' },
  { pattern: /^The email or password is not right\.$/, key: 'wrongCredentials' },
  { pattern: /^Check the form\.$/, key: 'checkHighlighted' },
  { pattern: /^Paste the configuration as text \(YAML\)\.$/, key: 'pasteConfiguration' },
  { pattern: /^The configuration cannot be used as it is\.$/, key: 'configRefused' },
  { pattern: /^The configuration could not be read\.$/, key: 'configUnreadable' },
  { pattern: /^This assessment is archived, so it is read-only\. An administrator can restore it\.$/, key: 'assessmentArchived' },
];

/**
 * A message of lib/schemas (or of the action wrappers, or a refusal of a pasted sizing
 * configuration: config-error-messages.ts) in the reader's language, through `t` of the `validation` namespace.
 */
export function translateValidation(message: string, t: TTranslate): string {
  for (const rule of VALIDATION_RULES) {
    const m = rule.pattern.exec(message);
    if (m) return t(rule.key, rule.params?.(m, t));
  }
  return translateConfigError(message, t) ?? message;
}
