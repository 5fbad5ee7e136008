import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZCreateAssessment } from '@/lib/schemas/assessment';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { requirePermission, type TActor } from '../actor';
import { InvalidInputError } from '../errors';

export const DHIS2_SYSTEMS_QUESTION = 'dhis2.p1.s1-1.systems';

/** A new assessment, each platform (built-in or the organisation's own questionnaire) pinned to the newest template version available now. */
export async function createAssessment(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ id: string }> {
  requirePermission(actor, 'assessment.create');
  const parsed = ZCreateAssessment.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the highlighted fields.', fieldErrors(parsed.error));
  const input = parsed.data;
  return prisma.$transaction(async (tx) => {
    const versions = [];
    for (const platform of input.platforms) {
      const latest = await tx.templateVersion.findFirst({ where: { templateKey: platform, organizationId: null }, orderBy: { version: 'desc' } });
      if (!latest) throw new InvalidInputError(`No ${platform} questionnaire is installed.`);
      versions.push(latest);
    }
    for (const key of input.templates) {
      const latest = await tx.templateVersion.findFirst({ where: { templateKey: key, organizationId: actor.organizationId }, orderBy: { version: 'desc' } });
      if (!latest) throw new InvalidInputError('Check the questionnaires.', { templates: ['That questionnaire is not one of your organisation’s.'] });
      versions.push(latest);
    }
    const assessment = await tx.assessment.create({
      data: {
        organizationId: actor.organizationId,
        name: input.name,
        country: input.country,
        createdById: actor.userId,
        tracks: { create: versions.map((v) => ({ platform: v.platform, templateVersionId: v.id })) },
      },
    });
    if (input.platforms.includes('dhis2') && input.dhis2Systems.length > 0) {
      const rows = input.dhis2Systems.map((s) => ({ name: s.name, kind: s.kind }));
      await tx.answer.create({ data: { assessmentId: assessment.id, questionId: DHIS2_SYSTEMS_QUESTION, value: rows, version: 1, updatedById: actor.userId } });
    }
    await tx.auditEvent.create({
      data: {
        organizationId: actor.organizationId,
        assessmentId: assessment.id,
        actorId: actor.userId,
        action: 'assessment.created',
        after: { name: input.name, country: input.country, templates: versions.map((v) => `${v.templateKey} v${v.version}`), dhis2Systems: input.dhis2Systems },
      },
    });
    return { id: assessment.id };
  });
}
