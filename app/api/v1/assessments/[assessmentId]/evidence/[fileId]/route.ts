import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { openEvidence, removeEvidence } from '@/lib/server/evidence/evidence-files';

export const runtime = 'nodejs';

/** `filename*` (RFC 6266 / 5987) for any name, and an ASCII `filename` for old clients. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * An evidence file, streamed: always as an attachment, with the type decided from its bytes at
 * upload (never HTML or SVG: those are refused then) and `nosniff`, so no browser renders it inline.
 */
export const GET = authedRoute<{ assessmentId: string; fileId: string }>('assessment.read', async ({ session, params }) => {
  const file = await openEvidence(db(), session.actor, params);
  return new Response(file.stream, {
    headers: {
      'content-type': file.mediaType,
      'content-length': String(file.size),
      'content-disposition': disposition(file.fileName),
      'x-content-type-options': 'nosniff',
      'x-content-sha256': file.sha256,
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'no-store',
    },
  });
});

/** Removes an evidence file (re-opening its checkpoint when it was submitted or approved). */
export const DELETE = authedRoute<{ assessmentId: string; fileId: string }>('evidence.write', async ({ session, params }) => {
  const result = await removeEvidence(db(), session.actor, params);
  return Response.json(result, { headers: { 'cache-control': 'no-store' } });
});
