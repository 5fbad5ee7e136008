import { describe, expect, it } from 'vitest';
import { unstorableTextPath } from '@/lib/schemas/unstorable-text';

describe('unstorableTextPath: strings PostgreSQL cannot store', () => {
  it.each([
    ['plain text', 'Ñandú 🏥 مرحبا', null],
    ['the value itself', 'a\u0000b', ''],
    ['a nested field', { team: [{ name: 'ok' }, { name: 'x\u0000' }] }, 'team.1.name'],
    ['a key', { ['k\u0000']: 1 }, 'k\u0000'],
    ['a lone surrogate', { a: ['ok', 'x\ud800'] }, 'a.1'],
    ['a surrogate pair (emoji) is fine', '🏥', null],
    ['numbers and nulls', { a: 1, b: null, c: [true] }, null],
  ])('%s', (_label, value, expected) => {
    expect(unstorableTextPath(value)).toBe(expected);
  });

  it('walks very deep nesting without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`);
    expect(unstorableTextPath(deep)).not.toBeNull();
  });
});
