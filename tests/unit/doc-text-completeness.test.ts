import { describe, expect, it } from 'vitest';
import { ANNEX_TEXT } from '@/lib/domain/documents/annex-text';
import { DOC_TEXT } from '@/lib/domain/documents/doc-text';
import { PLATFORM_PARTS_TEXT } from '@/lib/domain/documents/platform-parts-text';
import { EXPORT_TEXT } from '@/lib/domain/export-text';
import { LOCALES } from '@/lib/domain/locale';

/**
 * The documents' and exports' own words (lib/domain/documents/*-text.ts, lib/domain/export-text.ts)
 * are complete in every language: the same keys, every text filled in, every function using each of
 * its arguments (the placeholders) in every language, and French and Portuguese not left in English
 * except for words that are spelt the same.
 */

type TTree = Record<string, unknown>;
const TABLES = { DOC_TEXT, ANNEX_TEXT, PLATFORM_PARTS_TEXT, EXPORT_TEXT } as unknown as Record<string, Record<string, TTree>>;

/** Every leaf as [dotted key, text]; a function is called with marker arguments ⟦0⟧, ⟦1⟧… (a count argument gets 2). */
function leaves(tree: unknown, prefix = ''): [string, string, number][] {
  if (typeof tree === 'string') return [[prefix, tree, 0]];
  if (typeof tree === 'function') {
    const arity = (tree as (...a: unknown[]) => string).length;
    const args = Array.from({ length: arity }, (_, i) => `⟦${i}⟧`);
    const text = (tree as (...a: unknown[]) => string)(...args.map((a, i) => (/count|^n$/.test(paramNames(tree)[i] ?? '') ? 2 : a)));
    return [[prefix, text, arity]];
  }
  if (Array.isArray(tree)) return tree.flatMap((v, i) => leaves(v, `${prefix}[${i}]`));
  return Object.entries(tree as TTree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const paramNames = (fn: unknown) => /^\(?([^)=]*)\)?\s*=>/.exec(String(fn))?.[1]?.split(',').map((p) => p.trim()) ?? [];

/** Words French or Portuguese documents write as English does. */
const SAME_IN_BOTH = /^(Total|Version|Service|Source|Description|Software|Configuration|Production|Phase|Date|Horizon|Budget|Personnel|Organisation|Application|Page|Client|Statut|VM|—|tracker|Formation|Machines|Notes|Consultant|consultant|production|Test|Logiciel|3 expert)$|⟦/;

describe.each(Object.keys(TABLES))('%s', (name) => {
  const table = TABLES[name];
  const english = leaves(table.en);

  it('has every language, with the same keys', () => {
    expect(Object.keys(table).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(leaves(table[locale]).map(([k]) => k), locale).toEqual(english.map(([k]) => k));
  });

  it.each(LOCALES)('%s: every text filled in, every argument used', (locale) => {
    for (const [key, text, arity] of leaves(table[locale])) {
      expect(text.trim(), `${key} is empty`).not.toBe('');
      expect(text, `${key} leaves a marker behind`).not.toMatch(/undefined|\$\{/);
      for (let i = 0; i < arity; i++) if (!/count|^n$/.test(paramNames(pathGet(table[locale], key))[i] ?? '')) expect(text, `${locale} ${key} uses argument ${i}`).toContain(`⟦${i}⟧`);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: nothing left in English but words spelt the same', (locale) => {
    const theirs = new Map(leaves(table[locale]).map(([k, t]) => [k, t]));
    const untranslated = english.filter(([k, t]) => theirs.get(k) === t && /[a-z]{3}/i.test(t) && !SAME_IN_BOTH.test(t)).map(([k, t]) => `${k}: ${t}`);
    expect(untranslated).toEqual([]);
  });
});

function pathGet(tree: unknown, key: string): unknown {
  return key.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}
