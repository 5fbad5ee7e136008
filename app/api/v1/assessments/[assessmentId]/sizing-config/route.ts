import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { authedRoute, jsonError } from '@/lib/app/route-handler';
import { sizingConfigText } from '@/lib/server/outputs/sizing-config';

export const runtime = 'nodejs';

const ZVersion = z.coerce.number().int().min(1).max(1_000_000).optional();

/**
 * The CommCare configuration (commcare-resource-model YAML) that gives the sizing page's figures:
 * the one in use, or `?version=N` for an earlier one. Uploading it again gives the same figures.
 */
export const GET = authedRoute<{ assessmentId: string }>('outputs.read', async ({ request, session, params }) => {
  const raw = new URL(request.url).searchParams.get('version');
  const version = ZVersion.safeParse(raw ?? undefined);
  if (!version.success) return jsonError(400, 'The version is a whole number from 1.');
  const { text, version: v } = await sizingConfigText(db(), session.actor, params.assessmentId, version.data);
  const filename = `commcare-configuration-${params.assessmentId.slice(0, 8)}${v ? `-v${v}` : '-default'}.yml`;
  return new Response(text, { headers: { 'content-type': 'application/yaml; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } });
});
