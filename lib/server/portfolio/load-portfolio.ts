import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TLocale } from '@/lib/domain/locale';
import { rankPortfolio, summarizeAssessment, type TPortfolioRow } from '@/lib/domain/portfolio';
import { requirePermission, type TActor } from '../actor';
import { templateById } from '../assessments/template-cache';

/**
 * Every assessment of every organisation the actor belongs to (their memberships, read from the
 * database, not from the session), summarised and ranked for a consultant's or administrator's
 * portfolio. Nothing of an organisation they do not belong to is ever read. Archived assessments
 * are left out, as they leave the lists and the review queue.
 */
export async function loadPortfolio(prisma: TPrisma, actor: TActor, locale: TLocale = 'en', now = new Date()): Promise<TPortfolioRow[]> {
  requirePermission(actor, 'portfolio.read');
  const assessments = await prisma.assessment.findMany({
    where: { archivedAt: null, organization: { memberships: { some: { userId: actor.userId } } } },
    select: { id: true, name: true, country: true, organizationId: true, organization: { select: { name: true } }, tracks: { select: { platform: true, templateVersionId: true }, orderBy: { platform: 'asc' } } },
  });
  if (assessments.length === 0) return [];
  const ids = assessments.map((a) => a.id);
  const [answers, states] = await Promise.all([
    prisma.answer.findMany({ where: { assessmentId: { in: ids } }, select: { assessmentId: true, questionId: true, value: true } }),
    prisma.checkpointState.findMany({ where: { assessmentId: { in: ids } }, select: { assessmentId: true, checkpointId: true, status: true, notApplicable: true, submittedAt: true } }),
  ]);
  const rows: TPortfolioRow[] = [];
  for (const a of assessments) {
    const tracks = [];
    for (const t of a.tracks) tracks.push({ platform: t.platform, template: localizeTemplate((await templateById(prisma, t.templateVersionId)).template, locale) });
    const mine = states.filter((s) => s.assessmentId === a.id);
    rows.push(
      summarizeAssessment(
        {
          id: a.id,
          name: a.name,
          country: a.country,
          organizationId: a.organizationId,
          organizationName: a.organization.name,
          tracks,
          values: Object.fromEntries(answers.filter((x) => x.assessmentId === a.id).map((x) => [x.questionId, x.value as unknown])),
          statuses: Object.fromEntries(mine.map((s) => [s.checkpointId, { status: s.status, notApplicable: s.notApplicable }])),
          submittedAt: Object.fromEntries(mine.flatMap((s) => (s.submittedAt ? [[s.checkpointId, s.submittedAt]] : []))),
        },
        now,
      ),
    );
  }
  return rankPortfolio(rows);
}
