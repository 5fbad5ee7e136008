import { describe, expect, it } from 'vitest';
import { parseBackupArgs, parseRestoreArgs } from '@/lib/schemas/backup-cli';

describe('db:backup / db:restore arguments', () => {
  it.each([
    [[], { ok: true, value: {} }],
    [['--out', 'x.backup.gz'], { ok: true, value: { out: 'x.backup.gz' } }],
    [['--out', ' '], { ok: false }],
    [['--bogus'], { ok: false }],
    [['extra'], { ok: false }],
  ])('backup %j', (argv, expected) => {
    expect(parseBackupArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['a.gz'], { ok: true, value: { file: 'a.gz', force: false } }],
    [['a.gz', '--force'], { ok: true, value: { file: 'a.gz', force: true } }],
    [['a.gz', '--into', 'postgresql://u:p@h:5432/db'], { ok: true, value: { file: 'a.gz', into: 'postgresql://u:p@h:5432/db' } }],
    [['a.gz', '--into', 'not-a-url'], { ok: false }],
    [['a.gz', '--into'], { ok: false }],
    [[], { ok: false }],
    [['a.gz', 'b.gz'], { ok: false }],
    [['a.gz', '--force=yes'], { ok: false }],
  ])('restore %j', (argv, expected) => {
    expect(parseRestoreArgs(argv)).toMatchObject(expected);
  });
});
