import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { reviewQueueForApi } from '@/lib/server/assessments/review-queue';

export const runtime = 'nodejs';

/** Checkpoints waiting for review across the organisation's assessments, oldest first. */
export const GET = authedRoute('review.queue', async ({ session }) => {
  const queue = await reviewQueueForApi(db(), session.actor);
  return Response.json(queue, { headers: { 'cache-control': 'no-store' } });
});
