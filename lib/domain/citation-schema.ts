import { z } from 'zod';
import type { TCitation } from './citation';

/** A citation of a questionnaire or the sizing constants: a title, optionally a section and an https link. */
export const ZCitation = z.object({
  title: z.string().min(1),
  section: z.string().min(1).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
}) satisfies z.ZodType<TCitation>;
