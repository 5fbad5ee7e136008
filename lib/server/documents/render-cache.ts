import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { awayFromForeground } from '@/lib/app/foreground';
import { connectionStringOf, type TPrisma } from '@/lib/db/client';
import type { TRenderFormat } from '@/lib/documents/render-job';
import { isUuid } from '@/lib/schemas/ids';
import { requirePermission, type TActor } from '../actor';
import { NotFoundError } from '../errors';
import type { TDraftJob, TDraftKind } from './draft-job';
import { renderInPool, renderWhenIdle } from './render-pool';
import { isLocale, type TLocale } from '@/lib/domain/locale';

export { KEPT_PER_ASSESSMENT, type TDraftKind } from './draft-job';

let codeHash: string | undefined;
/**
 * What turns the saved data into a document: our sources (lib/: the loaders, the pure model
 * builders, the renderer), the content files (sizing constants, rate cards, the RFP's text) and the
 * versions of react-pdf and docx. A change to any of them is a new key, so a new release never
 * serves bytes an older release drew; a restart of the same release finds its documents again.
 */
function codeVersion(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(process.cwd(), full)).update(fs.readFileSync(full));
    }
  };
  walk(path.join(process.cwd(), 'lib'));
  walk(path.join(process.cwd(), 'content'));
  for (const pkg of ['@react-pdf/renderer', 'docx']) hash.update(fs.readFileSync(path.join(process.cwd(), 'node_modules', pkg, 'package.json')));
  codeHash = hash.digest('hex');
  return codeHash;
}

/**
 * The cache key of an assessment's draft document and, when some instance has drawn it already,
 * its bytes — in one statement, without building the document. The key hashes every row the
 * document is built from (the assessment with its organisation's name, the pinned template
 * versions, answers, checkpoint states with their reviewers' names, team, rate overrides, budget
 * settings, RFP details), the day (documents carry the date they were generated), the kind, the
 * format, the document language and the code version. Whole rows are hashed, not version counters: a write that forgets
 * to bump a version still changes the key. Nothing when the assessment is not the actor's
 * organisation's.
 */
export async function draftKey(prisma: TPrisma, actor: TActor, assessmentId: string, kind: TDraftKind, format: TRenderFormat, now: Date, locale: TLocale = 'en') {
  const salt = [codeVersion(), kind, format, locale, now.toISOString().slice(0, 10)].join('|');
  const rows = await prisma.$queryRaw<{ key: string; bytes: Uint8Array | null }[]>`
    WITH a AS (
      SELECT a.*, o.name AS "organizationName" FROM "Assessment" a JOIN "Organization" o ON o.id = a."organizationId"
      WHERE a.id = ${assessmentId}::uuid AND a."organizationId" = ${actor.organizationId}::uuid
    ), k AS (
      SELECT ${`${kind}.${format}:`} || encode(sha256(convert_to(concat_ws(E'\n§',
        ${salt}::text,
        (SELECT a::text FROM a),
        coalesce((SELECT string_agg(t::text, E'\n' ORDER BY t.platform) FROM "AssessmentTemplate" t WHERE t."assessmentId" = a.id), '-'),
        coalesce((SELECT string_agg(x::text, E'\n' ORDER BY x."questionId") FROM "Answer" x WHERE x."assessmentId" = a.id), '-'),
        coalesce((SELECT string_agg(c::text || coalesce(u.name, ''), E'\n' ORDER BY c."checkpointId")
                  FROM "CheckpointState" c LEFT JOIN "User" u ON u.id = c."reviewedById" WHERE c."assessmentId" = a.id), '-'),
        coalesce((SELECT string_agg(m::text, E'\n' ORDER BY m.position) FROM "TeamMember" m WHERE m."assessmentId" = a.id), '-'),
        coalesce((SELECT string_agg(r::text, E'\n' ORDER BY r.option, r."rateKey") FROM "RateOverride" r WHERE r."assessmentId" = a.id), '-'),
        coalesce((SELECT b::text FROM "BudgetSettings" b WHERE b."assessmentId" = a.id), '-'),
        coalesce((SELECT s.id::text FROM "SizingConfigVersion" s WHERE s."assessmentId" = a.id ORDER BY s.version DESC LIMIT 1), '-'),
        coalesce((SELECT d::text FROM "RfpDraft" d WHERE d."assessmentId" = a.id), '-')
      ), 'UTF8')), 'hex') AS key
      FROM a
    )
    SELECT k.key, r.bytes FROM k LEFT JOIN "RenderedDocument" r ON r.key = k.key`;
  return rows[0] ?? null;
}

/** Renders of this process under way, by key: a second request for the same document waits for the first. */
const inFlight = new Map<string, Promise<Buffer>>();

/**
 * The draft RFP or the report of an assessment as it stands now: from PostgreSQL when any instance
 * has drawn this very state before (one small query), otherwise built, rendered in a render process
 * and stored. Interactive (a person waits; their share of the pool may give a 429) unless
 * `background`, which renders only when no person's render waits and a thread is free.
 */
export async function draftDocument(
  prisma: TPrisma,
  actor: TActor,
  input: { assessmentId: string; kind: TDraftKind; format: TRenderFormat; background?: boolean; now?: Date; locale?: TLocale },
): Promise<Buffer> {
  const { assessmentId, kind, format, background = false, now = new Date() } = input;
  requirePermission(actor, kind === 'rfp' ? 'rfp.read' : 'outputs.read');
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  const locale = input.locale ?? (await readerLocale(prisma, actor));
  const found = await draftKey(prisma, actor, assessmentId, kind, format, now, locale);
  if (!found) throw new NotFoundError('That assessment');
  if (found.bytes) return Buffer.from(found.bytes);
  const running = inFlight.get(found.key);
  if (running) return awayFromForeground(() => running); // as the render it waits for (render-pool.ts)
  // The reads, the model, the drawing and the storing all happen in a render process (draft-job.ts).
  const job: TDraftJob = { draft: { key: found.key, kind, assessmentId, actor, now: now.toISOString(), locale, databaseUrl: connectionStringOf(prisma) }, format };
  const rendering = background ? renderWhenIdle(job) : renderInPool(actor.userId, job);
  inFlight.set(found.key, rendering);
  try {
    return await rendering;
  } finally {
    inFlight.delete(found.key);
  }
}

/** A draft is drawn in the language of whoever asks for it (their own setting; English when they have none). */
async function readerLocale(prisma: TPrisma, actor: TActor): Promise<TLocale> {
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : 'en';
}
