import fs from 'node:fs';
import path from 'node:path';
import { syncTemplates } from '@/lib/content/sync-templates';
import type { TRole } from '@/lib/auth/permissions';
import type { TActor } from '@/lib/server/actor';
import type { TSessionView } from '@/lib/server/sessions';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { postComment } from '@/lib/server/discussion/post-comment';
import { FIXTURE_TEMPLATES, answer, decide } from './assessment-fixture';
import { makeOrganization, testDb } from './helpers';

/**
 * Two organisations with one member of each role, and in the first an assessment with something
 * to act on: an answered checkpoint submitted for review, another answered but still open, a rate
 * override, and a spare member whose role can be changed.
 */
export async function seedWorld() {
  const home = await makeOrganization(undefined, 'Home');
  const other = await makeOrganization(undefined, 'Other');
  await syncTemplates(testDb(), FIXTURE_TEMPLATES);
  const planner = home.actors.planner;
  const { id: assessmentId } = await createAssessment(testDb(), planner, { name: 'Matrice', country: 'Kenya', platforms: ['commcare'] });
  await answer(planner, assessmentId, 'commcare.p1.s1.summary', 'Ready');
  await answer(planner, assessmentId, 'commcare.p1.s1.users', 2500);
  await answer(planner, assessmentId, 'commcare.p1.s2.sized', 'yes');
  await decide(planner, assessmentId, 'commcare.p1.s1.cp-summary', 'submit');
  // The reviewer's question in the submitted checkpoint's discussion (an open thread at version 1).
  const { threadId } = await postComment(testDb(), home.actors.reviewer, { assessmentId, subjectId: 'commcare.p1.s1.cp-summary', body: 'Where does the user count come from?' });
  await saveRateOverride(testDb(), home.actors.consultant, { assessmentId, option: 'on-premise', rateKey: 'serverCapex', value: 900_000, reason: 'Vendor quote' });
  const spare = await testDb().user.create({ data: { email: `spare.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@test.example`, name: 'Spare', passwordHash: 'x' } });
  const spareMembership = await testDb().membership.create({ data: { userId: spare.id, organizationId: home.organization.id, role: 'planner' } });
  // A second administrator, so that any member of Home may leave it, and an invitation waiting for an answer.
  const deputy = await testDb().user.create({ data: { email: `deputy.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@test.example`, name: 'Deputy', passwordHash: 'x' } });
  await testDb().membership.create({ data: { userId: deputy.id, organizationId: home.organization.id, role: 'admin' } });
  const invitation = await testDb().invitation.create({
    data: { organizationId: home.organization.id, email: 'invited@test.example', role: 'reviewer', tokenHash: `fixture-${Math.random()}`, invitedById: home.actors.admin.userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const token = await testDb().apiToken.create({
    data: { userId: spare.id, organizationId: home.organization.id, name: 'Spare’s script', scopes: ['read'], tokenHash: `fixture-${Math.random()}`, prefix: 'hr_xxxxxx', expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { home, other, assessmentId, spareMembershipId: spareMembership.id, pendingInvitationId: invitation.id, spareTokenId: token.id, threadId };
}
export type TWorld = Awaited<ReturnType<typeof seedWorld>>;

/** What the session wrapper would resolve for this actor. */
export function sessionFor(actor: TActor): TSessionView {
  return {
    sessionId: '00000000-0000-4000-8000-000000000000',
    actor: { userId: actor.userId, organizationId: actor.organizationId, role: actor.role },
    user: { id: actor.userId, name: 'Test', email: 'test@test.example' },
    organization: { id: actor.organizationId, name: 'Test organisation' },
    role: actor.role,
    memberships: [{ organizationId: actor.organizationId, organizationName: 'Test organisation', role: actor.role as TRole }],
  };
}

/**
 * A fingerprint of the whole database (every table's row count and a hash of its rows), or of one
 * organisation's rows only. Equal fingerprints before and after mean nothing was written.
 *
 * Read in one REPEATABLE READ snapshot. When that snapshot (`xmin:xmax:in-progress`) is the one the
 * same fingerprint was last computed in, no transaction has taken an id, committed or rolled back
 * since, so every table holds exactly the rows it held then: that result is returned without
 * reading the rows again. Any write anywhere changes the snapshot and the rows are read again.
 */
export async function fingerprint(options: { organizationId?: string; exclude?: string[] } = {}): Promise<Record<string, string>> {
  const prisma = testDb();
  columnsByTable ??= prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`.then((rows) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.table_name, [...(map.get(r.table_name) ?? []), r.column_name]);
    return map;
  });
  const selects: string[] = [];
  for (const [table, columns] of [...(await columnsByTable).entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (options.exclude?.includes(table)) continue;
    let where = '';
    if (options.organizationId) {
      const org = `'${options.organizationId}'::uuid`;
      if (table === 'Organization') where = `WHERE id = ${org}`;
      else if (columns.includes('organizationId')) where = `WHERE "organizationId" = ${org}`;
      else if (columns.includes('assessmentId')) where = `WHERE "assessmentId" IN (SELECT id FROM "Assessment" WHERE "organizationId" = ${org})`;
      else continue;
    }
    selects.push(`SELECT '${table}' AS t, count(*) AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h FROM "${table}" x ${where}`);
  }
  const sql = selects.join(' UNION ALL ');
  const result = await prisma.$transaction(
    async (tx) => {
      const [{ s: snapshot }] = await tx.$queryRawUnsafe<{ s: string }[]>('SELECT pg_current_snapshot()::text AS s');
      const last = lastFingerprint.get(sql);
      if (last?.snapshot === snapshot) return last.tables;
      const rows = await tx.$queryRawUnsafe<{ t: string; n: bigint; h: string | null }[]>(sql);
      const tables = Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h ?? ''}`]));
      lastFingerprint.set(sql, { snapshot, tables });
      return tables;
    },
    { isolationLevel: 'RepeatableRead', timeout: 60_000, maxWait: 30_000 },
  );
  return { ...result };
}
/** The last result of each fingerprint (by its query), with the snapshot it was read in. */
const lastFingerprint = new Map<string, { snapshot: string; tables: Record<string, string> }>();
let columnsByTable: Promise<Map<string, string[]>> | undefined;

/** Every file under app/ that declares server actions ('use server' at its top). */
export function serverActionFiles(root = path.join(process.cwd(), 'app')): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/.test(fs.readFileSync(full, 'utf8'))) found.push(path.relative(process.cwd(), full));
    }
  };
  walk(root);
  return found.sort();
}

/** The exported server actions of one file: the authedAction wrappers with their permission, and plain functions. */
export function exportedActions(file: string): { name: string; permission: string | null; schema: string | null; calls: string[] }[] {
  const source = fs.readFileSync(file, 'utf8');
  const out: { name: string; permission: string | null; schema: string | null; calls: string[] }[] = [];
  const exportRe = /export\s+(?:const\s+(\w+)\s*=|async\s+function\s+(\w+)|function\s+(\w+))/g;
  const starts = [...source.matchAll(exportRe)];
  starts.forEach((m, i) => {
    const name = m[1] ?? m[2] ?? m[3];
    const body = source.slice(m.index, starts[i + 1]?.index ?? source.length);
    const wrapped = /^export\s+const\s+\w+\s*=\s*authedAction\(\s*(\w+)\s*,\s*'([^']+)'/.exec(body);
    const calls = [...body.matchAll(/await\s+(\w+)\(\s*db\(\)/g)].map((c) => c[1]);
    out.push({ name, permission: wrapped?.[2] ?? null, schema: wrapped?.[1] ?? null, calls });
  });
  return out;
}
