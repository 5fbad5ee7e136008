import { describe, expect, it } from 'vitest';
import { e2eServerPlan, shareSpecs } from '../e2e/servers';

describe('shareSpecs: the e2e spec files shared out between servers', () => {
  const seconds = (f: string) => Number(/(\d+)/.exec(f)![1]);
  it.each([
    ['one server takes everything', ['a10', 'b20'], 1, [['a10', 'b20']]],
    ['the longest first, onto the less loaded server', ['a50', 'b40', 'c30', 'd20'], 2, [['a50', 'd20'], ['b40', 'c30']]],
    ['one long file alone against many short ones', ['x300', 'a50', 'b50', 'c50', 'd50', 'e50', 'f50', 'g50'], 2, [['g50', 'x300'], ['a50', 'b50', 'c50', 'd50', 'e50', 'f50']]],
    ['more servers than files leaves one empty', ['a10'], 2, [['a10'], []]],
  ])('%s', (_name, files, count, expected) => {
    expect(shareSpecs(files, count, seconds)).toEqual(expected);
  });

  it('puts every spec file of tests/e2e on exactly one server, on distinct ports and data directories', () => {
    const plan = e2eServerPlan({ port: 3100, count: 2, dataDir: '/tmp/x', runId: '1', databaseUrl: 'postgresql://u:p@h:5432/app' });
    expect(plan.map((s) => s.port)).toEqual([3100, 4100]);
    expect(new Set(plan.map((s) => s.pgDataDir)).size).toBe(2);
    expect(plan.map((s) => new URL(s.databaseUrl!).pathname)).toEqual(['/hr_e2e_1_a', '/hr_e2e_1_b']);
    const matched = ['accessibility.spec.ts', 'bad-input.spec.ts', 'i18n.spec.ts'].map((f) => plan.filter((s) => s.specs.some((r) => r.test(`/repo/tests/e2e/${f}`))).length);
    expect(matched).toEqual([1, 1, 1]);
  });
});
