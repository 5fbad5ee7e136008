import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { ZResetSizingConfig, ZSaveSizingConfig } from '@/lib/schemas/sizing-config';
import { configErrorText } from '@/lib/domain/resource-model-config';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError } from '../errors';
import { findAssessmentOrThrow } from '../assessments/load-assessment';
import { requireEditable } from '../assessments/require-editable';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';
import { commcareConstantsOf, loadSizingConfig } from './sizing-config';

type TChange = { assessmentId: string; expectedVersion: number; yaml: string | null };

async function addVersion(prisma: TPrisma, actor: TActor, { assessmentId, expectedVersion, yaml }: TChange, summary: Record<string, unknown>) {
  const result = await prisma.$transaction(async (tx) => {
    requireEditable((await findAssessmentOrThrow(tx, actor, assessmentId)).assessment);
    const before = await loadSizingConfig(tx, assessmentId);
    if (before.version !== expectedVersion) throw new ConflictError('Someone else changed the CommCare configuration since you opened it. Reload to see theirs.');
    // The unique (assessment, version) pair refuses a second save of the same version at the same moment.
    const version = expectedVersion + 1;
    try {
      await tx.sizingConfigVersion.create({ data: { assessmentId, version, yaml, createdById: actor.userId } });
    } catch {
      throw new ConflictError('Someone else changed the CommCare configuration at the same moment. Reload to see theirs.');
    }
    await tx.auditEvent.create({
      data: {
        organizationId: actor.organizationId,
        assessmentId,
        actorId: actor.userId,
        action: yaml === null ? 'sizing.config-reset' : 'sizing.config-saved',
        subject: 'commcare',
        before: { version: before.version, isDefault: before.yaml === null },
        after: { version, ...summary },
      },
    });
    return { version };
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
  return result;
}

/**
 * Saves an assessment's CommCare sizing configuration (commcare-resource-model YAML) as its newest
 * version, once it parses and the calculator can size with it. Errors name the YAML path and line.
 */
export async function saveSizingConfig(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ version: number }> {
  requirePermission(actor, 'outputs.edit');
  const parsed = ZSaveSizingConfig.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The configuration could not be read.', fieldErrors(parsed.error));
  const checked = commcareConstantsOf(parsed.data.yaml);
  if (!checked.ok) throw new InvalidInputError('The configuration cannot be used as it is.', { yaml: checked.errors.slice(0, 20).map(configErrorText) });
  const summary = { services: checked.config.services.length, usageFields: checked.config.usage.length, bytes: Buffer.byteLength(parsed.data.yaml) };
  return addVersion(prisma, actor, parsed.data, summary);
}

/** Goes back to the built-in default configuration, as a new version. */
export async function resetSizingConfig(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ version: number }> {
  requirePermission(actor, 'outputs.edit');
  const parsed = ZResetSizingConfig.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The request could not be read.', fieldErrors(parsed.error));
  return addVersion(prisma, actor, { ...parsed.data, yaml: null }, { isDefault: true });
}
