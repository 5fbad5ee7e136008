import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient } from '../lib/db/client';
import { applyMigrations, ensureDatabase } from '../lib/db/migrations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../lib/db/seed-demo';
import { syncTemplates } from '../lib/content/sync-templates';
import { env } from '../lib/env';

/** Migrations, questionnaire content and demo accounts: everything a fresh database needs. */
export async function prepareDatabase(url: string, options: { quiet?: boolean } = {}): Promise<void> {
  const say = options.quiet ? () => {} : (line: string) => console.log(line);
  if (await ensureDatabase(url)) say('Created the database.');
  const applied = await applyMigrations(url);
  say(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  const prisma = createPrismaClient(url, 2);
  try {
    const synced = await syncTemplates(prisma);
    say(`Questionnaire templates: ${synced.map((s) => `${s.key} v${s.version}${s.created ? ' (new)' : ''}`).join(', ')}`);
    const { created } = await seedDemo(prisma, env().DEMO_LOCALE);
    say(created ? 'Demo organisation created.' : 'Demo organisation already present: left as it is.');
    say(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(', ')}`);
  } finally {
    await prisma.$disconnect();
  }
  seedDemoAssessmentProcess(url, say);
}

/** The demo assessment goes through lib/server (server-only modules): a child process with the react-server condition. */
function seedDemoAssessmentProcess(url: string, say: (line: string) => void) {
  const script = path.join(__dirname, 'seed-demo-assessment.ts');
  const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, url], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (run.status !== 0) throw new Error(`Seeding the demo assessment failed: ${(run.stderr || run.stdout).trim().slice(0, 2000)}`);
  say(run.stdout.trim());
}
