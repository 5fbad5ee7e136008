import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test gets a fresh module: the names are per process.
let mod: typeof import('@/lib/db/client');
beforeEach(async () => {
  vi.resetModules();
  mod = await import('@/lib/db/client');
});

describe('statementName', () => {
  it.each([
    { uses: 1, named: false },
    { uses: 2, named: false },
    { uses: 3, named: true },
    { uses: 10, named: true },
  ])('a statement used $uses times is prepared: $named', ({ uses, named }) => {
    let name: string | undefined;
    for (let i = 0; i < uses; i++) name = mod.statementName('SELECT 1');
    expect(name !== undefined).toBe(named);
  });

  it('gives one name per text and never one name to two texts', () => {
    const names = new Map<string, string | undefined>();
    for (let round = 0; round < 3; round++) for (const sql of ['SELECT 1', 'SELECT 2', 'SELECT 3']) names.set(sql, mod.statementName(sql));
    expect(new Set(names.values()).size).toBe(3);
    expect(mod.statementName('SELECT 2')).toBe(names.get('SELECT 2'));
  });

  it(`names at most MAX_PREPARED_STATEMENTS texts; the others stay unnamed`, () => {
    const named = new Set<string>();
    for (let i = 0; i < mod.MAX_PREPARED_STATEMENTS + 20; i++) {
      for (let use = 0; use < 3; use++) {
        const name = mod.statementName(`SELECT ${i}`);
        if (name) named.add(name);
      }
    }
    expect(named.size).toBe(mod.MAX_PREPARED_STATEMENTS);
    expect(mod.statementName(`SELECT ${mod.MAX_PREPARED_STATEMENTS + 5}`)).toBeUndefined();
  });
});
