import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type TPrisma } from '@/lib/db/client';
import { RestoreRefusedError, restoreBackup, sha256File, writeBackup } from '@/lib/db/backup';
import { withDatabase } from '@/lib/db/migrations';
import { answer, decide, fixtureAssessment } from './assessment-fixture';
import { databaseUrl, makeOrganization, testDb, truncateAll } from './helpers';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-backup-'));
const created: string[] = [];
const clients: TPrisma[] = [];

/** A new, empty database on the test server. */
async function freshDatabase(): Promise<string> {
  const name = `hr_restore_${process.pid}_${created.length}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  created.push(name);
  return withDatabase(databaseUrl(), name);
}

/** Schemas a --force restore set aside and did not clean up. */
async function leftoverSchemas(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT nspname AS n FROM pg_namespace WHERE nspname ~ '^public_before_restore_'`);
  await client.end();
  return rows.map((r) => r.n);
}

function clientFor(url: string): TPrisma {
  const client = createPrismaClient(url, 2);
  clients.push(client);
  return client;
}

/** Everything the test compares, in a stable order. */
async function snapshot(prisma: TPrisma) {
  return {
    organizations: await prisma.organization.findMany({ orderBy: { id: 'asc' } }),
    users: await prisma.user.findMany({ orderBy: { id: 'asc' } }),
    assessments: await prisma.assessment.findMany({ orderBy: { id: 'asc' }, include: { tracks: true } }),
    answers: await prisma.answer.findMany({ orderBy: { id: 'asc' } }),
    checkpoints: await prisma.checkpointState.findMany({ orderBy: { id: 'asc' } }),
    audit: await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } }),
    issued: await prisma.issuedRfp.findMany({ orderBy: { id: 'asc' } }),
    migrations: await prisma.$queryRaw<unknown[]>`SELECT * FROM _prisma_migrations ORDER BY migration_name`,
  };
}

async function seed() {
  const { actors } = await makeOrganization();
  const { id } = await fixtureAssessment(actors.planner);
  await answer(actors.planner, id, 'commcare.p1.s1.summary', 'Prêt — « déjà » testé\nsur deux lignes');
  await answer(actors.planner, id, 'commcare.p1.s1.users', 2500);
  await answer(actors.planner, id, 'commcare.p1.s2.sized', 'yes');
  await decide(actors.planner, id, 'commcare.p1.s1.cp-summary', 'submit');
  // Bytes round-trip exactly (every byte value).
  const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  await testDb().issuedRfp.create({
    data: { assessmentId: id, version: 1, issuedById: actors.planner.userId, pdf: bytes, docx: bytes, pdfSha256: 'x', docxSha256: 'y' },
  });
  return { assessmentId: id };
}

describe('db:backup / db:restore', () => {
  beforeEach(truncateAll);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect()));
    const admin = new pg.Client({ connectionString: databaseUrl() });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('restores into a fresh database with the same assessments, answers, audit rows and migrations', { timeout: 90_000 }, async () => {
    const { assessmentId } = await seed();
    const before = await snapshot(testDb());
    expect(before.answers).toHaveLength(3);
    expect(before.audit.length).toBeGreaterThanOrEqual(4);

    const file = path.join(workDir, 'full.dump');
    const backup = await writeBackup(databaseUrl(), file);
    expect(backup.bytes).toBe(fs.statSync(file).size);
    expect(backup.sha256).toBe(await sha256File(file));
    // A standard pg_dump custom-format archive.
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('PGDMP');
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const target = await freshDatabase();
    const restored = await restoreBackup(file, target);
    expect(restored.migrations).toBe(before.migrations.length);
    expect(restored.migrations).toBeGreaterThan(0);

    const after = await snapshot(clientFor(target));
    expect(after).toEqual(before);
    expect(after.assessments.map((a) => a.id)).toEqual([assessmentId]);
    expect(Buffer.from(after.issued[0].pdf)).toEqual(Buffer.from(before.issued[0].pdf));

    // Foreign keys are back: an answer to a missing assessment is refused.
    await expect(
      clientFor(target).answer.create({
        data: { assessmentId: '00000000-0000-0000-0000-000000000000', questionId: 'q', value: 1, updatedById: assessmentId },
      }),
    ).rejects.toThrow();
  });

  it('refuses a non-empty target without --force and leaves it unchanged; --force replaces it', { timeout: 90_000 }, async () => {
    await seed();
    const file = path.join(workDir, 'refuse.dump');
    await writeBackup(databaseUrl(), file);

    const target = await freshDatabase();
    await restoreBackup(file, target);
    const targetDb = clientFor(target);
    const extra = await targetDb.organization.create({ data: { name: 'Only in the target', kind: 'ministry' } });
    const before = await snapshot(targetDb);

    const error = await restoreBackup(file, target).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as Error).message).toMatch(/is not empty.*--force/s);
    expect(await snapshot(targetDb)).toEqual(before);

    await restoreBackup(file, target, { force: true });
    expect(await targetDb.organization.findUnique({ where: { id: extra.id } })).toBeNull();
    expect(await snapshot(targetDb)).toEqual(await snapshot(testDb()));
    expect(await leftoverSchemas(target)).toEqual([]);
  });

  it('a file cut short fails and leaves the target unchanged (one transaction), with --force too', { timeout: 90_000 }, async () => {
    await seed();
    const file = path.join(workDir, 'whole.dump');
    await writeBackup(databaseUrl(), file);
    const bytes = fs.readFileSync(file);
    // Cut in the last table's data: the table of contents reads, the restore starts and fails.
    const cut = path.join(workDir, 'cut.dump');
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 32));
    // Cut in half: not even the table of contents reads.
    const half = path.join(workDir, 'half.dump');
    fs.writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const target = await freshDatabase();
    const publicTables = async () => {
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      await client.end();
      return rows[0].n as number;
    };
    await expect(restoreBackup(cut, target)).rejects.toThrow(/pg_restore failed.*unchanged.*end of file/s);
    expect(await publicTables()).toBe(0);
    await expect(restoreBackup(half, target)).rejects.toThrow(/cannot be read by pg_restore/);
    expect(await publicTables()).toBe(0);

    // Over a database with data, --force puts the old schema back when the restore fails.
    const full = await freshDatabase();
    await restoreBackup(file, full);
    const fullDb = clientFor(full);
    await fullDb.organization.create({ data: { name: 'Kept after a failed restore', kind: 'ministry' } });
    const before = await snapshot(fullDb);
    await expect(restoreBackup(cut, full, { force: true })).rejects.toThrow(/pg_restore failed/);
    expect(await snapshot(fullDb)).toEqual(before);
    expect(await leftoverSchemas(full)).toEqual([]);
  });

  it('refuses a file that is not a pg_dump archive before touching the target', async () => {
    const bogus = path.join(workDir, 'bogus.dump');
    fs.writeFileSync(bogus, 'not an archive\n');
    const target = await freshDatabase();
    await expect(restoreBackup(bogus, target)).rejects.toThrow(/cannot be read by pg_restore/);
  });
});
