import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { processEnv } from '../env';

/** A PostgreSQL client tool is missing, too old, or failed. */
export class PgToolError extends Error {}

export type TPgTool = 'pg_dump' | 'pg_restore';

/** The first executable `name` on PATH, or null. */
export function findOnPath(name: string, pathVar = processEnv().PATH ?? ''): string | null {
  for (const dir of pathVar.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** The major version in `pg_dump --version` output: "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → 15. */
export function parseToolMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const major = Number(match[1]);
  // Before 10, the major was two numbers (9.6); all of them are older than any server we support.
  return major < 10 ? 9 : major;
}

export interface TRunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool with `args`, collecting its output; never throws for a non-zero exit. */
export function runTool(bin: string, args: string[], env: NodeJS.ProcessEnv = processEnv()): Promise<TRunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/**
 * The tool `name` from PATH for a server of major `serverMajor`. pg_dump must be at least that
 * major (it refuses to dump a newer server); pg_restore of any supported major can load into it.
 * The error says which Debian package to install.
 */
export async function locatePgTool(name: TPgTool, serverMajor: number): Promise<{ bin: string; major: number }> {
  const minMajor = name === 'pg_dump' ? serverMajor : 10;
  const install = `install postgresql-client-${serverMajor} (apt-get install postgresql-client-${serverMajor}) or put a ${name} ${serverMajor} or newer first on PATH`;
  const bin = findOnPath(name);
  if (!bin) throw new PgToolError(`${name} was not found on PATH: ${install}.`);
  const { code, stdout, stderr } = await runTool(bin, ['--version']);
  const major = code === 0 ? parseToolMajor(stdout) : null;
  if (major === null) throw new PgToolError(`${bin} --version did not report a PostgreSQL version (${(stdout + stderr).trim() || `exit ${code}`}).`);
  if (major < minMajor) {
    throw new PgToolError(`${bin} is ${stdout.trim()}, older than the server (PostgreSQL ${minMajor}): ${install}.`);
  }
  return { bin, major };
}

/** Prisma-only URL parameters that libpq (pg_dump, pg_restore) rejects. */
const PRISMA_ONLY_PARAMS = ['schema', 'connection_limit', 'pool_timeout', 'socket_timeout', 'pgbouncer', 'statement_cache_size', 'sslaccept'];

/**
 * A database URL as the client tools take it: the password moved to PGPASSWORD (so it does not
 * show in the process list) and Prisma's own parameters dropped.
 */
export function toolConnection(connectionString: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(connectionString);
  const env = processEnv();
  if (url.password) {
    env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
  }
  for (const param of PRISMA_ONLY_PARAMS) url.searchParams.delete(param);
  return { dbname: url.toString(), env };
}

/** The last lines of a tool's error output, for a message. */
export function toolErrorTail(stderr: string, lines = 6): string {
  return stderr.trim().split('\n').slice(-lines).join('\n');
}
