import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layering rules of STYLE.md, checked on every file. */
function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? files(full) : /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}
const imports = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('import boundaries', () => {
  it('lib/domain is pure: no I/O, no Prisma, no React, nothing of ours but types', () => {
    const offenders = files('lib/domain').flatMap((f) =>
      imports(f)
        .filter((i) => /^(node:|fs$|path$|react|next|pg$|@prisma|@\/generated|@\/lib\/(db|server|auth|app))/.test(i))
        .map((i) => `${f} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('client components never import the server layers', () => {
    const clients = files('app').filter((f) => /^['"]use client['"]/.test(fs.readFileSync(f, 'utf8').trimStart()));
    const offenders = clients.flatMap((f) => imports(f).filter((i) => /^@\/lib\/(server|db)\b|^@\/generated/.test(i)).map((i) => `${f} imports ${i}`));
    expect(clients.length).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  it('only lib/server, lib/db and lib/content touch Prisma', () => {
    const all = [...files('app'), ...files('lib')];
    const offenders = all.filter((f) => !/^lib\/(server|db|content)\//.test(f)).flatMap((f) => imports(f).filter((i) => /@prisma\/client|@\/generated\/prisma/.test(i)).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('lib/server files are marked server-only', () => {
    const missing = files('lib/server').filter((f) => !fs.readFileSync(f, 'utf8').includes("import 'server-only'") && !/errors\.ts$|actor\.ts$|auth-policy\.ts$/.test(f));
    expect(missing).toEqual([]);
  });

  it('nobody but lib/env.ts reads process.env in the app', () => {
    const offenders = [...files('app'), ...files('lib')].filter((f) => f !== path.join('lib', 'env.ts') && f !== path.join('lib', 'log.ts') && /process\.env\./.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
