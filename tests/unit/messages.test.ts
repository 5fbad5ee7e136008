import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { LOCALES } from '@/lib/domain/locale';
import { MESSAGES_DIR, loadMessages } from '@/lib/i18n/load-messages';
import { VALIDATION_RULES, translateValidation } from '@/lib/i18n/validation-messages';
import { ARCHIVED_READ_ONLY_MESSAGE } from '@/lib/domain/assessment-read-only';

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return [[prefix, `(not text: ${JSON.stringify(tree)})`]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The ICU arguments and rich-text tags of a message: "{max, number}" → "max", "<code>" → "<code>". */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]).concat([...text.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`)))].sort();

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

  it('the validation map names only keys that exist, and translates a known message', () => {
    const keys = english.validation;
    expect(VALIDATION_RULES.filter((r) => !keys.has(r.key)).map((r) => r.key)).toEqual([]);
    const fr = createTranslator({ locale: 'fr', messages: loadMessages('fr'), namespace: 'validation' as never });
    expect(translateValidation('At most 2,000 characters.', (k, p) => fr(k as never, p as never))).toBe('2\u202f000 caractères au plus.');
    expect(translateValidation('Enter at least 1.', (k, p) => fr(k as never, p as never))).toBe('Saisissez au moins 1.');
    // The refusal of every write to an archived assessment reaches people in their language.
    expect(translateValidation(ARCHIVED_READ_ONLY_MESSAGE, (k, p) => fr(k as never, p as never))).toMatch(/^Cette évaluation est archivée/);
    expect(translateValidation('Not a message we know.', (k, p) => fr(k as never, p as never))).toBe('Not a message we know.');
  });
});
