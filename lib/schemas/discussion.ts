import { z } from 'zod';

export const COMMENT_MAX = 4_000;

/** A comment in the discussion of one checkpoint or question (the thread is made on the first one). */
export const ZPostComment = z
  .object({
    assessmentId: z.uuid('Unknown assessment.'),
    subjectId: z.string().min(1).max(200, 'Unknown checkpoint or question.'),
    body: z.string({ error: 'Write a comment.' }).trim().min(1, 'Write a comment.').max(COMMENT_MAX, 'At most 4,000 characters.'),
  })
  .strict();
export type TPostComment = z.infer<typeof ZPostComment>;

/** Resolve a thread, or reopen it; the version is the one the person saw. */
export const ZResolveThread = z
  .object({
    threadId: z.uuid('Unknown discussion.'),
    action: z.enum(['resolve', 'reopen'], { error: 'Resolve or reopen.' }),
    expectedVersion: z.number().int().min(1).max(1_000_000),
  })
  .strict();
export type TResolveThread = z.infer<typeof ZResolveThread>;

/** Mark some of one's notifications read, or all of them. */
export const ZMarkNotificationsRead = z.union([
  z.object({ ids: z.array(z.uuid('Unknown notification.')).min(1).max(200) }).strict(),
  z.object({ which: z.literal('all', { error: 'Unknown notification.' }) }).strict(),
]);
export type TMarkNotificationsRead = z.infer<typeof ZMarkNotificationsRead>;

export const MAIL_PREFERENCES = ['each', 'digest', 'none'] as const;
export const ZMailPreference = z.object({ preference: z.enum(MAIL_PREFERENCES, { error: 'Choose one mail per event, a daily digest or no mail.' }) }).strict();
export type TMailPreferenceInput = z.infer<typeof ZMailPreference>;
