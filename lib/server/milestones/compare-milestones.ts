import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TQuestion } from '@/lib/content/template-schema';
import { formatMoneyIn, formatNumberIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import { describeComparison, type TComparisonView, type TComparisonWords } from '@/lib/domain/milestone-comparison';
import { diffMilestones } from '@/lib/domain/milestone-diff';
import { toDiffInput, ZFrozenAssessment, type TFrozenAssessment, type TSnapshotWords } from '@/lib/domain/milestone-snapshot';
import { ZCompareMilestones } from '@/lib/schemas/milestones';
import { requirePermission, type TActor } from '../actor';
import { NotFoundError } from '../errors';
import { templateById } from '../assessments/template-cache';
import { freezeAssessment } from './freeze-assessment';

/** The reader's words for a comparison: the outputs' labels, states, units and empty sides. */
export type TComparisonText = TSnapshotWords &
  Pick<TComparisonWords, 'status' | 'empty' | 'unknownQuestion' | 'unknownCheckpoint'> & { cores: (n: string) => string; gb: (n: string) => string };

export type TComparisonSide = { kind: 'milestone'; id: string; name: string; createdAt: Date } | { kind: 'now'; at: Date };
export type TComparison = { assessment: { id: string; name: string; country: string; organizationName: string }; from: TComparisonSide; to: TComparisonSide; view: TComparisonView };

/**
 * Two moments of an assessment compared (two milestones, or a milestone and now): answers that
 * changed, checkpoints that moved, evidence added or removed, tiers and sizing and budget deltas,
 * in the reader's language. Labels come from the questionnaire each side was answered on (the
 * later side's first). Scoped to the actor's organisation: another's milestone is "not found".
 */
export async function compareMilestones(prisma: TPrisma, actor: TActor, raw: unknown, locale: TLocale, text: TComparisonText): Promise<TComparison> {
  requirePermission(actor, 'assessment.read');
  const parsed = ZCompareMilestones.safeParse(raw);
  if (!parsed.success) throw new NotFoundError('That milestone');
  const { assessmentId, from, to } = parsed.data;
  const current = await freezeAssessment(prisma, actor, assessmentId);
  const org = await prisma.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
  const side = async (ref: string): Promise<{ side: TComparisonSide; frozen: TFrozenAssessment }> => {
    if (ref === 'now') return { side: { kind: 'now', at: new Date() }, frozen: current.frozen };
    const row = await prisma.milestone.findFirst({ where: { id: ref, assessmentId, organizationId: actor.organizationId }, select: { id: true, name: true, createdAt: true, snapshot: true } });
    if (!row) throw new NotFoundError('That milestone');
    return { side: { kind: 'milestone', id: row.id, name: row.name, createdAt: row.createdAt }, frozen: ZFrozenAssessment.parse(row.snapshot) };
  };
  const [a, b] = [await side(from), await side(to)];

  const templates = [];
  for (const t of [...b.frozen.tracks, ...a.frozen.tracks]) {
    const found = await prisma.templateVersion.count({ where: { id: t.templateVersionId } });
    if (found) templates.push(localizeTemplate((await templateById(prisma, t.templateVersionId)).template, locale));
  }
  const questions = new Map<string, TQuestion>();
  const checkpoints = new Map<string, string>();
  for (const template of templates.reverse()) {
    // Later sides were pushed first; reversed, they are written last and win.
    for (const s of template.phases.flatMap((p) => p.sections)) {
      for (const q of s.questions) questions.set(q.id, q);
      for (const cp of s.checkpoints) checkpoints.set(cp.id, cp.label);
    }
  }
  const currencies = new Map<string, number>();
  for (const f of [a.frozen, b.frozen]) if (f.outputs.budget) currencies.set(f.outputs.budget.currency.code, f.outputs.budget.currency.minorDigits);

  const diff = diffMilestones(toDiffInput(a.frozen, text), toDiffInput(b.frozen, text));
  const view = describeComparison(diff, {
    locale,
    question: (id) => questions.get(id),
    checkpoint: (id) => checkpoints.get(id),
    status: text.status,
    empty: text.empty,
    unknownQuestion: text.unknownQuestion,
    unknownCheckpoint: text.unknownCheckpoint,
    figure: (f, value, signed) => {
      const sign = signed && value > 0 ? '+' : '';
      if (f.unit === 'money') {
        const code = f.key.split('.')[2] ?? 'USD';
        return `${sign}${formatMoneyIn(locale, value, { code, minorDigits: currencies.get(code) ?? 2 })}`;
      }
      const n = `${sign}${formatNumberIn(locale, value, 1)}`;
      return f.unit === 'cores' ? text.cores(n) : f.unit === 'gb' ? text.gb(n) : n;
    },
  });
  return { assessment: { id: current.assessment.id, name: current.assessment.name, country: current.assessment.country, organizationName: org.name }, from: a.side, to: b.side, view };
}
