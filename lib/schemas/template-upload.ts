import { z } from 'zod';

/** The template editor's form: the template as JSON text (its size, nesting and content are checked by the server). */
export const ZSaveTemplate = z
  .object({ source: z.string({ error: 'Paste the template.' }).min(1, 'Paste the template.') })
  .strict();
export type TSaveTemplate = z.infer<typeof ZSaveTemplate>;
