import 'server-only';
import { can, scopesAllow, type TAction } from '@/lib/auth/permissions';
import { currentSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { resolveApiToken } from '@/lib/server/api-tokens';
import { DomainError } from '@/lib/server/errors';
import type { TSessionView } from '@/lib/server/sessions';
import { log } from '@/lib/log';
import { UNSTORABLE_TEXT_MESSAGE, unstorableTextPath } from '@/lib/schemas/unstorable-text';
import { REQUEST_ID_HEADER } from './request-id-header';

const NO_STORE = { 'cache-control': 'no-store' };

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: NO_STORE });
}

/** State-changing requests must come from our own pages (the cookie is SameSite=Lax too). */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return request.headers.get('sec-fetch-site') !== 'cross-site';
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** How much of a refused body is still read (and thrown away) so that its sender gets the answer. */
const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

/**
 * Refuses a body by its declared length, after reading the rest of it and throwing it away (up to
 * DRAIN_LIMIT_BYTES). Answering first and closing while the client still sends gives it a broken
 * connection (EPIPE) instead of the 413 and its sentence.
 */
export async function refuseBody(request: Request, response: Response): Promise<Response> {
  const reader = request.body?.getReader();
  if (!reader) return response;
  try {
    for (let read = 0; read <= DRAIN_LIMIT_BYTES; ) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
    }
  } catch {
    // the client gave up: nobody is left to answer
  } finally {
    reader.releaseLock();
  }
  return response;
}

/** Reads a JSON body with a size cap; a Response when it cannot. */
export async function readJson(request: Request, maxBytes = 256 * 1024): Promise<unknown | Response> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return refuseBody(request, jsonError(413, `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`));
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return jsonError(413, `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonError(400, 'The request body is not valid JSON.');
  }
  const unstorable = unstorableTextPath(body);
  if (unstorable !== null) return jsonError(400, UNSTORABLE_TEXT_MESSAGE, unstorable ? { fieldErrors: { [unstorable]: [UNSTORABLE_TEXT_MESSAGE] } } : {});
  return body;
}

/**
 * Wraps an authenticated route handler: who is asking (an API token in `Authorization: Bearer`,
 * else the session cookie), the same-origin check for cookie writes and the permission come
 * first; a token also needs a scope that covers the permission. Domain errors become JSON with
 * their status, anything else (a database that is down included) a generic 500, logged here once
 * with the request id.
 */
export function authedRoute<P>(
  action: TAction,
  handler: (ctx: { request: Request; session: TSessionView; params: P }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let userId: string | undefined;
    try {
      const authorization = request.headers.get('authorization');
      let session: TSessionView | null;
      if (authorization !== null) {
        // A token carries no ambient credential, so it needs no same-origin check; it is never a cookie's substitute elsewhere.
        const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
        if (!bearer) return jsonError(401, 'Send the API token as "Authorization: Bearer <token>".');
        const resolved = await resolveApiToken(db(), bearer[1]!);
        if (!resolved.ok) return jsonError(resolved.status, resolved.error);
        if (!scopesAllow(resolved.session.scopes, action)) return jsonError(403, 'This API token’s scopes do not allow this.');
        session = resolved.session;
      } else {
        session = await currentSession();
        if (!session) return jsonError(401, 'Sign in first.');
        if (request.method !== 'GET' && request.method !== 'HEAD' && !isSameOrigin(request)) {
          return jsonError(403, 'Cross-site requests are refused.');
        }
      }
      userId = session.user.id;
      if (!can(session.role, action)) return jsonError(403, 'Your role does not allow this.');
      return await handler({ request, session, params: await context.params });
    } catch (error) {
      if (error instanceof DomainError) {
        return jsonError(error.status, error.message, error.details === undefined ? {} : { details: error.details });
      }
      log('error', 'route failed', request.headers.get(REQUEST_ID_HEADER), { path: new URL(request.url).pathname, method: request.method, userId, error });
      return jsonError(500, 'Something went wrong on our side; nothing was changed.');
    }
  };
}
