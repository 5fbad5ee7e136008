import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { requirePermission, type TActor } from '../actor';
import { findAssessmentOrThrow } from './load-assessment';

export async function listAuditTrail(prisma: TPrisma, actor: TActor, assessmentId: string, take = 100) {
  requirePermission(actor, 'audit.read');
  await findAssessmentOrThrow(prisma, actor, assessmentId);
  const events = await prisma.auditEvent.findMany({ where: { assessmentId }, orderBy: { createdAt: 'desc' }, take });
  const users = await prisma.user.findMany({ where: { id: { in: events.map((e) => e.actorId).filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return events.map((e) => ({ ...e, actorName: e.actorId ? (nameOf.get(e.actorId) ?? 'unknown') : 'system' }));
}
