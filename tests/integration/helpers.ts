import { expect } from 'vitest';
import { createPrismaClient, type TPrisma } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import type { TRole } from '@/lib/auth/permissions';
import type { TActor } from '@/lib/server/actor';
import { DomainError } from '@/lib/server/errors';

/** This test file's own database (file-database.ts copies it from the run's template). */
export const databaseUrl = (): string => {
  const url = (globalThis as { __fileDatabaseUrl?: string }).__fileDatabaseUrl;
  if (!url) throw new Error('tests/integration/file-database.ts did not run: it is a setup file of the integration project');
  return url;
};

let client: TPrisma | undefined;
export function testDb(): TPrisma {
  process.env.DATABASE_URL = databaseUrl();
  client ??= createPrismaClient(databaseUrl(), 4);
  return client;
}

/** Empties every table but the migrations record, so each test starts from nothing. */
export async function truncateAll(): Promise<void> {
  const prisma = testDb();
  const rows = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length) await prisma.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} CASCADE`);
}

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

let counter = 0;
/** An organisation with one member per requested role; returns actors ready to use. */
export async function makeOrganization(roles: TRole[] = ['planner', 'reviewer', 'consultant', 'admin'], name = 'Org') {
  const prisma = testDb();
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await cachedHash;
  const organization = await prisma.organization.create({ data: { name: `${name} ${++counter}`, kind: 'ministry' } });
  const actors = {} as Record<TRole, TActor & { email: string; membershipId: string }>;
  for (const role of roles) {
    const email = `${role}.${counter}.${Math.random().toString(36).slice(2, 8)}@test.example`;
    const user = await prisma.user.create({ data: { email, name: `${role} ${counter}`, passwordHash } });
    const m = await prisma.membership.create({ data: { userId: user.id, organizationId: organization.id, role } });
    actors[role] = { userId: user.id, organizationId: organization.id, role, email, membershipId: m.id };
  }
  return { organization, actors };
}

/** The DomainError a refused call rejects with (failing the test when it resolves or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
