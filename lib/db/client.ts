import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { log } from '@/lib/log';

export type TPrisma = PrismaClient;

/**
 * Interactive transactions hold a pooled connection for their whole life; under a burst of saves
 * the others queue for one. They may wait up to `maxWait` (Prisma's default, 2 s, turned a busy
 * minute into 500s) and must finish within `timeout`.
 *
 * Every pooled connection gets a permanent 'error' listener: when PostgreSQL goes away (a restart,
 * a crash), a connection that is between queries emits 'error', and without a listener that is an
 * uncaught exception. pg then discards the connection and the next query opens a new one.
 */
/** Distinct statements that get a prepared statement on each connection, at most (PostgreSQL keeps each for the connection's life). */
export const MAX_PREPARED_STATEMENTS = 256;
/** A statement is prepared from its PREPARE_AFTER-th use on: one-off texts (an IN list of a rare length) stay unnamed. */
const PREPARE_AFTER = 3;
const statementUses = new Map<string, number>();
const statementNames = new Map<string, string>();

/**
 * The name of a statement's prepared form, or undefined to send it unnamed (parsed and planned again
 * each time). PostgreSQL then parses, analyses and plans the statement once per connection instead
 * of on every call: for the save's one statement (a CTE of six parts) that was most of its CPU.
 * A name stands for one SQL text in this process (pg refuses one name for two texts), and the
 * number of names is bounded, so each connection holds at most MAX_PREPARED_STATEMENTS of them.
 */
export function statementName(sql: string): string | undefined {
  const known = statementNames.get(sql);
  if (known !== undefined || statementNames.size >= MAX_PREPARED_STATEMENTS) return known;
  const uses = (statementUses.get(sql) ?? 0) + 1;
  if (uses < PREPARE_AFTER) {
    if (statementUses.size < 4 * MAX_PREPARED_STATEMENTS) statementUses.set(sql, uses);
    return undefined;
  }
  statementUses.delete(sql);
  const name = `hr_${statementNames.size}`;
  statementNames.set(sql, name);
  return name;
}

/** The database of each client this process made: a render process reads a draft's data from the same one (lib/server/documents/draft-job.ts). */
const connectionStrings = new WeakMap<PrismaClient, string>();

export function connectionStringOf(prisma: PrismaClient): string {
  const url = connectionStrings.get(prisma);
  if (!url) throw new Error('This Prisma client was not made by createPrismaClient.');
  return url;
}

export function createPrismaClient(connectionString: string, maxConnections = 10, options: { /** Called with the SQL of every statement sent (one round trip each): tests count them. */ onStatement?: (sql: string) => void } = {}): PrismaClient {
  // Connections stay open once opened (`min` = `max`): pg's default closes one idle for 10 s, and a
  // burst (five planners downloading drafts at once) then opened several again, each a new backend
  // process and a SCRAM handshake on the server's thread and PostgreSQL's, while saves waited
  // (save p95 ×4–6 for half a second, scripts/bench.ts). Kept connections also keep their prepared
  // statements. `allowExitOnIdle`: idle connections do not keep a script's process alive.
  const pool = new pg.Pool({ connectionString, max: maxConnections, min: maxConnections, allowExitOnIdle: true, connectionTimeoutMillis: 5_000 });
  pool.on('error', (error) => log('warn', 'database connection lost', null, { error }));
  pool.on('connect', (client) => {
    client.on('error', (error) => log('warn', 'database connection error', null, { error }));
    const { onStatement } = options;
    if (onStatement) {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const first = args[0] as string | { text: string };
        onStatement(typeof first === 'string' ? first : first.text);
        return query(...args);
      };
    }
  });
  // The adapter's type wants a name for every statement; it passes undefined on to pg, which then sends the statement unnamed (pg's default).
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator: (query) => statementName(query.sql) as string }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  connectionStrings.set(client, connectionString);
  return client;
}
