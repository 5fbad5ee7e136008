import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { buildCurrentReport } from '@/lib/server/documents/issue-rfp';
import { renderCached } from '@/lib/server/documents/render-cache';

export const runtime = 'nodejs';

/** The assessment report: progress per phase, checkpoints, sizing, skills gap and budget. */
export const GET = authedRoute<{ assessmentId: string }>('outputs.read', async ({ session, params }) => {
  const model = await buildCurrentReport(db(), session.actor, params.assessmentId);
  const bytes = await renderCached(db(), { userId: session.actor.userId, assessmentId: params.assessmentId, model, format: 'pdf' });
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="assessment-report-${params.assessmentId.slice(0, 8)}.pdf"`, 'cache-control': 'no-store' },
  });
});
