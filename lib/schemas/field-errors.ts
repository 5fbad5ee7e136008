import { z } from 'zod';

export type TFieldErrors = Record<string, string[] | undefined>;

/** Per-field messages from a zod error, for forms and 400 responses. */
export function fieldErrors(error: z.ZodError): TFieldErrors {
  return z.flattenError(error).fieldErrors as TFieldErrors;
}
