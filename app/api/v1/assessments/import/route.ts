import { db } from '@/lib/db/prisma';
import { authedRoute, readJson } from '@/lib/app/route-handler';
import { importAssessment } from '@/lib/server/assessments/export-import';

export const runtime = 'nodejs';

/** POST an export file's JSON; creates a new assessment in the caller's organisation. */
export const POST = authedRoute<Record<string, never>>('assessment.import', async ({ request, session }) => {
  const body = await readJson(request, 5 * 1024 * 1024);
  if (body instanceof Response) return body;
  const result = await importAssessment(db(), session.actor, body);
  return Response.json(result, { status: 201, headers: { 'cache-control': 'no-store' } });
});
