import type { TPrisma } from './client';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS, DEMO_CONSULTANCY, DEMO_ORGANIZATION, DEMO_PASSWORD } from '@/lib/demo-accounts';
import type { TLocale } from '@/lib/domain/locale';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_ORGANIZATION };

/**
 * Creates the demo organisation and one account per role, once. Anything that already exists is
 * left exactly as it is: an account that was changed or deleted by its users is not recreated.
 * The accounts read the app in `locale` (French: the demo is a ministry of Côte d'Ivoire) until they choose another.
 */
export async function seedDemo(prisma: TPrisma, locale: TLocale = 'fr'): Promise<{ created: boolean }> {
  const marker = await prisma.organization.findFirst({ where: { name: DEMO_ORGANIZATION } });
  if (marker) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const ministry = await tx.organization.create({ data: { name: DEMO_ORGANIZATION, kind: 'ministry' } });
    const consultancy = await tx.organization.create({ data: { name: DEMO_CONSULTANCY, kind: 'consultancy' } });
    for (const account of DEMO_ACCOUNTS) {
      const existing = await tx.user.findUnique({ where: { email: account.email } });
      if (existing) continue;
      const user = await tx.user.create({ data: { email: account.email, name: account.name, passwordHash, locale } });
      await tx.membership.create({ data: { userId: user.id, organizationId: ministry.id, role: account.role } });
      if (account.role === 'consultant') {
        await tx.membership.create({ data: { userId: user.id, organizationId: consultancy.id, role: 'admin' } });
      }
    }
    await tx.auditEvent.create({ data: { organizationId: ministry.id, action: 'demo.seeded', after: { accounts: DEMO_ACCOUNTS.map((a) => a.email) } } });
  });
  return { created: true };
}
