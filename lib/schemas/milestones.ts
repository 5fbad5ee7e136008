import { z } from 'zod';

/** "Save milestone": the assessment and a name people will recognise later ("Before the steering committee"). */
export const ZSaveMilestone = z
  .object({
    assessmentId: z.uuid('Unknown assessment.'),
    name: z.string({ error: 'Enter text.' }).trim().min(1, 'Enter text.').max(120, 'At most 120 characters.'),
  })
  .strict();
export type TSaveMilestone = z.input<typeof ZSaveMilestone>;

/** One side of a comparison: a milestone, or the assessment as it is now. */
export const ZMilestoneRef = z.union([z.literal('now'), z.uuid('Unknown milestone.')]);

export const ZCompareMilestones = z
  .object({ assessmentId: z.uuid('Unknown assessment.'), from: ZMilestoneRef, to: ZMilestoneRef.default('now') })
  .strict();
export type TCompareMilestones = z.input<typeof ZCompareMilestones>;
