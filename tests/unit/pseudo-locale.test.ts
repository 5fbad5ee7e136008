import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/load-messages';
import { PSEUDO_LOCALE, pseudoMessage, pseudoMessages, pseudoText } from '@/lib/i18n/pseudo-locale';

describe('pseudo-language', () => {
  it.each([
    ['Sign in', '⟦Šîîĝñ îîñ⟧'],
    ['Year {year, number}', '⟦ÝÝééááŕ {year, number}⟧'],
    ['{count, plural, one {# override} other {# overrides}} in place', '⟦{count, plural, one {# ööṽééŕŕîîðéé} other {# ööṽééŕŕîîðééš}} îîñ þļááçéé⟧'],
    ['Use <code>https://</code> links', '⟦ÛÛšéé <code>ĥţţþš://</code> ļîîñķš⟧'],
    ['{role, select, admin {Admin} other {Someone}}', '⟦{role, select, admin {ÅÅðɱîîñ} other {Šööɱééööñéé}}⟧'],
  ])('%s → %s', (english, pseudo) => {
    expect(pseudoMessage(english)).toBe(pseudo);
  });

  it('is about a third longer than English, with no ASCII letter left', () => {
    const text = 'Invite a member to the organisation';
    expect(pseudoText(text).length).toBeGreaterThanOrEqual(text.length * 1.3);
    expect(pseudoText(text)).not.toMatch(/[A-Za-z]/);
  });

  it('formats every English message with the same values, and the result has no plain English word', () => {
    const messages = pseudoMessages(loadMessages('en'));
    const t = createTranslator({ locale: PSEUDO_LOCALE, messages, namespace: 'budget' as never, onError: (e) => { throw e; } });
    expect(t('overridesInPlace' as never, { count: 2 } as never)).toBe('⟦2 ööṽééŕŕîîðééš îîñ þļááçéé; ýýööûûŕ ŕööļéé çááññööţ çĥááñĝéé ţĥééɱ.⟧');
    expect(t('year' as never, { year: 2 } as never)).toBe('⟦ÝÝééááŕ 2⟧');
  });
});
