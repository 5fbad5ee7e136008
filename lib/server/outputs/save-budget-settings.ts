import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { ZSaveBudgetSettings } from '@/lib/schemas/outputs';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError } from '../errors';
import { findAssessmentOrThrow } from '../assessments/load-assessment';
import { requireEditable } from '../assessments/require-editable';
import { loadOutputInputs } from './load-outputs';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';

/** Saves the budget horizon and currency; refused if someone saved newer settings meanwhile. Audited. */
export async function saveBudgetSettings(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ version: number }> {
  requirePermission(actor, 'outputs.edit');
  const parsed = ZSaveBudgetSettings.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The budget settings could not be read.', fieldErrors(parsed.error));
  const { assessmentId, years, currency, expectedVersion } = parsed.data;

  const result = await prisma.$transaction(async (tx) => {
    requireEditable((await findAssessmentOrThrow(tx, actor, assessmentId)).assessment);
    const { settings: before } = await loadOutputInputs(tx, assessmentId);
    if (before.version !== expectedVersion) throw new ConflictError('Someone else changed the budget settings since you opened them. Reload to see theirs.');
    const data = { years, currencyCode: currency.code, exchangeRate: currency.exchangeRate, minorDigits: currency.minorDigits, updatedById: actor.userId };
    if (expectedVersion === 0) {
      await tx.budgetSettings.create({ data: { assessmentId, ...data, version: 1 } });
    } else {
      const updated = await tx.budgetSettings.updateMany({ where: { assessmentId, version: expectedVersion }, data: { ...data, version: expectedVersion + 1 } });
      if (updated.count !== 1) throw new ConflictError('Someone else changed the budget settings at the same moment. Reload to see theirs.');
    }
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'budget.settings-changed', subject: 'budget', before: { years: before.years, currency: before.currency }, after: { years, currency } },
    });
    return { version: expectedVersion + 1 };
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
  return result;
}
