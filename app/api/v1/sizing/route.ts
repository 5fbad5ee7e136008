import { jsonError, readJson } from '@/lib/app/route-handler';
import { runCommCareWithConfig, runResourceModelSizing, runSizing } from '@/lib/app/sizing';
import { RESOURCE_MODEL_LIMITS } from '@/lib/domain/resource-model-config';
import { localizeDhis2Sizing } from '@/lib/content/localize-dhis2-sizing';
import { requestLocale } from '@/lib/i18n/request';

export const runtime = 'nodejs';

const INPUT_BYTES = 64 * 1024;

/**
 * Public sizing calculator (no account needed): nothing is stored and nothing is read but the
 * reference data, so it needs no session. Invalid input gets 400 with errors per field. A body with
 * `resourceModelConfig` sizes that commcare-resource-model configuration (up to its own size cap);
 * with `users` too, the calculator sizes with that configuration in place of the built-in one;
 * any other body is the calculator's input, up to 64 KB.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request, RESOURCE_MODEL_LIMITS.maxBytes + INPUT_BYTES);
  if (body instanceof Response) return body;
  if (body && typeof body === 'object' && 'resourceModelConfig' in body && 'users' in body) {
    const outcome = runCommCareWithConfig(body, await requestLocale());
    if (!outcome.ok) return jsonError(400, 'Check the highlighted fields.', { fieldErrors: outcome.fieldErrors, configErrors: outcome.configErrors });
    return Response.json({ platform: outcome.platform, ...outcome.result }, { headers: { 'cache-control': 'no-store' } });
  }
  if (body && typeof body === 'object' && 'resourceModelConfig' in body) {
    const outcome = runResourceModelSizing(body);
    if (!outcome.ok) return jsonError(400, 'The configuration cannot be used as it is.', { fieldErrors: outcome.fieldErrors, configErrors: outcome.configErrors });
    return Response.json({ platform: outcome.platform, summaries: outcome.summaries }, { headers: { 'cache-control': 'no-store' } });
  }
  if (Buffer.byteLength(JSON.stringify(body)) > INPUT_BYTES) return jsonError(413, `The request body is larger than ${INPUT_BYTES / 1024} KB.`);
  const locale = await requestLocale();
  const outcome = runSizing(body, locale);
  if (!outcome.ok) return jsonError(400, 'Check the highlighted fields.', { fieldErrors: outcome.fieldErrors });
  // The explanations are reasons ({ key, params }, sizingReasons.json); the reference data's texts
  // they quote follow the request's language (CommCare's sources are chosen with its constants).
  const result = outcome.platform === 'dhis2' ? localizeDhis2Sizing(outcome.result, locale) : outcome.result;
  return Response.json({ platform: outcome.platform, ...result }, { headers: { 'cache-control': 'no-store' } });
}
