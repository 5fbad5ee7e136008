import 'server-only';
import { env } from '@/lib/env';
import { createPrismaClient, type TPrisma } from './client';

/** The app's one Prisma client. scripts/start.ts sets DATABASE_URL before the app starts. */
const globalForPrisma = globalThis as unknown as { prisma?: TPrisma };

export function db(): TPrisma {
  if (!globalForPrisma.prisma) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.');
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}
