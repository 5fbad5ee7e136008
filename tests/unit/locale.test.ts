import { describe, expect, it } from 'vitest';
import { firstLocale, negotiateLocale, resolveLocale } from '@/lib/domain/locale';

describe('negotiateLocale', () => {
  it.each([
    [null, null],
    ['', null],
    ['fr-CI,fr;q=0.9,en;q=0.8', 'fr'],
    ['pt-MZ', 'pt'],
    ['de-DE,de;q=0.9', null],
    ['de-DE,de;q=0.9,pt-BR;q=0.5,fr;q=0.4', 'pt'],
    ['en;q=0.2,fr;q=0.8', 'fr'],
    ['fr;q=0,en', 'en'],
    ['*', null],
    ['FR', 'fr'],
    ['en-US,en;q=0.9', 'en'],
  ] as const)('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  it.each([
    [{ userLocale: 'pt', cookieLocale: 'fr', acceptLanguage: 'en' }, 'pt'],
    [{ userLocale: null, cookieLocale: 'fr', acceptLanguage: 'pt' }, 'fr'],
    [{ userLocale: 'xx', cookieLocale: 'nope', acceptLanguage: 'pt-AO' }, 'pt'],
    [{ userLocale: null, cookieLocale: undefined, acceptLanguage: 'de' }, 'en'],
    [{}, 'en'],
  ])('%j → %s', (from, expected) => {
    expect(resolveLocale(from)).toBe(expected);
  });
});

describe('firstLocale (the language of a mail)', () => {
  it.each([
    [['pt', 'fr', 'en'], 'pt'],
    [[null, 'fr', 'pt'], 'fr'],
    [[undefined, null, 'pt'], 'pt'],
    [['de', 'xx', null], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (candidates, expected) => expect(firstLocale(...candidates)).toBe(expected));
});
