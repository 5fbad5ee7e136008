import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZDeleteAssessment } from '@/lib/schemas/assessment';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { requirePermission, type TActor } from '../actor';
import { InvalidInputError, NotFoundError } from '../errors';

/**
 * Deletes an assessment and everything it holds (answers, decisions, evidence files, outputs inputs,
 * issued RFPs, its own audit trail) once the person has typed its name. The organisation's audit
 * keeps one record of the deletion: not tied to the assessment, so the cascade leaves it.
 */
export async function deleteAssessment(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'assessment.delete');
  const parsed = ZDeleteAssessment.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the highlighted fields.', fieldErrors(parsed.error));
  const { assessmentId, confirmName } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: assessmentId, organizationId: actor.organizationId },
      select: { id: true, name: true, country: true, createdAt: true, archivedAt: true, tracks: { select: { platform: true } }, _count: { select: { answers: true, evidenceFiles: true, issuedRfps: true } } },
    });
    if (!assessment) throw new NotFoundError('That assessment');
    if (confirmName !== assessment.name.trim()) throw new InvalidInputError('The name you typed is not this assessment’s name.', { confirmName: ['Type the assessment’s name exactly as it is shown.'] });
    await tx.auditEvent.create({
      data: {
        organizationId: actor.organizationId,
        assessmentId: null,
        actorId: actor.userId,
        action: 'assessment.deleted',
        subject: assessment.name,
        before: {
          name: assessment.name,
          country: assessment.country,
          platforms: assessment.tracks.map((t) => t.platform),
          createdAt: assessment.createdAt.toISOString(),
          wasArchived: assessment.archivedAt !== null,
          answers: assessment._count.answers,
          evidenceFiles: assessment._count.evidenceFiles,
          issuedRfps: assessment._count.issuedRfps,
        },
      },
    });
    const { count } = await tx.assessment.deleteMany({ where: { id: assessmentId, organizationId: actor.organizationId } });
    if (count !== 1) throw new NotFoundError('That assessment');
    return { id: assessmentId, name: assessment.name };
  });
}
