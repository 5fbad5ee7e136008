import { db } from '@/lib/db/prisma';
import { authedRoute, jsonError, refuseBody } from '@/lib/app/route-handler';
import { saveOrganizationTemplate, TEMPLATE_MAX_BYTES } from '@/lib/server/templates/save-template';

export const runtime = 'nodejs';

/** Saves a questionnaire template the organisation authored (the body is the template JSON). */
export const POST = authedRoute('template.manage', async ({ request, session }) => {
  if (Number(request.headers.get('content-length') ?? 0) > TEMPLATE_MAX_BYTES) return refuseBody(request, jsonError(413, 'The template is larger than 1 MB; nothing was saved.'));
  const saved = await saveOrganizationTemplate(db(), session.actor, { source: await request.text() });
  return Response.json(saved, { status: saved.created ? 201 : 200, headers: { 'cache-control': 'no-store' } });
});
