import { createPrismaClient } from '../lib/db/client';
import { seedDemoAssessment } from '../lib/db/seed-demo-assessment';

/**
 * Seeds the demo assessment. Runs in its own process with the "react-server" export condition,
 * because it goes through lib/server, whose modules are marked server-only.
 */
async function main() {
  const url = process.argv[2];
  if (!url) throw new Error('usage: tsx --conditions=react-server scripts/seed-demo-assessment.ts <database-url>');
  const prisma = createPrismaClient(url, 2);
  try {
    const result = await seedDemoAssessment(prisma);
    console.log(result === null ? 'Demo assessment: no demo organisation, skipped.' : result.created ? 'Demo assessment created.' : 'Demo assessment already present: left as it is.');
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error('Demo assessment could not be seeded:', error instanceof Error ? error.message : error);
  process.exit(1);
});
