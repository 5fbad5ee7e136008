import { describe, expect, it } from 'vitest';
import { negotiateLocale, resolveLocale } from '@/lib/domain/locale';

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
