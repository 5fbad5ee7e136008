import { z } from 'zod';

export const PLATFORMS = ['commcare', 'dhis2'] as const;
export const ZPlatform = z.enum(PLATFORMS, { error: 'Choose CommCare, DHIS2 or both.' });
export type TPlatform = z.infer<typeof ZPlatform>;

export const ZDhis2SystemSeed = z
  .object({
    name: z.string().trim().min(1, 'Name each DHIS2 system.').max(120, 'System names are at most 120 characters.'),
    kind: z.enum(['aggregate', 'tracker'], { error: 'A DHIS2 system is aggregate or tracker.' }),
  })
  .strict();

export const ZCreateAssessment = z
  .object({
    name: z.string({ error: 'Name the assessment.' }).trim().min(1, 'Name the assessment.').max(200, 'Names are at most 200 characters.'),
    country: z.string({ error: 'Enter the country.' }).trim().min(1, 'Enter the country.').max(100, 'Country names are at most 100 characters.'),
    platforms: z
      .array(ZPlatform)
      .refine((list) => new Set(list).size === list.length, 'Each platform once.'),
    /** Keys of the organisation's own questionnaire templates (another platform, such as OpenMRS). */
    templates: z
      .array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'Choose one of your organisation’s questionnaires.').max(60))
      .max(10, 'At most 10 of your own questionnaires.')
      .refine((list) => new Set(list).size === list.length, 'Each questionnaire once.')
      .default([]),
    dhis2Systems: z.array(ZDhis2SystemSeed).max(20, 'At most 20 DHIS2 systems.').default([]),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.platforms.length + input.templates.length === 0) ctx.addIssue({ code: 'custom', message: 'Choose at least one platform.', path: ['platforms'] });
  });
export type TCreateAssessment = z.input<typeof ZCreateAssessment>;

export const ZCheckpointCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submit'), assessmentId: z.uuid(), checkpointId: z.string().max(200), expectedVersion: z.number().int().min(0) }).strict(),
  z
    .object({
      type: z.literal('submit_not_applicable'),
      assessmentId: z.uuid(),
      checkpointId: z.string().max(200),
      expectedVersion: z.number().int().min(0),
      justification: z.string().trim().min(1, 'Explain why this does not apply.').max(2_000, 'At most 2,000 characters.'),
    })
    .strict(),
  z.object({ type: z.literal('approve'), assessmentId: z.uuid(), checkpointId: z.string().max(200), expectedVersion: z.number().int().min(0) }).strict(),
  z
    .object({
      type: z.literal('request_changes'),
      assessmentId: z.uuid(),
      checkpointId: z.string().max(200),
      expectedVersion: z.number().int().min(0),
      comment: z.string().trim().min(1, 'Say what needs to change.').max(2_000, 'At most 2,000 characters.'),
    })
    .strict(),
]);
export type TCheckpointCommand = z.infer<typeof ZCheckpointCommand>;

export const ZUpgradeTemplate = z
  .object({
    assessmentId: z.uuid(),
    platform: z.string().regex(/^[a-z][a-z0-9-]*$/, 'Choose a platform of this assessment.').max(60),
    /** The version whose changes the person was shown: the upgrade is refused if a newer one was saved since. */
    toVersion: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

/** Archive or restore one assessment (administrators). */
export const ZAssessmentRef = z.object({ assessmentId: z.uuid() }).strict();
export type TAssessmentRef = z.infer<typeof ZAssessmentRef>;

/** Delete one assessment for good: the person types its name to confirm. */
export const ZDeleteAssessment = z
  .object({
    assessmentId: z.uuid(),
    confirmName: z.string({ error: 'Type the assessment’s name to confirm.' }).trim().min(1, 'Type the assessment’s name to confirm.').max(200, 'Names are at most 200 characters.'),
  })
  .strict();
export type TDeleteAssessment = z.infer<typeof ZDeleteAssessment>;
