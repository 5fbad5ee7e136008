import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TPrisma } from '@/lib/db/client';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import type { TRenderFormat } from '@/lib/documents/render-job';
import { log } from '@/lib/log';
import { renderInPool } from './render-pool';

/** Rendered documents kept per assessment (the newest): the current draft and report in both formats, and a few before. */
export const KEPT_PER_ASSESSMENT = 8;

let rendererHash: string | undefined;
/**
 * What draws the documents: the sources of lib/documents and the versions of react-pdf and docx. A
 * change to any of them is a new key, so a new release never serves bytes an older renderer drew.
 */
function renderer(): string {
  if (rendererHash) return rendererHash;
  const hash = createHash('sha256');
  const dir = path.join(process.cwd(), 'lib/documents');
  for (const name of fs.readdirSync(dir).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  for (const pkg of ['@react-pdf/renderer', 'docx']) {
    hash.update(fs.readFileSync(path.join(process.cwd(), 'node_modules', pkg, 'package.json')));
  }
  rendererHash = hash.digest('hex');
  return rendererHash;
}

export function renderKey(assessmentId: string, model: TDocModel, format: TRenderFormat): string {
  const digest = createHash('sha256').update(renderer()).update(assessmentId).update(format).update(JSON.stringify(model)).digest('hex');
  return `${format}:${digest}`;
}

/** Renders of this process under way, by key: a second request for the same document waits for the first. */
const inFlight = new Map<string, Promise<Buffer>>();

/**
 * The document drawn from `model`: from PostgreSQL when any instance has drawn this very model
 * before, otherwise rendered in a worker thread (on behalf of `userId`, who may get a 429 when
 * renders are queued up) and stored. The caller has authorized `assessmentId` by building `model`.
 */
export async function renderCached(prisma: TPrisma, input: { userId: string; assessmentId: string; model: TDocModel; format: TRenderFormat }): Promise<Buffer> {
  const { userId, assessmentId, model, format } = input;
  const key = renderKey(assessmentId, model, format);
  const running = inFlight.get(key);
  if (running) return running;
  const stored = await prisma.renderedDocument.findUnique({ where: { key }, select: { bytes: true } });
  if (stored) return Buffer.from(stored.bytes);
  const again = inFlight.get(key);
  if (again) return again;
  const rendering = (async () => {
    const bytes = await renderInPool(userId, { model, format });
    await store(prisma, { key, assessmentId, format, bytes }).catch((error: unknown) => log('warn', 'rendered document not cached', null, { key, error }));
    return bytes;
  })();
  inFlight.set(key, rendering);
  try {
    return await rendering;
  } finally {
    inFlight.delete(key);
  }
}

async function store(prisma: TPrisma, row: { key: string; assessmentId: string; format: TRenderFormat; bytes: Buffer }): Promise<void> {
  await prisma.renderedDocument.createMany({ data: [{ ...row, bytes: new Uint8Array(row.bytes) }], skipDuplicates: true });
  await prisma.$executeRaw`
    DELETE FROM "RenderedDocument" WHERE "assessmentId" = ${row.assessmentId}::uuid AND key NOT IN (
      SELECT key FROM "RenderedDocument" WHERE "assessmentId" = ${row.assessmentId}::uuid ORDER BY "createdAt" DESC LIMIT ${KEPT_PER_ASSESSMENT})`;
}
