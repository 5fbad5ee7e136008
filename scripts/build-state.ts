import fs from 'node:fs';
import path from 'node:path';

/** What a production build is made from: newer files than `.next/BUILD_ID` mean it is stale. */
const SOURCES = ['app', 'lib', 'content', 'public', 'prisma/schema.prisma', 'next.config.js', 'package-lock.json'];

function newestSourceMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestSourceMtime(path.join(entry, name))));
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join('.next', 'BUILD_ID'));
}

export function buildIsStale(): boolean {
  if (!hasBuild()) return true;
  const built = fs.statSync(path.join('.next', 'BUILD_ID')).mtimeMs;
  return SOURCES.some((s) => newestSourceMtime(s) > built);
}
