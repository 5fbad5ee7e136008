/**
 * A questionnaire template's validation problems in plain words, each located by phase, section
 * and question as a person counts them: "Phase 2, section 2.1, question 3: the label is missing".
 * Pure: takes the uploaded value and zod's issues, returns sentences.
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

export type TTemplateProblem = { where: string; problem: string };

const FIELD_NAMES: Record<string, string> = {
  key: 'the key',
  version: 'the version number',
  platform: 'the platform',
  title: 'the title',
  source: 'the source',
  label: 'the label',
  id: 'the id',
  number: 'the number',
  kind: 'the kind of question',
  options: 'the options',
  columns: 'the columns',
  evidence: 'the evidence',
  guidance: 'the guidance',
  unit: 'the unit',
  intro: 'the introduction',
  phases: 'the phases',
  sections: 'the sections',
  questions: 'the questions',
  checkpoints: 'the checkpoints',
  value: 'the value',
  required: 'whether it is required',
  optional: 'whether it is optional',
  min: 'the minimum',
  max: 'the maximum',
  maxLength: 'the maximum length',
  maxRows: 'the maximum number of rows',
};

const PLURAL_ITEMS: Record<string, [string, string]> = {
  phases: ['phase', 'phases'],
  sections: ['section', 'sections'],
  options: ['option', 'options'],
  columns: ['column', 'columns'],
  evidence: ['question cited as evidence', 'questions cited as evidence'],
};

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object' };

function at(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}

/** "Phase 2, section 2.1, question 3, option 1" from a path, reading section numbers from the template where it has them. */
export function locate(raw: unknown, path: readonly PropertyKey[]): { where: string; field: string | undefined; value: unknown } {
  const parts: string[] = [];
  let node: unknown = raw;
  let field: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof next === 'number' && typeof key === 'string') {
      const item = at(at(node, key), next);
      const n = next + 1;
      if (key === 'phases') parts.push(`Phase ${typeof at(item, 'number') === 'number' ? String(at(item, 'number')) : n}`);
      else if (key === 'sections') parts.push(`section ${typeof at(item, 'number') === 'string' && at(item, 'number') ? String(at(item, 'number')) : n}`);
      else if (key === 'questions') parts.push(`question ${n}`);
      else if (key === 'checkpoints') parts.push(`checkpoint ${n}`);
      else if (key === 'options') parts.push(`option ${n}`);
      else if (key === 'columns') parts.push(`column ${n}`);
      else if (key === 'evidence') parts.push(`evidence ${n}`);
      else parts.push(`${key} ${n}`);
      node = item;
      i += 1;
      field = undefined;
    } else {
      node = at(node, key);
      field = String(key);
    }
  }
  const where = parts.length ? parts.join(', ') : 'The template';
  return { where: where.charAt(0).toUpperCase() + where.slice(1), field, value: node };
}

function nameOf(field: string | undefined): string {
  if (field === undefined) return 'this entry';
  return FIELD_NAMES[field] ?? `“${field}”`;
}

function problemOf(issue: TTemplateIssue, field: string | undefined, value: unknown): string {
  const name = nameOf(field);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${name} is missing`;
      return `${name} must be ${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'something else'}`;
    case 'too_small': {
      const min = Number(issue.minimum ?? 1);
      if (issue.origin === 'string') return `${name} is empty`;
      if (issue.origin === 'array') {
        const [one, many] = PLURAL_ITEMS[field ?? ''] ?? ['entry', 'entries'];
        return `${name} need${field && field.endsWith('s') ? '' : 's'} at least ${min} ${min === 1 ? one : many}`;
      }
      return `${name} must be at least ${min}`;
    }
    case 'too_big':
      return `${name} must be at most ${Number(issue.maximum)}`;
    case 'invalid_union':
    case 'invalid_value': {
      const choices = (issue.options ?? issue.values ?? []).map((o) => `“${String(o)}”`);
      return choices.length ? `${name} must be one of ${choices.join(', ')}` : `${name} is not valid`;
    }
    case 'invalid_format':
      return `${name} is not in the expected form (${issue.message})`;
    case 'not_multiple_of':
      return `${name} must be a whole number`;
    case 'unrecognized_keys':
      return `there is an entry the template format does not know (${issue.message})`;
    case 'custom':
      return issue.message;
    default:
      return `${name} is not valid`;
  }
}

/** Every problem of an uploaded template, in the template's order, each in words. */
export function templateProblems(raw: unknown, issues: readonly TTemplateIssue[]): TTemplateProblem[] {
  return issues.map((issue) => {
    const { where, field, value } = locate(raw, issue.path);
    return { where, problem: problemOf(issue, field, value) };
  });
}

export const problemText = (p: TTemplateProblem) => `${p.where}: ${p.problem}`;
