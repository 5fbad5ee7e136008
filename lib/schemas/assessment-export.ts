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
  .strict()
  .superRefine((file, ctx) => {
    // A question or checkpoint listed twice is a damaged or edited file: which entry would win is anybody's guess.
    const lists = [
      ['templates', 'platform', file.templates.map((t) => t.platform)],
      ['answers', 'questionId', file.answers.map((a) => a.questionId)],
      ['checkpoints', 'checkpointId', file.checkpoints.map((c) => c.checkpointId)],
    ] as const;
    for (const [list, field, ids] of lists) {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [list, i, field], message: `"${id.slice(0, 80)}" is listed more than once.`, params: { duplicate: id } });
        seen.add(id);
      });
    }
  });

/** The ids a failed parse of ZAssessmentExport found listed twice, per list (empty when none). */
export function duplicateIds(error: z.ZodError, list: 'templates' | 'answers' | 'checkpoints'): string[] {
  const ids = error.issues.flatMap((i) => (i.code === 'custom' && i.path[0] === list && typeof i.params?.duplicate === 'string' ? [i.params.duplicate as string] : []));
  return [...new Set(ids)];
}
export type TAssessmentExport = z.infer<typeof ZAssessmentExport>;
