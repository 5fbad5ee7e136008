import { describe, expect, it } from 'vitest';
import { DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { localizeDhis2Sizing } from '@/lib/content/localize-dhis2-sizing';
import { calculateDhis2Sizing, type TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import type { TReason } from '@/lib/domain/reason';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { ZDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';

/**
 * Every text of a DHIS2 sizing people read, in French and Portuguese: the engine's reasons
 * (sizingReasons.json) and the reference data's assumptions and names (content/sizing/i18n).
 */

const CASES = [
  ['a clustered tracker', { systems: [{ name: 'Tracker', kind: 'tracker', users: 60_000, concurrentUsers: 1_600, trackedEntities: 8_000_000 }], stagingSize: 'smaller', backupRetention: { dailyDays: 3 } }],
  ['a single-machine aggregate system', { systems: [{ name: 'HMIS', kind: 'aggregate', users: 300 }] }],
  ['an aggregate system on separate VMs', { systems: [{ name: 'HMIS', kind: 'aggregate', users: 3_000, concurrentUsers: 250 }], dhis2Version: '2.40' }],
] as const;
const size = (input: unknown) => calculateDhis2Sizing(ZDhis2SizingInput.parse(input), DHIS2_SIZING);

const isReason = (x: unknown): x is TReason => !!x && typeof x === 'object' && !Array.isArray(x) && typeof (x as TReason).key === 'string';
/** Every reason of a result in words, and every other text but names, citations and the conf snippet. */
function texts(result: TDhis2SizingResult, locale: 'en' | 'fr' | 'pt'): string[] {
  const say = reasonSayer(locale);
  const out: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (isReason(node)) out.push(say(node));
    else if (typeof node === 'string') {
      if (!['name', 'postgresConf', 'javaOpts', 'setting', 'value', 'component', 'version', 'dhis2Version', 'kind', 'level', 'placement', 'tier', 'platform', 'id', 'label'].includes(key)) out.push(node);
    } else if (Array.isArray(node)) node.forEach((x) => walk(x, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (!['source', 'databaseSource', 'filesSource', 'alternative', 'footprint'].includes(k)) walk(v, k);
  };
  walk(result, '');
  return out;
}

/** English that must not survive in French or Portuguese. */
const ENGLISH = ['concurrent users', 'read replica', 'Same size as the primary', 'tracked entities', 'file store', 'on demand', 'Patch releases', 'every year', 'database server', 'one user in ten', 'our bands', 'assumption:', 'Staging', 'Training', 'rounded', ' and ', ' the '];

describe.each(CASES)('%s', (_name, input) => {
  const result = size(input);

  it.each(['fr', 'pt'] as const)('reads entirely in %s: no key, no ICU, no English phrase', (locale) => {
    const localized = localizeDhis2Sizing(result, locale);
    const words = texts(localized, locale);
    expect(words.length).toBeGreaterThan(60);
    for (const text of words) {
      expect(text).not.toMatch(/sizingReasons|\bdhis2\.[a-z]+\.|[{}]|\[object/);
      for (const phrase of ENGLISH) expect(text, `${locale}: “${phrase}” in “${text}”`).not.toContain(phrase);
    }
  });

  it('reads in English as the engine says it, with the reference data’s own words', () => {
    const words = texts(localizeDhis2Sizing(result, 'en'), 'en');
    expect(words.join(' ')).toMatch(/concurrent users/);
    expect(words).toContain(DHIS2_SIZING.note);
  });

  it('changes words only: figures, reasons’ keys, names and citations are the same in every language', () => {
    const shape = (r: TDhis2SizingResult) => JSON.stringify(r, (k, v) => (typeof v === 'string' && !['key', 'name', 'url', 'title', 'section', 'id', 'tier', 'kind', 'setting', 'value'].includes(k) ? '·' : v));
    for (const locale of ['fr', 'pt'] as const) expect(shape(localizeDhis2Sizing(result, locale))).toBe(shape(result));
    expect(localizeDhis2Sizing(result, 'en')).toBe(result);
  });
});

describe('the reference data’s words', () => {
  it('name the tier and the assumptions in the reader’s language, joined assumptions too', () => {
    const result = size(CASES[0][1]);
    const fr = localizeDhis2Sizing(result, 'fr').systems[0];
    expect(fr.tier.label).toBe('Grande');
    // Two assumptions joined by "; ", the second holding "; " itself.
    expect(fr.memorySplit.assumption).toBe('assez de RAM pour garder en cache un quart de la base de données à la fin de l’horizon, arrondi à la puissance de deux supérieure; la plus grande machine de base de données que nous prévoyons ; au-delà, réplicas en lecture et partitionnement');
    expect(fr.disk[0].assumption).toMatch(/^une entité suivie avec ses attributs.*; des disques PostgreSQL remplis aux deux tiers/);
    expect(fr.backup.assumption).toMatch(/la conservation est celle que vous avez choisie$/);
    expect(reasonSayer('pt')(localizeDhis2Sizing(result, 'pt').assumptionReasons.at(-1)!)).toMatch(/^Os mínimos de hardware/);
    expect(localizeDhis2Sizing(result, 'pt').systems[0].software.items.find((i) => i.component === 'PostgreSQL')!.version).toBe('16 (13 ou posterior)');
  });
});
