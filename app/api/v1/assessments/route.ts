import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { listAssessments } from '@/lib/server/list-assessments';
import type { TAssessmentList } from '@/lib/schemas/api-read';

export const runtime = 'nodejs';

/** The organisation's assessments (archived ones left out), most recently changed first. */
export const GET = authedRoute('assessment.read', async ({ session }) => {
  const rows = await listAssessments(db(), session.actor);
  const body: TAssessmentList = { assessments: rows.map((a) => ({ id: a.id, name: a.name, country: a.country, platforms: a.platforms, updatedAt: a.updatedAt.toISOString() })) };
  return Response.json(body, { headers: { 'cache-control': 'no-store' } });
});
