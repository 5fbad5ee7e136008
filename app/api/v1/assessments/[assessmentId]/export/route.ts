import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { exportAssessment } from '@/lib/server/assessments/export-import';

export const runtime = 'nodejs';

export const GET = authedRoute<{ assessmentId: string }>('assessment.export', async ({ session, params }) => {
  const data = await exportAssessment(db(), session.actor, params.assessmentId);
  const filename = `assessment-${params.assessmentId.slice(0, 8)}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  });
});
