import { db } from '@/lib/db/prisma';
import { authedRoute, jsonError, refuseBody } from '@/lib/app/route-handler';
import { addEvidence, maxEvidenceBytes } from '@/lib/server/evidence/evidence-files';
import { formatBytes } from '@/lib/files/evidence-type';

export const runtime = 'nodejs';

/** Room for the multipart boundary and the form fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * POST multipart/form-data with `checkpointId` and `file`: attaches the file to the checkpoint as
 * evidence. A body too large by its declared length is refused without being kept (read and thrown away).
 */
export const POST = authedRoute<{ assessmentId: string }>('evidence.write', async ({ request, session, params }) => {
  const limit = maxEvidenceBytes();
  const tooLarge = () => jsonError(413, `This file is larger than ${formatBytes(limit)}; files of up to ${formatBytes(limit)} can be attached.`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit + FORM_OVERHEAD) return refuseBody(request, tooLarge());
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return jsonError(415, 'Send the file as multipart/form-data, with the fields "checkpointId" and "file".');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, 'The upload could not be read. Try again.');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) return jsonError(422, 'Choose a file to attach.', { fieldErrors: { file: ['Choose a file to attach.'] } });
  if (file.size > limit) return tooLarge();
  const checkpointId = form.get('checkpointId');
  const fileName = file instanceof File ? file.name : '';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await addEvidence(db(), session.actor, { assessmentId: params.assessmentId, checkpointId: typeof checkpointId === 'string' ? checkpointId : undefined, fileName }, bytes);
  return Response.json(result, { status: 201, headers: { 'cache-control': 'no-store' } });
});
