import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZSaveMilestone } from '@/lib/schemas/milestones';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { requirePermission, type TActor } from '../actor';
import { InvalidInputError } from '../errors';
import { freezeAssessment } from './freeze-assessment';
import { requireEditable } from '../assessments/require-editable';

/**
 * "Save milestone": freezes the whole assessment under a name, now. Everything is read in one
 * REPEATABLE READ transaction, so the answers, states, evidence and outputs kept are of one moment;
 * the audit row shares it. A milestone is never changed or deleted afterwards (nothing here does,
 * and the database refuses it).
 */
export async function saveMilestone(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ milestoneId: string; name: string; createdAt: Date }> {
  requirePermission(actor, 'milestone.save');
  const parsed = ZSaveMilestone.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  const { assessmentId, name } = parsed.data;
  return prisma.$transaction(
    async (tx) => {
      const { assessment, frozen } = await freezeAssessment(tx, actor, assessmentId);
      requireEditable(assessment);
      const created = await tx.milestone.create({
        // Through JSON once: the stored snapshot is exactly what ZFrozenAssessment reads back (no undefined, no Date objects).
        data: { organizationId: actor.organizationId, assessmentId, name, snapshot: JSON.parse(JSON.stringify(frozen)) as object, createdById: actor.userId },
        select: { id: true, name: true, createdAt: true },
      });
      await tx.auditEvent.create({
        data: {
          organizationId: actor.organizationId,
          assessmentId,
          actorId: actor.userId,
          action: 'milestone.saved',
          subject: created.id,
          after: { name, answers: Object.keys(frozen.answers).length, evidenceFiles: frozen.evidence.length },
        },
      });
      return { milestoneId: created.id, name: created.name, createdAt: created.createdAt };
    },
    { isolationLevel: 'RepeatableRead', timeout: 30_000 },
  );
}
