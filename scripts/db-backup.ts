import fs from 'node:fs';
import { defaultBackupPath, RestoreRefusedError, restoreBackup, writeBackup } from '../lib/db/backup';
import { parseBackupArgs, parseRestoreArgs } from '../lib/schemas/backup-cli';
import { resolveDatabase } from './with-database';

/**
 * `npm run db:backup [-- --out <file>]` (pg_dump, custom format) and
 * `npm run db:restore -- <file> [--into <url>] [--force]` (pg_restore, one transaction).
 * Exit codes: 0 done, 1 failed, 2 bad arguments, 3 refused (target not empty).
 */
const USAGE = {
  backup: 'usage: npm run db:backup [-- --out <file>]',
  restore: 'usage: npm run db:restore -- <file> [--into <database-url>] [--force]',
} as const;

const [command, ...argv] = process.argv.slice(2);

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`;
}

async function backup(): Promise<number> {
  const args = parseBackupArgs(argv);
  if (!args.ok) {
    console.error(`${args.message}\n${USAGE.backup}`);
    return 2;
  }
  const out = args.value.out ?? defaultBackupPath(new Date());
  if (fs.existsSync(out)) {
    console.error(`${out} already exists; choose another --out.`);
    return 2;
  }
  const db = await resolveDatabase({ reuseRunning: true });
  try {
    const result = await writeBackup(db.url, out);
    console.log(`Backup written: ${result.file} (pg_dump custom format)`);
    console.log(`  size    ${formatBytes(result.bytes)} (${result.bytes} bytes)`);
    console.log(`  sha256  ${result.sha256}`);
    return 0;
  } finally {
    await db.embedded?.stop();
  }
}

async function restore(): Promise<number> {
  const args = parseRestoreArgs(argv);
  if (!args.ok) {
    console.error(`${args.message}\n${USAGE.restore}`);
    return 2;
  }
  const { file, into, force } = args.value;
  if (!fs.existsSync(file)) {
    console.error(`${file} does not exist.`);
    return 2;
  }
  const db = into ? { url: into, embedded: null } : await resolveDatabase({ reuseRunning: true });
  try {
    const result = await restoreBackup(file, db.url, { force });
    console.log(`Restored ${file} into database "${result.database}": ${result.tables} tables, ${result.migrations} migrations recorded.`);
    return 0;
  } finally {
    await db.embedded?.stop();
  }
}

async function main(): Promise<number> {
  if (command === 'backup') return backup();
  if (command === 'restore') return restore();
  console.error(`usage: tsx scripts/db-backup.ts backup | restore\n${USAGE.backup}\n${USAGE.restore}`);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof RestoreRefusedError ? 3 : 1);
  },
);
