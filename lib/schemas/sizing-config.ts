import { z } from 'zod';
import { ZAssessmentId } from './ids';
import { RESOURCE_MODEL_LIMITS } from '@/lib/domain/resource-model-config';

/** The YAML text of a commcare-resource-model configuration, pasted or read from a .yml file. */
export const ZResourceModelYaml = z
  .string({ error: 'Paste the configuration as text (YAML).' })
  .min(1, 'Paste the configuration as text (YAML).')
  .max(RESOURCE_MODEL_LIMITS.maxBytes, `The configuration is larger than ${RESOURCE_MODEL_LIMITS.maxBytes / 1024} KB.`);

/** Saves an assessment's CommCare configuration as a new version; refused when someone saved a newer one meanwhile. */
export const ZSaveSizingConfig = z
  .object({ assessmentId: ZAssessmentId, yaml: ZResourceModelYaml, expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0) })
  .strict();
export type TSaveSizingConfig = z.input<typeof ZSaveSizingConfig>;

/** Goes back to the built-in default configuration (a new version too). */
export const ZResetSizingConfig = z.object({ assessmentId: ZAssessmentId, expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0) }).strict();
export type TResetSizingConfig = z.input<typeof ZResetSizingConfig>;
