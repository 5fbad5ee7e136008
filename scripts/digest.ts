import { createPrismaClient } from '../lib/db/client';
import { sendDigests } from '../lib/server/notifications/deliver';
import { isMailConfigured } from '../lib/server/mailer';
import { resolveDatabase } from './with-database';

/**
 * `npm run digest`: mails each person who chose the daily digest what concerned them since their
 * last one (at most one a day each, so running it every hour from cron is fine). Runs with the
 * "react-server" export condition, because lib/server modules are marked server-only.
 */
async function main() {
  if (!isMailConfigured()) {
    console.log('SMTP_URL is not set: no digest to send.');
    return;
  }
  const { url, embedded } = await resolveDatabase({ reuseRunning: true });
  const prisma = createPrismaClient(url, 2);
  try {
    const { mailed, notifications } = await sendDigests(prisma, new Date());
    console.log(`Digests mailed: ${mailed} (${notifications} notifications).`);
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error('Digests could not be sent:', error instanceof Error ? error.message : error);
  process.exit(1);
});
