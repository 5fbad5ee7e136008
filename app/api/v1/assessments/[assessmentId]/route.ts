import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { loadAssessmentStatus } from '@/lib/server/assessments/assessment-status';

export const runtime = 'nodejs';

/** One assessment's status and gating: phases, locked or not and why, every checkpoint's state. */
export const GET = authedRoute<{ assessmentId: string }>('assessment.read', async ({ session, params }) => {
  const status = await loadAssessmentStatus(db(), session.actor, params.assessmentId);
  return Response.json(status, { headers: { 'cache-control': 'no-store' } });
});
