import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';

export const runtime = 'nodejs';

/** The whole set of outputs (sizing, skills gap, budget, missing answers) as JSON. */
export const GET = authedRoute<{ assessmentId: string }>('outputs.read', async ({ session, params }) => {
  const outputs = await loadOutputs(db(), session.actor, params.assessmentId);
  return Response.json(outputs, { headers: { 'cache-control': 'no-store' } });
});
