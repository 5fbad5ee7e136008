import { jsonError, readJson } from '@/lib/app/route-handler';
import { runSizing } from '@/lib/app/sizing';

export const runtime = 'nodejs';

/**
 * Public sizing calculator (no account needed): nothing is stored and nothing is read but the
 * reference data, so it needs no session. Invalid input gets 400 with errors per field.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request, 64 * 1024);
  if (body instanceof Response) return body;
  const outcome = runSizing(body);
  if (!outcome.ok) return jsonError(400, 'Check the highlighted fields.', { fieldErrors: outcome.fieldErrors });
  return Response.json({ platform: outcome.platform, ...outcome.result }, { headers: { 'cache-control': 'no-store' } });
}
