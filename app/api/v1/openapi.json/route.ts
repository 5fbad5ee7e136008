import { openApiDocument } from '@/lib/api/openapi';

export const runtime = 'nodejs';

/** Public: the API's own description, generated from the schemas the routes parse with. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { 'cache-control': 'no-store' } });
}
