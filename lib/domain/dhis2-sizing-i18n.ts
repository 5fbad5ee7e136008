import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import type { TDhis2SizingResult } from './dhis2-sizing-types';
import type { TTextOverlay } from './template-i18n';

/**
 * The DHIS2 reference data's own words (content/sizing/dhis2.json: our assumptions, the note, the
 * tiers' names, the fixed PostgreSQL settings' rules and reasons, the software versions' remarks)
 * in the reader's language. English stays the source; a translation is an overlay keyed by the
 * text's path in the file (`bytes.dataValue.assumption`, `tiers.small.label`,
 * `postgres.fixed.jit.reason`), in content/sizing/i18n/dhis2.<locale>.json. Citations (the
 * sources' titles and sections) are never translated.
 */

/** The fields whose text people read. */
const TEXT_FIELDS = new Set(['note', 'assumption', 'label', 'reason', 'rule', 'databaseSmallRamChoice', 'uptimeAssumption', 'chosenRetentionAssumption', 'java', 'postgresql', 'postgis', 'redis']);
/** Not translated: the citations, and what only maintainers read. */
const SKIPPED = new Set(['sources', 'checkedAgainst', 'source', 'filesSource', 'alternative']);
/** An array element is keyed by its id-like field (`tiers.small`, `postgres.fixed.jit`, `software.versions.2.41`). */
const elementKey = (x: unknown, i: number) => {
  const o = x as Record<string, unknown>;
  return String((o && typeof o === 'object' && (o.tier ?? o.setting ?? o.dhis2)) || i);
};

/** The English text of every translatable field of the reference data, by path. */
export function dhis2ContentStrings(c: TDhis2SizingConstants): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string, field: string) => {
    // A version alone ("17", "24.04 LTS") has no words to translate.
    if (typeof node === 'string') {
      if (TEXT_FIELDS.has(field) && /[a-z]{2,}/.test(node) && !(field !== 'note' && /^[\d.]+ LTS$/.test(node))) out[path] = node;
    } else if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${path}.${elementKey(x, i)}`, field));
    else if (node && typeof node === 'object') {
      // A `{ ref, section }` is a citation.
      if ('ref' in node && 'section' in node) return;
      for (const [k, v] of Object.entries(node)) if (!SKIPPED.has(k)) walk(v, path ? `${path}.${k}` : k, k);
    }
  };
  walk(c, '', '');
  return out;
}

/** Fields of a result that are never the reference data's words: names people typed, citations, the conf snippet. */
const RESULT_SKIPPED = new Set(['name', 'source', 'databaseSource', 'filesSource', 'alternative', 'postgresConf', 'key']);

/**
 * A DHIS2 sizing with the reference data's texts in another language: every string of the result
 * (reasons' parameters included) that is one of `english`'s texts, or several joined by "; " (a
 * figure resting on several assumptions), becomes its translation. Figures, reasons' keys, names
 * and citations are left as they are; a text the overlay lacks stays English.
 */
export function applyDhis2SizingOverlay(result: TDhis2SizingResult, english: Record<string, string>, overlay: TTextOverlay): TDhis2SizingResult {
  const byEnglish = new Map<string, string>();
  for (const [path, text] of Object.entries(english)) if (overlay[path]) byEnglish.set(text, overlay[path]);
  /** The text, or its parts joined by "; " (a part may hold "; " itself) each translated; as it is when some part is not a known text. */
  const translate = (s: string): string => {
    const parts = s.split('; ');
    // best[i]: the translation of parts[0..i), or null.
    const best: (string | null)[] = [''];
    for (let end = 1; end <= parts.length; end++) {
      best[end] = null;
      for (let start = end - 1; start >= 0 && best[end] === null; start--) {
        const known = best[start] !== null ? byEnglish.get(parts.slice(start, end).join('; ')) : undefined;
        if (known !== undefined) best[end] = start === 0 ? known : `${best[start]}; ${known}`;
      }
    }
    return best[parts.length] ?? s;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return translate(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, RESULT_SKIPPED.has(k) ? v : walk(v)]));
    return node;
  };
  return walk(result) as TDhis2SizingResult;
}
