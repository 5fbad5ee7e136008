import { z } from 'zod';

/** PUT /api/v1/assessments/{id}/answers: one answer with the version the client saw. */
export const ZSaveAnswer = z
  .object({
    assessmentId: z.uuid('Unknown assessment.'),
    questionId: z.string({ error: 'Say which question.' }).min(1).max(200, 'Unknown question.'),
    value: z.unknown(),
    expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0),
  })
  .strict();
export type TSaveAnswer = z.infer<typeof ZSaveAnswer>;
