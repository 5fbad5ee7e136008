import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';

export type TPrisma = PrismaClient;

/**
 * Interactive transactions hold a pooled connection for their whole life; under a burst of saves
 * the others queue for one. They may wait up to `maxWait` (Prisma's default, 2 s, turned a busy
 * minute into 500s) and must finish within `timeout`.
 */
export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: maxConnections, connectionTimeoutMillis: 5_000 }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}
