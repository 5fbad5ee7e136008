import type { TFieldErrors } from '@/lib/schemas/field-errors';

/** What every server action returns to its form: data, or a message safe to show. */
export type TActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: string; fieldErrors?: TFieldErrors; details?: unknown };
