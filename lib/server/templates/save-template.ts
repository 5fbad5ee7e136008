import 'server-only';
import { createHash } from 'node:crypto';
import type { TPrisma } from '@/lib/db/client';
import { ZTemplate } from '@/lib/content/template-schema';
import { canonicalJson } from '@/lib/content/sync-templates';
import { jsonDepth } from '@/lib/domain/json-depth';
import { reason } from '@/lib/domain/reason';
import { locate, notJsonProblem, problemText, templateProblems, tooDeepProblem, WHOLE_TEMPLATE, type TTemplateProblem } from '@/lib/domain/template-problems';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { unstorableTextPath } from '@/lib/schemas/unstorable-text';
import { ZSaveTemplate } from '@/lib/schemas/template-upload';
import { requirePermission, type TActor } from '../actor';
import { parseInput } from '../parse-input';
import { ConflictError, DomainError } from '../errors';

/** A template is at most this large (the built-in ones are about a tenth of it). */
export const TEMPLATE_MAX_BYTES = 1024 * 1024;
/** Templates nest about a dozen levels; anything far deeper is not one. */
export const TEMPLATE_MAX_DEPTH = 32;

/**
 * The problems as reasons (the editor puts them into its reader's words) and, for the API's
 * readers, each in English as `text`.
 */
export class TemplateProblemsError extends DomainError {
  constructor(readonly problems: TTemplateProblem[]) {
    const english = reasonSayer('en', 'templates');
    super(problems.length === 1 ? 'The template has 1 problem; nothing was saved.' : `The template has ${problems.length} problems; nothing was saved.`, 422, { problems: problems.map((p) => ({ ...p, text: problemText(p, english) })) });
  }
}

/** The template in a JSON text, or the reasons it is not one, in words. Nothing is stored. */
export function readTemplateText(text: string) {
  if (Buffer.byteLength(text) > TEMPLATE_MAX_BYTES) throw new DomainError(`The template is larger than ${TEMPLATE_MAX_BYTES / 1024 / 1024} MB; nothing was saved.`, 413);
  if (jsonDepth(text, TEMPLATE_MAX_DEPTH) > TEMPLATE_MAX_DEPTH) throw new TemplateProblemsError([tooDeepProblem(TEMPLATE_MAX_DEPTH)]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TemplateProblemsError([notJsonProblem((error as Error).message)]);
  }
  const unstorable = unstorableTextPath(raw);
  if (unstorable !== null) {
    const path = unstorable.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    throw new TemplateProblemsError([{ where: locate(raw, path).where, problem: reason('problems.unstorable') }]);
  }
  const parsed = ZTemplate.safeParse(raw);
  if (!parsed.success) throw new TemplateProblemsError(templateProblems(raw, parsed.error.issues));
  return parsed.data;
}

/**
 * Stores a template the organisation authored, once it is valid. Its key must not be a built-in
 * one; each version is stored once and never rewritten (a changed text needs a higher version).
 * Audited. Other organisations never see it.
 */
export async function saveOrganizationTemplate(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'template.manage');
  const template = readTemplateText(parseInput(ZSaveTemplate, raw).source);
  const contentHash = createHash('sha256').update(canonicalJson(template)).digest('hex');
  return prisma.$transaction(async (tx) => {
    const builtIn = await tx.templateVersion.findFirst({ where: { templateKey: template.key, organizationId: null }, select: { title: true } });
    if (builtIn) throw new TemplateProblemsError([{ where: WHOLE_TEMPLATE, problem: reason('problems.keyTaken', { key: template.key, title: builtIn.title }) }]);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${actor.organizationId}:${template.key}`}))`;
    const latest = await tx.templateVersion.findFirst({ where: { organizationId: actor.organizationId, templateKey: template.key }, orderBy: { version: 'desc' } });
    if (latest && latest.version === template.version && latest.contentHash === contentHash) return { id: latest.id, key: template.key, version: template.version, created: false };
    if (latest && template.version <= latest.version) {
      throw new ConflictError(`Version ${latest.version} of “${latest.title}” is already saved. Raise the version to ${latest.version + 1} to save this change; assessments keep the version they use until they are upgraded.`);
    }
    const row = await tx.templateVersion.create({
      data: { organizationId: actor.organizationId, createdById: actor.userId, templateKey: template.key, version: template.version, platform: template.platform, title: template.title, contentHash, definition: template as object },
    });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, actorId: actor.userId, action: 'template.saved', subject: template.key, before: latest ? { version: latest.version } : undefined, after: { title: template.title, version: template.version } },
    });
    return { id: row.id, key: template.key, version: template.version, created: true };
  });
}
