import { z } from 'zod';
import { ZPlatform } from './assessment';

/** The JSON an assessment is exported as and imported from. */
export const EXPORT_FORMAT = 'hosting-readiness/assessment';

export const ZAssessmentExport = z
  .object({
    format: z.literal(EXPORT_FORMAT, { error: `Not a Hosting Readiness export (format must be "${EXPORT_FORMAT}").` }),
    formatVersion: z.literal(1, { error: 'This export format version is not supported.' }),
    exportedAt: z.string().max(40).optional(),
    assessment: z.object({ name: z.string().trim().min(1).max(200), country: z.string().trim().min(1).max(100) }).strict(),
    templates: z
      .array(z.object({ platform: ZPlatform, key: z.string().max(40), version: z.number().int().positive() }).strict())
      .min(1)
      .max(2),
    answers: z.array(z.object({ questionId: z.string().max(200), value: z.unknown(), version: z.number().int().min(1).optional() }).strict()).max(5_000),
    checkpoints: z
      .array(
        z
          .object({
            checkpointId: z.string().max(200),
            status: z.enum(['open', 'submitted', 'approved', 'changes_requested']),
            notApplicable: z.boolean().default(false),
            justification: z.string().max(2_000).nullable().optional(),
            comment: z.string().max(2_000).nullable().optional(),
          })
          .strict(),
      )
      .max(2_000),
  })
  .strict();
export type TAssessmentExport = z.infer<typeof ZAssessmentExport>;
