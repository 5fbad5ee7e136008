import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { ZUpgradeTemplate } from '@/lib/schemas/assessment';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { findAssessmentOrThrow } from './load-assessment';
import { requireEditable } from './require-editable';
import { parsedTemplate } from './template-cache';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';
import { answersKept, diffTemplates } from '@/lib/domain/template-diff';

/** Newer template versions than the ones an assessment is pinned to. */
export async function availableUpgrades(prisma: TPrisma, actor: TActor, assessmentId: string) {
  const { tracks } = await findAssessmentOrThrow(prisma, actor, assessmentId);
  const upgrades = [];
  for (const t of tracks) {
    const latest = await prisma.templateVersion.findFirst({ where: { templateKey: t.templateKey, organizationId: t.organizationId }, orderBy: { version: 'desc' } });
    if (latest && latest.version > t.version) upgrades.push({ platform: t.platform, from: t.version, to: latest.version });
  }
  return upgrades;
}

/**
 * Moves one platform of an assessment to the newest template version, explicitly and audited.
 * Answers and decisions for ids that still exist carry over; those whose question or checkpoint
 * no longer exists are kept in the database (and listed in the audit row) but no longer shown.
 */
export async function upgradeTemplate(prisma: TPrisma, actor: TActor, raw: unknown) {
  requirePermission(actor, 'assessment.upgrade');
  const parsed = ZUpgradeTemplate.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Check the request.', fieldErrors(parsed.error));
  const { assessmentId, platform, toVersion } = parsed.data;
  const result = await prisma.$transaction(async (tx) => {
    const { assessment, tracks } = await findAssessmentOrThrow(tx, actor, assessmentId);
    requireEditable(assessment);
    const track = tracks.find((t) => t.platform === platform);
    if (!track) throw new NotFoundError(`The ${platform} part of this assessment`);
    const latest = await tx.templateVersion.findFirst({ where: { templateKey: track.templateKey, organizationId: track.organizationId }, orderBy: { version: 'desc' } });
    if (!latest || latest.version <= track.version) throw new ConflictError('This assessment already uses the newest version.');
    if (toVersion !== undefined && latest.version !== toVersion) throw new ConflictError(`Version ${latest.version} of this questionnaire was saved after you looked at the changes of version ${toVersion}; reload the page to see what version ${latest.version} changes.`);
    const next = parsedTemplate(latest.id, latest.definition);
    const answers = await tx.answer.findMany({ where: { assessmentId, questionId: { startsWith: `${track.templateKey}.` } }, select: { questionId: true } });
    const orphaned = answers.map((a) => a.questionId).filter((id) => !next.index.questions.has(id));
    await tx.assessmentTemplate.update({ where: { assessmentId_platform: { assessmentId, platform } }, data: { templateVersionId: latest.id } });
    await tx.auditEvent.create({
      data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'template.upgraded', subject: platform, before: { version: track.version }, after: { version: latest.version, answersNoLongerShown: orphaned } },
    });
    return { platform, from: track.version, to: latest.version, orphaned };
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
  return result;
}

/**
 * What upgrading would change, shown before it is applied: per platform with a newer version, the
 * questions added, removed and reworded, the checkpoints moved, and which answers would no longer
 * be shown (their question is gone). Reads only.
 */
export async function upgradePreview(prisma: TPrisma, actor: TActor, assessmentId: string) {
  requirePermission(actor, 'assessment.read');
  const { tracks } = await findAssessmentOrThrow(prisma, actor, assessmentId);
  const previews = [];
  for (const t of tracks) {
    const latest = await prisma.templateVersion.findFirst({ where: { templateKey: t.templateKey, organizationId: t.organizationId }, orderBy: { version: 'desc' } });
    if (!latest || latest.version <= t.version) continue;
    const next = parsedTemplate(latest.id, latest.definition);
    const answered = await prisma.answer.findMany({ where: { assessmentId, questionId: { startsWith: `${t.templateKey}.` } }, select: { questionId: true } });
    const { dropped } = answersKept(answered.map((a) => a.questionId), next.template);
    previews.push({
      platform: t.platform,
      title: t.template.title,
      from: t.version,
      to: latest.version,
      diff: diffTemplates(t.template, next.template),
      answersNoLongerShown: dropped.map((id) => t.index.questions.get(id)?.question.label ?? 'A question of an earlier version'),
    });
  }
  return previews;
}
