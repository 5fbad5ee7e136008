import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { requirePermission, type TActor } from './actor';

/** The caller's organisation's assessments; nothing of another organisation is ever listed. */
export async function listAssessments(prisma: TPrisma, actor: TActor) {
  requirePermission(actor, 'assessment.read');
  const rows = await prisma.assessment.findMany({
    where: { organizationId: actor.organizationId },
    include: { tracks: { select: { platform: true } } },
    orderBy: { updatedAt: 'desc' },
  });
  return rows.map((a) => ({ id: a.id, name: a.name, country: a.country, updatedAt: a.updatedAt, platforms: a.tracks.map((t) => t.platform) }));
}
