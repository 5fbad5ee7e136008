import { z } from 'zod';

/** The fields sent with an evidence file (multipart form fields, or a server call's input). */
export const ZAddEvidence = z
  .object({
    assessmentId: z.uuid('Unknown assessment.'),
    checkpointId: z.string({ error: 'Choose the checkpoint the file is evidence for.' }).trim().min(1, 'Choose the checkpoint the file is evidence for.').max(200, 'Unknown checkpoint.'),
    fileName: z.string({ error: 'The file has no name.' }).max(255, 'File names are at most 255 characters.').default(''),
  })
  .strict();
export type TAddEvidence = z.input<typeof ZAddEvidence>;

export const ZEvidenceRef = z.object({ assessmentId: z.uuid('Unknown assessment.'), fileId: z.uuid('Unknown file.') }).strict();
export type TEvidenceRef = z.infer<typeof ZEvidenceRef>;
