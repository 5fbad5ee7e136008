import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDirVersion, DataDirVersionError, EMBEDDED_PG_MAJOR } from '@/lib/db/embedded-postgres';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-pgver-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function dataDir(name: string, version?: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  if (version) fs.writeFileSync(path.join(dir, 'PG_VERSION'), `${version}\n`);
  return dir;
}

describe('embedded PostgreSQL data dir version', () => {
  it('accepts a missing, empty or same-major data dir', () => {
    expect(() => checkDataDirVersion(path.join(root, 'absent'))).not.toThrow();
    expect(() => checkDataDirVersion(dataDir('empty'))).not.toThrow();
    expect(() => checkDataDirVersion(dataDir('same', String(EMBEDDED_PG_MAJOR)))).not.toThrow();
  });

  it('refuses a cluster of another major, saying how to move it away', () => {
    const dir = dataDir('newer', '18');
    const error = (() => {
      try {
        checkDataDirVersion(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataDirVersionError);
    expect((error as Error).message).toContain(`PostgreSQL 18 cluster, but the embedded server is PostgreSQL ${EMBEDDED_PG_MAJOR}`);
    expect((error as Error).message).toContain(`mv ${dir} ${dir}.pg18`);
  });
});
