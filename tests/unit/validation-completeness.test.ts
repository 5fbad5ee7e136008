import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import type { TLocale } from '@/lib/domain/locale';
import { loadMessages } from '@/lib/i18n/load-messages';
import { translateValidation } from '@/lib/i18n/validation-messages';

/**
 * Every message of lib/schemas reaches people in their language: a message no rule of
 * lib/i18n/validation-messages.ts knows is shown in English. Not api-read.ts (OpenAPI field
 * descriptions) nor backup-cli.ts (a command-line tool's).
 */
const SCHEMAS_DIR = 'lib/schemas';
const NOT_SHOWN_TO_PEOPLE = new Set(['api-read.ts', 'backup-cli.ts']);

/** A sentence for people: starts with a capital or a quote, ends with a full stop. */
const isSentence = (s: string) => /^["A-Z]/.test(s) && /\.$/.test(s) && s.includes(' ');

/** An OpenAPI description (`.meta({ description: '…' })`): read by developers, not a message. */
const isDescription = (node: ts.Node) => ts.isPropertyAssignment(node.parent) && node.parent.name.getText() === 'description';

/** The string-literal messages and the template-literal ones (as their parts around `${…}`) of one file. */
function messagesOf(file: string): { literals: string[]; templates: string[][] } {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals: string[] = [];
  const templates: string[][] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isSentence(node.text) && !isDescription(node)) literals.push(node.text);
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (/\.$/.test(parts.at(-1)!) && parts.join('x').includes(' ')) templates.push(parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, templates };
}

const files = fs.readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.ts') && !NOT_SHOWN_TO_PEOPLE.has(f));
const found = files.map((f) => ({ file: f, ...messagesOf(path.join(SCHEMAS_DIR, f)) }));
const literals = [...new Set(found.flatMap((f) => f.literals))];

/**
 * Messages built with `${…}`, as people can meet them: every template-literal message of
 * lib/schemas must match one of these (checked below), each with every field name it is built with.
 */
const TEMPLATE_EXAMPLES = [
  'At most 500 characters.',
  'Enter at least 1.',
  'Enter at most 1,000.',
  'At most 50 rows.',
  'Durée (mois): enter a number.',
  'Durée (mois): at least 0.',
  'Durée (mois): that number is too large.',
  'Not a Hosting Readiness export (format must be "hosting-readiness/assessment").',
  '"commcare.p1.q1" is listed more than once.',
  'Choose a role: planner, reviewer, consultant, admin.',
  'The configuration is larger than 256 KB.',
  'Existing forms: at most 10,000,000,000.',
  'Forms per user per month: at most 100,000.',
  'Cases per user per month: at most 100,000.',
  'Case updates per user per month: at most 100,000.',
  'Attachment size per form: at most 1,000,000.',
  'Concurrent users: enter a number.',
  'Data values per year: a whole number.',
  'Tracked entities: at least 0.',
  'Events per year: at most 10,000,000,000.',
  'Daily backups kept: enter a whole number.',
  'Weekly backups kept: a whole number.',
  'Monthly backups kept: at most 120.',
  'Daily backups kept: at least 0.',
  'DHIS2 version: one of 2.42, 2.41, 2.40.',
  '"Awa Traoré" is listed twice.',
  'Client name: enter text.',
  'Current SaaS description: at most 2,000 characters.',
  'Period of performance: at most 200 characters.',
  'Project summary: at most 10,000 characters.',
  'Scope notes: enter text.',
  'Contact name: at most 200 characters.',
  'Contact role: enter text.',
  'Contact phone: at most 60 characters.',
  'Contact e-mail: enter a valid e-mail address.',
  'Contact e-mail: at most 320 characters.',
  'Submission e-mail: enter a valid e-mail address.',
];

const translator = (locale: TLocale) => {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'validation' as never, onError: (e) => { throw e; } });
  return (message: string) => translateValidation(message, (key, params) => t(key as never, params as never));
};
const T = { en: translator('en'), fr: translator('fr'), pt: translator('pt') };

describe('every message of lib/schemas in every language', () => {
  it('finds the messages (the scan works)', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(literals).toContain('Name the assessment.');
    expect(found.flatMap((f) => f.templates).length).toBeGreaterThan(10);
  });

  it.each(['fr', 'pt'] as const)('%s: no string-literal message is left in English', (locale) => {
    expect(literals.filter((m) => T[locale](m) === m)).toEqual([]);
  });

  it('en: every string-literal message reads back as written', () => {
    expect(literals.map((m) => [m, T.en(m)]).filter(([m, shown]) => shown !== m)).toEqual([]);
  });

  it('every template-literal message has an example below', () => {
    const patterns = found.flatMap((f) => f.templates.map((parts) => ({ file: f.file, parts, re: new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`) })));
    expect(patterns.filter((p) => !TEMPLATE_EXAMPLES.some((e) => p.re.test(e))).map((p) => `${p.file}: ${p.parts.join('${…}')}`)).toEqual([]);
  });

  it.each(TEMPLATE_EXAMPLES)('%s: translated, and read back as written in English', (message) => {
    expect(T.en(message)).toBe(message);
    for (const locale of ['fr', 'pt'] as const) expect(T[locale](message), locale).not.toBe(message);
  });

  it('field names the messages start with are translated too (not "Nom du client" beside an English word)', () => {
    const prefixes = new Set([...literals, ...TEMPLATE_EXAMPLES].flatMap((m) => /^([A-Z][\w -]+): /.exec(m)?.[1] ?? []));
    prefixes.delete('Durée (mois)'); // a question's column label, already in the reader's language
    for (const locale of ['fr', 'pt'] as const) {
      const left = [...prefixes].filter((p) => [...literals, ...TEMPLATE_EXAMPLES].some((m) => m.startsWith(`${p}: `) && T[locale](m).startsWith(`${p}`)));
      expect(left, locale).toEqual([]);
    }
  });
});
