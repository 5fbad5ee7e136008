import 'server-only';
import { z } from 'zod';
import { can, type TAction } from '@/lib/auth/permissions';
import { currentSession } from '@/lib/auth/current-session';
import { DomainError } from '@/lib/server/errors';
import type { TSessionView } from '@/lib/server/sessions';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { UNSTORABLE_TEXT_MESSAGE, unstorableTextPath } from '@/lib/schemas/unstorable-text';
import { log } from '@/lib/log';
import { requestId } from './request-id';
import type { TActionResult } from './action-result';

/**
 * Wraps a server action: who is asking (session) and may they (permission) come first, then the
 * input is parsed with its zod schema, then the body runs. Errors become safe messages, and an
 * unexpected one (a database that is down included) is logged once.
 */
export function authedAction<S extends z.ZodType, R>(
  schema: S,
  action: TAction,
  body: (ctx: { session: TSessionView; input: z.infer<S> }) => Promise<R>,
): (raw: unknown) => Promise<TActionResult<R>> {
  return async (raw) => {
    let userId: string | undefined;
    try {
      const session = await currentSession();
      if (!session) return { ok: false, status: 401, error: 'Your session has ended. Sign in again.' };
      userId = session.user.id;
      if (!can(session.role, action)) return { ok: false, status: 403, error: 'Your role does not allow this.' };
      const unstorable = unstorableTextPath(raw);
      if (unstorable !== null) return { ok: false, status: 400, error: UNSTORABLE_TEXT_MESSAGE, fieldErrors: { [unstorable.split('.')[0] || 'form']: [UNSTORABLE_TEXT_MESSAGE] } };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { ok: false, status: 400, error: 'Check the highlighted fields.', fieldErrors: fieldErrors(parsed.error) };
      return { ok: true, data: await body({ session, input: parsed.data }) };
    } catch (error) {
      return toActionError(error, { action, userId });
    }
  };
}

/** A domain error as its message; anything else logged once (with the request id) as a generic 500. */
export async function toActionError(error: unknown, context: Record<string, unknown>): Promise<TActionResult<never>> {
  if (error instanceof DomainError) {
    const details = error.details as Record<string, string[] | undefined> | undefined;
    const isFieldMap = details && typeof details === 'object' && !Array.isArray(details);
    return { ok: false, status: error.status, error: error.message, ...(isFieldMap && error.status === 422 ? { fieldErrors: details } : { details }) };
  }
  log('error', 'action failed', await requestId(), { ...context, error });
  return { ok: false, status: 500, error: 'Something went wrong on our side; nothing was changed. Try again.' };
}

/**
 * Wraps a server action open to anonymous callers (sign-in, invitation links): no session to
 * check, so the body must prove who is asking itself (a password, a link's token). Text that
 * PostgreSQL cannot store is refused first; errors become safe messages like authedAction's.
 */
export function publicAction<R>(name: string, body: (raw: unknown) => Promise<R>): (raw: unknown) => Promise<TActionResult<R>> {
  return async (raw) => {
    try {
      const unstorable = unstorableTextPath(raw);
      if (unstorable !== null) return { ok: false, status: 400, error: UNSTORABLE_TEXT_MESSAGE, fieldErrors: { [unstorable.split('.')[0] || 'form']: [UNSTORABLE_TEXT_MESSAGE] } };
      return { ok: true, data: await body(raw) };
    } catch (error) {
      return toActionError(error, { action: name });
    }
  };
}
