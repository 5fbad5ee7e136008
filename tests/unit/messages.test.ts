import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { LOCALES } from '@/lib/domain/locale';
import { MESSAGES_DIR, loadMessages } from '@/lib/i18n/load-messages';
import { VALIDATION_RULES, translateValidation } from '@/lib/i18n/validation-messages';
import { VALIDATION_SENTENCES } from '@/lib/i18n/validation-sentences';
import { ARCHIVED_READ_ONLY_MESSAGE } from '@/lib/domain/assessment-read-only';

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return [[prefix, `(not text: ${JSON.stringify(tree)})`]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * The ICU arguments of a message, those inside the branches of a plural or select included, but not
 * the branches' own words: "{max, number}" → "max", "{n, select, 0 {none} other {#}}" → "n".
 */
function icuArguments(text: string): string[] {
  const names: string[] = [];
  let i = 0;
  /** Reads message text up to the `}` closing the current branch (or the end). */
  const message = () => {
    while (i < text.length && text[i] !== '}') {
      if (text[i] === "'" && text[i + 1] === "'") i += 2; // an apostrophe written twice is one apostrophe ("''{value}''")
      else if (text[i] === "'" && text[i + 1] === '{') i = text.indexOf("'", i + 1) + 1 || text.length; // quoted literal
      else if (text[i] === '{') argument();
      else i++;
    }
  };
  const argument = () => {
    const close = /^\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?(,|\})/.exec(text.slice(i));
    if (!close) return void i++;
    names.push(close[1]);
    i += close[0].length;
    if (close[3] === '}') return;
    if (!/^(plural|select|selectordinal)$/.test(close[2] ?? '')) return void (i = text.indexOf('}', i) + 1 || text.length); // {x, number, percent}
    // Branches: selector {message} ... until the closing `}`.
    while (i < text.length && text[i] !== '}') {
      if (text[i] === '{') {
        i++;
        message();
        i++;
      } else i++;
    }
    i++;
  };
  message();
  return names;
}

