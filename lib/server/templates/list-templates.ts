import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { requirePermission, type TActor } from '../actor';
import { NotFoundError } from '../errors';
import { templateById } from '../assessments/template-cache';
import { isUuid } from '@/lib/schemas/ids';
import { copyTemplateAs } from '@/lib/domain/template-copy';

/** The built-in questionnaires and the organisation's own, newest version of each first. */
export async function listTemplates(prisma: TPrisma, actor: TActor) {
  requirePermission(actor, 'assessment.read');
  const rows = await prisma.templateVersion.findMany({
    where: { OR: [{ organizationId: null }, { organizationId: actor.organizationId }] },
    select: { id: true, templateKey: true, version: true, title: true, organizationId: true, createdAt: true },
    orderBy: [{ templateKey: 'asc' }, { version: 'desc' }],
  });
  return rows.map((r) => ({ id: r.id, key: r.templateKey, version: r.version, title: r.title, isBuiltIn: r.organizationId === null, createdAt: r.createdAt }));
}

/** A template version's JSON text to start editing from: a built-in one as a copy under a new key, the organisation's own as its next version. */
export async function templateSource(prisma: TPrisma, actor: TActor, templateVersionId: string) {
  requirePermission(actor, 'template.manage');
  if (!isUuid(templateVersionId)) throw new NotFoundError('That template');
  const row = await prisma.templateVersion.findFirst({ where: { id: templateVersionId, OR: [{ organizationId: null }, { organizationId: actor.organizationId }] }, select: { id: true, organizationId: true } });
  if (!row) throw new NotFoundError('That template');
  const { template } = await templateById(prisma, row.id);
  const latest = await prisma.templateVersion.findFirst({ where: { organizationId: actor.organizationId, templateKey: template.key }, orderBy: { version: 'desc' }, select: { version: true } });
  // A built-in one starts the organisation's own copy under a new key; an own one, its next version.
  const start = row.organizationId === null ? copyTemplateAs(template, `${template.key}-${actor.organizationId.slice(0, 4)}`, `${template.title} (our version)`) : { ...template, version: (latest?.version ?? template.version) + 1 };
  return { title: template.title, isCopy: row.organizationId === null, source: JSON.stringify(start, null, 2) };
}
