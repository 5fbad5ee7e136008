import 'server-only';
import type { z } from 'zod';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { InvalidInputError } from './errors';

/** Parses a lib/server function's raw input with its schema; a refusal names the fields. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the form.', fieldErrors(parsed.error));
  return parsed.data;
}
