import { testDb } from './helpers';

/**
 * A copy of every table's rows in this test file's database, to put back later: cheaper than
 * building the same rows again through lib/server (which hashes passwords, syncs templates and
 * writes audit rows), and exact — the same ids, values and timestamps. The copy lives in a schema
 * of its own (`name`), outside `public`, so the fingerprints and truncateAll never see it.
 */
export async function copyData(name: string): Promise<void> {
  const prisma = testDb();
  const tables = await publicTables();
  await prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  await prisma.$executeRawUnsafe(`CREATE SCHEMA "${name}"`);
  for (const table of tables) await prisma.$executeRawUnsafe(`CREATE TABLE "${name}"."${table}" AS SELECT * FROM public."${table}"`);
}

/**
 * Puts back the rows `copyData(name)` copied, in one transaction: every other row of every table
 * (but the migrations record) is deleted. DELETE rather than TRUNCATE: on tables of a few rows it
 * costs next to nothing, where TRUNCATE makes new files for every table and index and waits for
 * every reader. Children are emptied before their parents and parents filled before their children,
 * so every foreign key and trigger holds throughout; a table with triggers of its own (a milestone
 * may go only with its assessment) is emptied last, once its parents have taken its rows with them.
 */
export async function restoreData(name: string): Promise<void> {
  const prisma = testDb();
  const tables = await publicTables();
  const copied = new Set(
    (await prisma.$queryRaw<{ table_name: string }[]>`SELECT table_name FROM information_schema.tables WHERE table_schema = ${name}`).map((r) => r.table_name),
  );
  const missing = tables.filter((t) => !copied.has(t));
  if (missing.length) throw new Error(`No copy of ${missing.join(', ')} in ${name}: copy the data first`);
  const order = await parentsFirst(tables);
  const guarded = await tablesWithTriggers();
  const emptying = [...order].reverse().sort((a, b) => Number(guarded.has(a)) - Number(guarded.has(b)));
  await prisma.$transaction([
    ...emptying.map((t) => prisma.$executeRawUnsafe(`DELETE FROM public."${t}"`)),
    ...order.map((t) => prisma.$executeRawUnsafe(`INSERT INTO public."${t}" SELECT * FROM "${name}"."${t}"`)),
  ]);
}

async function tablesWithTriggers(): Promise<Set<string>> {
  const rows = await testDb().$queryRaw<{ t: string }[]>`
    SELECT DISTINCT c.relname AS t FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT g.tgisinternal AND n.nspname = 'public'`;
  return new Set(rows.map((r) => r.t));
}

let tablesOnce: Promise<string[]> | undefined;
function publicTables(): Promise<string[]> {
  tablesOnce ??= testDb()
    .$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
    .then((rows) => rows.map((r) => r.tablename));
  return tablesOnce;
}

/** The tables in an order where each comes after every table its foreign keys point to (a key to itself aside). */
async function parentsFirst(tables: string[]): Promise<string[]> {
  const edges = await testDb().$queryRaw<{ child: string; parent: string }[]>`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`;
  const unquote = (t: string) => t.replace(/^public\./, '').replace(/^"(.*)"$/, '$1');
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (unquote(e.child) !== unquote(e.parent)) parents.get(unquote(e.child))?.add(unquote(e.parent));
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (!ready.length) throw new Error(`Foreign keys in a cycle among ${tables.filter((t) => !placed.has(t)).join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}
