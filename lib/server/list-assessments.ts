import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { requirePermission, type TActor } from './actor';

/**
 * The caller's organisation's assessments; nothing of another organisation is ever listed. Archived
 * ones are left out unless `archived` asks for them (and then only they are listed).
 */
export async function listAssessments(prisma: TPrisma, actor: TActor, { archived = false }: { archived?: boolean } = {}) {
  requirePermission(actor, 'assessment.read');
  const rows = await prisma.assessment.findMany({
    where: { organizationId: actor.organizationId, archivedAt: archived ? { not: null } : null },
    include: { tracks: { select: { platform: true } } },
    orderBy: archived ? { archivedAt: 'desc' } : { updatedAt: 'desc' },
  });
  return rows.map((a) => ({ id: a.id, name: a.name, country: a.country, updatedAt: a.updatedAt, platforms: a.tracks.map((t) => t.platform), archivedAt: a.archivedAt }));
}
