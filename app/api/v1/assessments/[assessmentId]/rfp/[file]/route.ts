import { db } from '@/lib/db/prisma';
import { authedRoute, jsonError } from '@/lib/app/route-handler';
import { issuedRfpFile } from '@/lib/server/documents/issue-rfp';
import { draftDocument } from '@/lib/server/documents/render-cache';

export const runtime = 'nodejs';

const FILE = /^(draft|v([1-9]\d{0,4}))\.(pdf|docx)$/;
const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/**
 * `draft.pdf` / `draft.docx`: the RFP as it stands now (marked DRAFT while anything is missing).
 * `v3.pdf` / `v3.docx`: issued version 3, byte for byte as issued.
 */
export const GET = authedRoute<{ assessmentId: string; file: string }>('rfp.read', async ({ session, params }) => {
  const match = FILE.exec(params.file);
  if (!match) return jsonError(404, 'RFP files are draft.pdf, draft.docx, or v<N>.pdf / v<N>.docx for an issued version.');
  const format = match[3] as 'pdf' | 'docx';
  const name = `rfp-${params.assessmentId.slice(0, 8)}-${match[1]}.${format}`;
  const headers = { 'content-type': TYPES[format], 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' };
  if (match[1] === 'draft') {
    const bytes = await draftDocument(db(), session.actor, { assessmentId: params.assessmentId, kind: 'rfp', format });
    return new Response(new Uint8Array(bytes), { headers });
  }
  const file = await issuedRfpFile(db(), session.actor, params.assessmentId, Number(match[2]), format);
  return new Response(new Uint8Array(file.bytes), { headers: { ...headers, 'x-content-sha256': file.sha256 } });
});
