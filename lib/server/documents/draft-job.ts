import 'server-only';
import { createPrismaClient, type TPrisma } from '@/lib/db/client';
import { renderJob, type TRenderFormat } from '@/lib/documents/render-job';
import type { TLocale } from '@/lib/domain/locale';
import { log } from '@/lib/log';
import type { TActor } from '../actor';
import { currentReportSource, currentRfpSource } from './issue-rfp';

export type TDraftKind = 'rfp' | 'report';

/** Rendered documents kept per assessment (the newest): the current draft and report in both formats, and a few before. */
export const KEPT_PER_ASSESSMENT = 8;

/**
 * A draft to draw as the assessment stands: what a render process needs to read its data itself.
 * The server has resolved the actor and found the key (render-cache.ts), nothing more: the reads,
 * the outputs (sizing, budget, skills), the model, the drawing and the storing of the bytes under
 * `key` all happen in the render process,
 * at its low priority, so five drafts asked for at once cost the server's thread almost nothing
 * (reading a draft's data there took about 25 ms of it, in chunks of up to 9 ms, while saves waited).
 */
export type TDraftJob = {
  draft: { key: string; kind: TDraftKind; assessmentId: string; actor: TActor; now: string; locale: TLocale; databaseUrl: string };
  format: TRenderFormat;
};

/** Connections of a render process to one database: the reads of one draft, a few at once. */
const CONNECTIONS = 3;
const clients = new Map<string, TPrisma>();

function clientFor(databaseUrl: string): TPrisma {
  let client = clients.get(databaseUrl);
  if (!client) {
    client = createPrismaClient(databaseUrl, CONNECTIONS);
    clients.set(databaseUrl, client);
  }
  return client;
}

/**
 * Reads the draft's data, builds its model, draws it and stores the bytes under its key, so any
 * instance finds them (in a render process). A DomainError (no platform: 409; deleted meanwhile:
 * 404) is the caller's answer; a failed store only costs the next request a render.
 */
export async function renderDraft({ draft, format }: TDraftJob): Promise<Buffer> {
  const { key, kind, assessmentId, actor, locale, databaseUrl } = draft;
  const prisma = clientFor(databaseUrl);
  const now = new Date(draft.now);
  const source = kind === 'rfp' ? await currentRfpSource(prisma, actor, assessmentId, now, locale) : await currentReportSource(prisma, actor, assessmentId, now, locale);
  const bytes = await renderJob({ ...source, format });
  await store(prisma, { key, assessmentId, format, bytes }).catch((error: unknown) => log('warn', 'rendered document not cached', null, { key, error }));
  return bytes;
}

async function store(prisma: TPrisma, row: { key: string; assessmentId: string; format: TRenderFormat; bytes: Buffer }): Promise<void> {
  await prisma.renderedDocument.createMany({ data: [{ ...row, bytes: new Uint8Array(row.bytes) }], skipDuplicates: true });
  await prisma.$executeRaw`
    DELETE FROM "RenderedDocument" WHERE "assessmentId" = ${row.assessmentId}::uuid AND key NOT IN (
      SELECT key FROM "RenderedDocument" WHERE "assessmentId" = ${row.assessmentId}::uuid ORDER BY "createdAt" DESC LIMIT ${KEPT_PER_ASSESSMENT})`;
}
