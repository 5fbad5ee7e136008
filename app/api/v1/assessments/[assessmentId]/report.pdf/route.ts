import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { renderCached } from '@/lib/documents/render-cache';
import { buildCurrentReport } from '@/lib/server/documents/issue-rfp';

export const runtime = 'nodejs';

/** The assessment report: progress per phase, checkpoints, sizing, skills gap and budget. */
export const GET = authedRoute<{ assessmentId: string }>('outputs.read', async ({ session, params }) => {
  const model = await buildCurrentReport(db(), session.actor, params.assessmentId);
  const bytes = await renderCached(model, 'pdf');
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="assessment-report-${params.assessmentId.slice(0, 8)}.pdf"`, 'cache-control': 'no-store' },
  });
});
