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
export function createPrismaClient(connectionString: string, maxConnections = 10, options: { /** Called with the SQL of every statement sent (one round trip each): tests count them. */ onStatement?: (sql: string) => void } = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString, max: maxConnections, connectionTimeoutMillis: 5_000 });
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
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}
