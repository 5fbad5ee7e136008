import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { draftDocument } from '@/lib/server/documents/render-cache';

export const runtime = 'nodejs';

/** The assessment report: progress per phase, checkpoints, sizing, skills gap and budget. */
export const GET = authedRoute<{ assessmentId: string }>('outputs.read', async ({ session, params }) => {
  const bytes = await draftDocument(db(), session.actor, { assessmentId: params.assessmentId, kind: 'report', format: 'pdf' });
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="assessment-report-${params.assessmentId.slice(0, 8)}.pdf"`, 'cache-control': 'no-store' },
  });
});