/** The ICU arguments and rich-text tags of a message: "{max, number}" → "max", "<code>" → "<code>". */
const placeholders = (text: string) => [...new Set(icuArguments(text).concat([...text.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`)))].sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

const english = Object.fromEntries(Object.entries(loadMessages('en')).map(([ns, tree]) => [ns, new Map(leaves(tree))]));

describe('interface messages', () => {
  it('every language has the same namespaces', () => {
    for (const locale of LOCALES) expect(fs.readdirSync(path.join(MESSAGES_DIR, locale)).sort(), locale).toEqual(fs.readdirSync(path.join(MESSAGES_DIR, 'en')).sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key, no other, and the same placeholders', (locale) => {
    const messages = loadMessages(locale);
    for (const [ns, en] of Object.entries(english)) {
      const theirs = new Map(leaves(messages[ns]));
      expect([...theirs.keys()].sort(), `${locale}/${ns}.json keys`).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(placeholders(theirs.get(key) ?? ''), `${locale}/${ns}.json ${key}`).toEqual(placeholders(text));
        expect((theirs.get(key) ?? '').trim(), `${locale}/${ns}.json ${key} is empty`).not.toBe('');
      }
    }
  });

  it('every message compiles and formats in every language', () => {
    for (const locale of LOCALES) {
      const messages = loadMessages(locale);
      for (const [ns, en] of Object.entries(english)) {
        const t = createTranslator({ locale, messages, namespace: ns as never, onError: (e) => { throw e; } });
        for (const [key, text] of en) {
          const values = Object.fromEntries(placeholders(text).map((p) => (p.startsWith('<') ? [p.slice(1, -1), (c: unknown) => c] : [p, 1])));
          expect(() => (placeholders(text).some((p) => p.startsWith('<')) ? t.rich(key as never, values as never) : t(key as never, values as never)), `${locale} ${ns}.${key}`).not.toThrow();
        }
      }
    }
  }, 30_000); // compiles every message of three languages: seconds on a loaded machine

  it('every key is used by the code (a static key, or a dynamic one under its parent)', () => {
    const source = [...sourceFiles('app'), ...sourceFiles('lib')].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const unused = Object.entries(english).flatMap(([ns, en]) =>
      [...en.keys()].filter((key) => {
        const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : null;
        return !source.includes(`'${key}'`) && !(parent && source.includes(`\`${parent}.\${`)) && !source.includes(`'${ns}.${key}'`);
      }).map((key) => `${ns}.${key}`),
    );
    expect(unused).toEqual([]);
  });

  it('every static key the code asks for exists (t(\'key\') of a namespace bound by useTranslations/getTranslations, and the engines\' reasons)', () => {
    const missing: string[] = [];
    const has = (ns: string, key: string) => english[ns]?.has(key) || [...(english[ns]?.keys() ?? [])].some((k) => k.startsWith(`${key}.`));
    for (const file of [...sourceFiles('app'), ...sourceFiles('lib')]) {
      const text = fs.readFileSync(file, 'utf8');
      // Translators and their namespaces, where they are bound (a name bound again further down, in another component, is that one):
      // `const t = useTranslations('ns')`, `[t, tf, x] = await Promise.all([getTranslations('a'), getTranslations('b'), ...])`.
      const bindings: { name: string; ns: string; at: number }[] = [];
      for (const m of text.matchAll(/\b(\w+) = (?:await )?(?:useTranslations|getTranslations)\('(\w+)'\)/g)) bindings.push({ name: m[1], ns: m[2], at: m.index });
      for (const m of text.matchAll(/\[([\w\s,]+)\] = await Promise\.all\(\[([^\]]+)\]\)/g)) {
        const names = m[1].split(',').map((x) => x.trim());
        const calls = m[2].split(/,(?![^(]*\))/).map((x) => /(?:useTranslations|getTranslations)\('(\w+)'\)/.exec(x)?.[1]);
        names.forEach((name, i) => calls[i] && bindings.push({ name, ns: calls[i]!, at: m.index }));
      }
      for (const name of new Set(bindings.map((b) => b.name)))
        for (const m of text.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw|\\.has)?\\('([\\w.]+)'`, 'g'))) {
          const ns = bindings.filter((b) => b.name === name && b.at < m.index).pop()?.ns;
          if (ns && !has(ns, m[1])) missing.push(`${path.relative('.', file)}: ${ns}.${m[1]}`);
        }
      // The engines' reasons: reason('key', ...) of reasons.json, sizingReasons.json for the sizing engines, or templates.json for a questionnaire's problems.
      for (const m of text.matchAll(/\breason\('([\w.]+)'/g)) if (!has('reasons', m[1]) && !has('templates', m[1]) && !has('sizingReasons', m[1])) missing.push(`${path.relative('.', file)}: reasons.${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('the validation map names only keys that exist, and translates a known message', () => {
    const keys = english.validation;
    expect(VALIDATION_RULES.filter((r) => !keys.has(r.key)).map((r) => r.key)).toEqual([]);
    expect(Object.values(VALIDATION_SENTENCES).filter((key) => !keys.has(key))).toEqual([]);
    const fr = createTranslator({ locale: 'fr', messages: loadMessages('fr'), namespace: 'validation' as never });
    expect(translateValidation('At most 2,000 characters.', (k, p) => fr(k as never, p as never))).toBe('2\u202f000 caractères au plus.');
    expect(translateValidation('Enter at least 1.', (k, p) => fr(k as never, p as never))).toBe('Saisissez au moins 1.');
    // The refusal of every write to an archived assessment reaches people in their language.
    expect(translateValidation(ARCHIVED_READ_ONLY_MESSAGE, (k, p) => fr(k as never, p as never))).toMatch(/^Cette évaluation est archivée/);
    expect(translateValidation('Not a message we know.', (k, p) => fr(k as never, p as never))).toBe('Not a message we know.');
  });

  it.each([
    // The CommCare calculator's fields, named in the reader's language; a label already translated stays as given.
    ['Enter the number of mobile users.', 'Saisissez le nombre d’utilisateurs mobiles.'],
    ['Users: at least 1.', 'Utilisateurs : au moins 1.'],
    ['Users: at most 5,000,000.', 'Utilisateurs : au plus 5\u202f000\u202f000.'],
    ['Forms per user per month: enter a number.', 'Formulaires par utilisateur et par mois : saisissez un nombre.'],
    ['Attachment size per form: at least 0.', 'Taille des pièces jointes par formulaire : au moins 0.'],
    ['Months: a whole number.', 'Mois : un nombre entier.'],
    ['Plan at least 12 months.', 'Prévoyez au moins 12 mois.'],
    ['At most 120 months.', '120 mois au plus.'],
    ['Heures par semaine: enter a number.', 'Heures par semaine : saisissez un nombre.'],
  ])('the calculator in French: %s', (english, french) => {
    const fr = createTranslator({ locale: 'fr', messages: loadMessages('fr'), namespace: 'validation' as never });
    expect(translateValidation(english, (k, p) => fr(k as never, p as never))).toBe(french);
  });
});
