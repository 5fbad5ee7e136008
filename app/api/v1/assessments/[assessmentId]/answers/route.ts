import { db } from '@/lib/db/prisma';
import { authedRoute, readJson } from '@/lib/app/route-handler';
import { saveAnswer } from '@/lib/server/assessments/save-answer';

export const runtime = 'nodejs';

/** PUT { questionId, value, expectedVersion } — the questionnaire's autosave. */
export const PUT = authedRoute<{ assessmentId: string }>('answer.write', async ({ request, session, params }) => {
  const body = await readJson(request, 128 * 1024);
  if (body instanceof Response) return body;
  const input = body && typeof body === 'object' && !Array.isArray(body) ? { ...body, assessmentId: params.assessmentId } : body;
  const result = await saveAnswer(db(), session.actor, input);
  return Response.json(result, { headers: { 'cache-control': 'no-store' } });
});
