import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { AUDIT_KINDS, auditKindLabel, describeAuditEvent } from '@/lib/domain/audit-text';
import type { TLocale } from '@/lib/domain/locale';
import type { TOrganizationAuditQuery } from '@/lib/schemas/organization-audit-query';
import { requirePermission, type TActor } from './actor';
import { auditContext, AUDIT_PAGE_SIZE } from './assessments/audit-trail';
import { findAssessmentOrThrow } from './assessments/load-assessment';

/**
 * One page of the whole organisation's audit trail (administrators), newest first, in words: every
 * assessment's events, members, invitations, API tokens and the record of deleted assessments.
 * Filtered by person, kind of event and assessment.
 */
export async function listOrganizationAudit(prisma: TPrisma, actor: TActor, query: TOrganizationAuditQuery = { page: 1 }, locale: TLocale = 'en') {
  requirePermission(actor, 'organization-audit.read');
  const organizationId = actor.organizationId;
  const where = {
    organizationId,
    ...(query.person ? { actorId: query.person } : {}),
    ...(query.kind ? { action: query.kind } : {}),
    ...(query.assessment ? { assessmentId: query.assessment } : {}),
  };
  const [total, actorIds, actions, assessments] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({ where: { organizationId }, distinct: ['actorId'], select: { actorId: true } }),
    prisma.auditEvent.findMany({ where: { organizationId }, distinct: ['action'], select: { action: true } }),
    prisma.assessment.findMany({ where: { organizationId }, select: { id: true, name: true, archivedAt: true }, orderBy: { name: 'asc' } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const events = await prisma.auditEvent.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  const users = await prisma.user.findMany({ where: { id: { in: actorIds.map((a) => a.actorId).filter((x): x is string => !!x) } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const assessmentName = new Map(assessments.map((a) => [a.id, a.name]));

  // The questionnaires and budget currency of the assessments on this page, to name questions and rates.
  const onPage = [...new Set(events.map((e) => e.assessmentId).filter((id): id is string => !!id))];
  const contexts = new Map(
    await Promise.all(
      onPage.map(async (id) => {
        const [{ tracks }, settings] = await Promise.all([findAssessmentOrThrow(prisma, actor, id), prisma.budgetSettings.findUnique({ where: { assessmentId: id } })]);
        return [id, auditContext(tracks, settings, locale)] as const;
      }),
    ),
  );
  const noAssessment = auditContext([], null, locale);
  const say = noAssessment.say;
  return {
    total,
    page,
    pageCount,
    pageSize: AUDIT_PAGE_SIZE,
    events: events.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      actorName: e.actorId ? (nameOf.get(e.actorId) ?? say('formerMember')) : say('system'),
      assessmentId: e.assessmentId,
      assessmentName: e.assessmentId ? (assessmentName.get(e.assessmentId) ?? null) : null,
      ...describeAuditEvent(e, (e.assessmentId && contexts.get(e.assessmentId)) || noAssessment),
    })),
    filters: {
      people: users.map((u) => ({ value: u.id, label: u.name })),
      kinds: actions.map((a) => ({ value: a.action, label: auditKindLabel(a.action, say) })).filter((k) => k.value in AUDIT_KINDS).sort((a, b) => a.label.localeCompare(b.label, locale)),
      assessments: assessments.map((a) => ({ value: a.id, label: a.name, isArchived: a.archivedAt !== null })),
    },
  };
}

export type TOrganizationAuditPage = Awaited<ReturnType<typeof listOrganizationAudit>>;
