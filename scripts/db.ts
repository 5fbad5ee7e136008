import { applyMigrations, createMigration, migrationStatus } from '../lib/db/migrations';
import { resolveDatabase } from './with-database';

const [command, name] = process.argv.slice(2);

async function main(): Promise<number> {
  if (command === 'diff' && !name) {
    console.error('usage: npm run db:diff -- <name>   (a-z, 0-9 and _)');
    return 2;
  }
  if (command !== 'migrate' && command !== 'status' && command !== 'diff') {
    console.error('usage: tsx scripts/db.ts migrate | status | diff <name>');
    return 2;
  }
  // With `npm start` running on the embedded data, use its server rather than fail to start another.
  const db = await resolveDatabase({ reuseRunning: true });
  try {
    if (command === 'diff') {
      const created = await createMigration(db.url, name);
      console.log(created ? `Wrote prisma/migrations/${created}/migration.sql` : 'schema.prisma matches the migrations: nothing to write.');
      return 0;
    }
    if (command === 'migrate') {
      const applied = await applyMigrations(db.url);
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    }
    const status = await migrationStatus(db.url);
    console.log(`applied: ${status.applied.length}, pending: ${status.pending.length}`);
    for (const n of status.pending) console.log(`  pending  ${n}`);
    for (const n of status.failed) console.log(`  FAILED   ${n}`);
    for (const n of status.edited) console.log(`  EDITED   ${n} (changed after it was applied)`);
    for (const d of status.drift) console.log(`  DRIFT    ${d}`);
    if (status.schemaAhead) console.log('  schema.prisma has changes no migration captures: run npm run db:diff -- <name>');
    const broken = status.failed.length + status.edited.length + status.drift.length > 0 || status.schemaAhead;
    console.log(broken ? 'Status: DRIFT' : status.pending.length ? 'Status: pending migrations' : 'Status: up to date');
    return broken ? 1 : 0;
  } finally {
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
