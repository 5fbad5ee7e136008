import { reason, type TReason } from './reason';

/**
 * A questionnaire template's validation problems, each located by phase, section and question as a
 * person counts them ("Phase 2, section 2.1, question 3: the label is missing"), as reasons: message
 * keys of the `templates` messages (problems.*) with their figures, put into words in the reader's
 * language (the editor) or in English (the API's `text`). Pure: takes the uploaded value and zod's
 * issues. The schema's own checks (duplicate ids, unknown evidence…) come as their English message.
 */

export type TTemplateIssue = {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
  options?: unknown[];
  values?: unknown[];
};

export type TTemplateProblem = { where: TReason; problem: TReason };

/** Fields the messages name (problems.field); any other is quoted as it is spelled. */
const FIELDS = new Set(['key', 'version', 'platform', 'title', 'source', 'label', 'id', 'number', 'kind', 'options', 'columns', 'evidence', 'guidance', 'unit', 'intro', 'phases', 'sections', 'questions', 'checkpoints', 'value', 'required', 'optional', 'min', 'max', 'maxLength', 'maxRows']);
/** Lists whose items the messages count by name (problems.atLeastItems). */
const COUNTED = new Set(['phases', 'sections', 'questions', 'checkpoints', 'options', 'columns', 'evidence']);
const TYPES = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);
const PLACES = new Set(['phases', 'sections', 'questions', 'checkpoints', 'options', 'columns', 'evidence']);

/** The whole template, as a place. */
export const WHOLE_TEMPLATE: TReason = reason('problems.wholeTemplate');

function at(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}

/** "Phase 2, section 2.1, question 3, option 1" from a path, reading section numbers from the template where it has them. */
export function locate(raw: unknown, path: readonly PropertyKey[]): { where: TReason; field: string | undefined; value: unknown } {
  const parts: TReason[] = [];
  let node: unknown = raw;
  let field: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof next === 'number' && typeof key === 'string') {
      const item = at(at(node, key), next);
      let n = String(next + 1);
      if (key === 'phases' && typeof at(item, 'number') === 'number') n = String(at(item, 'number'));
      if (key === 'sections' && typeof at(item, 'number') === 'string' && at(item, 'number')) n = String(at(item, 'number'));
      parts.push(reason('problems.place', { place: PLACES.has(key) ? key : 'other', name: key, n, isFirst: parts.length === 0 ? 'yes' : 'no' }));
      node = item;
      i += 1;
      field = undefined;
    } else {
      node = at(node, key);
      field = String(key);
    }
  }
  const where = parts.length === 0 ? WHOLE_TEMPLATE : parts.reduce((outer, inner) => reason('problems.within', { outer, inner }));
  return { where, field, value: node };
}

const nameOf = (field: string | undefined): TReason => reason('problems.field', { field: field === undefined ? 'none' : FIELDS.has(field) ? field : 'other', name: field ?? '' });

function problemOf(issue: TTemplateIssue, field: string | undefined, value: unknown): TReason {
  const name = nameOf(field);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return reason('problems.missing', { name });
      return reason('problems.wrongType', { name, type: TYPES.has(issue.expected ?? '') ? issue.expected! : 'other' });
    case 'too_small': {
      const min = Number(issue.minimum ?? 1);
      if (issue.origin === 'string') return reason('problems.empty', { name });
      if (issue.origin === 'array') return reason('problems.atLeastItems', { name, items: COUNTED.has(field ?? '') ? field! : 'other', min });
      return reason('problems.atLeast', { name, min });
    }
    case 'too_big':
      return reason('problems.atMost', { name, max: Number(issue.maximum) });
    case 'invalid_union':
    case 'invalid_value': {
      const choices = (issue.options ?? issue.values ?? []).map((o) => `“${String(o)}”`);
      return choices.length ? reason('problems.oneOf', { name, choices: choices.join(', ') }) : reason('problems.notValid', { name });
    }
    case 'invalid_format':
      return reason('problems.badFormat', { name, detail: issue.message });
    case 'not_multiple_of':
      return reason('problems.wholeNumber', { name });
    case 'unrecognized_keys':
      return reason('problems.unknownEntry', { detail: issue.message });
    case 'custom':
      return reason('problems.schemaSays', { detail: issue.message });
    default:
      return reason('problems.notValid', { name });
  }
}

/** Every problem of an uploaded template, in the template's order. */
export function templateProblems(raw: unknown, issues: readonly TTemplateIssue[]): TTemplateProblem[] {
  return issues.map((issue) => {
    const { where, field, value } = locate(raw, issue.path);
    return { where, problem: problemOf(issue, field, value) };
  });
}

/** "Phase 2, section 2.1: the title is empty" in the words of `say`. */
export const problemText = (p: TTemplateProblem, say: (r: TReason) => string) => say(reason('problems.line', { where: p.where, problem: p.problem }));

/** Problems of the text as a whole, before the template schema: too deep, not JSON. */
export const tooDeepProblem = (max: number): TTemplateProblem => ({ where: WHOLE_TEMPLATE, problem: reason('problems.tooDeep', { max }) });
export const notJsonProblem = (detail: string): TTemplateProblem => ({ where: WHOLE_TEMPLATE, problem: reason('problems.notJson', { detail }) });
