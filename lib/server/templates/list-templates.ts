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

/** One template version's JSON text (built-in or the organisation's), to start an edit from. */
export async function templateSource(prisma: TPrisma, actor: TActor, templateVersionId: string, copyAs?: { key: string; title: string }) {
  requirePermission(actor, 'template.manage');
  if (!isUuid(templateVersionId)) throw new NotFoundError('That template');
  const row = await prisma.templateVersion.findFirst({ where: { id: templateVersionId, OR: [{ organizationId: null }, { organizationId: actor.organizationId }] }, select: { id: true } });
  if (!row) throw new NotFoundError('That template');
  const { template } = await templateById(prisma, row.id);
  return JSON.stringify(copyAs ? copyTemplateAs(template, copyAs.key, copyAs.title) : template, null, 2);
}
