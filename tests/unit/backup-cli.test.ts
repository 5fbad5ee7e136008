import { describe, expect, it } from 'vitest';
import { parseBackupArgs, parseRestoreArgs } from '@/lib/schemas/backup-cli';

describe('db:backup / db:restore arguments', () => {
  it.each([
    [[], { ok: true, value: {} }],
    [['--out', 'x.dump'], { ok: true, value: { out: 'x.dump' } }],
    [['--out', ' '], { ok: false }],
    [['--bogus'], { ok: false }],
    [['extra'], { ok: false }],
  ])('backup %j', (argv, expected) => {
    expect(parseBackupArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['a.dump'], { ok: true, value: { file: 'a.dump', force: false } }],
    [['a.dump', '--force'], { ok: true, value: { file: 'a.dump', force: true } }],
    [['a.dump', '--into', 'postgresql://u:p@h:5432/db'], { ok: true, value: { file: 'a.dump', into: 'postgresql://u:p@h:5432/db' } }],
    [['a.dump', '--into', 'not-a-url'], { ok: false }],
    [['a.dump', '--into'], { ok: false }],
    [[], { ok: false }],
    [['a.dump', 'b.dump'], { ok: false }],
    [['a.dump', '--force=yes'], { ok: false }],
  ])('restore %j', (argv, expected) => {
    expect(parseRestoreArgs(argv)).toMatchObject(expected);
  });
});
