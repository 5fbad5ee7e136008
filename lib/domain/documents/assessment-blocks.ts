import { BUDGET_CATEGORIES, type TBudgetCategory, type TBudgetOption, type TBudgetResult } from '@/lib/domain/budget';
import type { TSkillsGapResult } from '@/lib/domain/skills-gap';
import { bullets, keyValue, paragraph, table, type TDocBlock } from './doc-model';
import { formatMoney } from '../money';
import { formatDate, formatInteger, formatNumber } from './format';
import { formatPercentIn } from '../intl-format';
import type { TLocale } from '../locale';
import { ANNEX_TEXT } from './annex-text';
import type { TSay } from '../reason';

/** Checkpoints, budget and skills gap as document blocks (shared by the RFP annexes and the report), in the document's language. */

export type TCheckpointStatus = 'open' | 'submitted' | 'approved' | 'changes_requested';
export type TDocCheckpoint = {
  checkpointId: string;
  label: string;
  phaseId: string;
  phaseTitle: string;
  status: TCheckpointStatus;
  notApplicable: boolean;
  reviewerName?: string;
  reviewedAt?: string;
  /** Files attached as evidence: "contract.pdf (PDF document, 2.3 MB)". */
  evidenceFiles?: string[];
};

export const checkpointStatusLabel = (c: TDocCheckpoint, locale: TLocale = 'en') => ANNEX_TEXT[locale].statuses[c.notApplicable ? 'notApplicable' : c.status];

/** Phases in the order their checkpoints come. */
export function phasesOf(checkpoints: TDocCheckpoint[]) {
  const phases = new Map<string, { phaseId: string; phaseTitle: string; items: TDocCheckpoint[] }>();
  for (const c of checkpoints) {
    if (!phases.has(c.phaseId)) phases.set(c.phaseId, { phaseId: c.phaseId, phaseTitle: c.phaseTitle, items: [] });
    phases.get(c.phaseId)!.items.push(c);
  }
  return [...phases.values()];
}

export function checkpointMatrix(checkpoints: TDocCheckpoint[], locale: TLocale = 'en'): TDocBlock {
  const T = ANNEX_TEXT[locale];
  const c = T.columns;
  return table(
    [{ label: c.no, width: 0.6 }, { label: c.phase, width: 2 }, { label: c.checkpoint, width: 4.2 }, { label: c.status, width: 1.4 }, { label: c.reviewer, width: 1.5 }, { label: c.date, width: 1.4 }, { label: c.evidenceFiles, width: 2.4 }],
    checkpoints.map((x, i) => [formatInteger(i + 1, locale), x.phaseTitle, x.label, checkpointStatusLabel(x, locale), x.reviewerName ?? '', x.reviewedAt ? formatDate(x.reviewedAt, locale) : '', (x.evidenceFiles ?? []).join('; ')]),
    { caption: T.checkpointMatrixCaption },
  );
}

/** Approved out of applicable, per phase and in total. */
export function progressTable(checkpoints: TDocCheckpoint[], locale: TLocale = 'en'): TDocBlock {
  const T = ANNEX_TEXT[locale];
  const c = T.columns;
  const count = (items: TDocCheckpoint[]) => {
    const applicable = items.filter((x) => !x.notApplicable);
    const n = (s: TCheckpointStatus) => applicable.filter((x) => x.status === s).length;
    const approved = n('approved');
    const int = (v: number) => formatInteger(v, locale);
    return [int(approved), int(applicable.length), int(n('submitted')), int(n('changes_requested')), int(n('open')), int(items.length - applicable.length), applicable.length ? formatPercentIn(locale, approved / applicable.length) : '—'];
  };
  const num = { align: 'right' as const };
  return table(
    [{ label: c.phase, width: 3 }, { label: c.approved, ...num }, { label: c.applicable, ...num }, { label: c.submitted, ...num }, { label: c.changesRequested, ...num, width: 1.3 }, { label: c.open, ...num }, { label: c.notApplicable, ...num, width: 1.2 }, { label: c.progress, ...num }],
    [...phasesOf(checkpoints).map((p) => [p.phaseTitle, ...count(p.items)]), [T.total, ...count(checkpoints)]],
    { caption: T.progressCaption, hasTotalRow: true },
  );
}

/** Budget categories in English (the budget page's words until it reads them from its messages). */
export const CATEGORY_LABELS = ANNEX_TEXT.en.categories as Record<TBudgetCategory, string>;

/** The grand total of one option as the documents print it. */
export const budgetTotalText = (budget: TBudgetResult, option: TBudgetOption, locale: TLocale = 'en') => formatMoney(option.grandTotal, budget.currency, locale);

/** `say` puts the budget's assumptions and missing inputs into the document's language. */
export function budgetBlocks(budget: TBudgetResult, locale: TLocale, say: TSay): TDocBlock[] {
  const T = ANNEX_TEXT[locale];
  const money = (n: number) => formatMoney(n, budget.currency, locale);
  const years = Array.from({ length: budget.years }, (_, i) => T.yearN(formatInteger(i + 1, locale)));
  const optionLabel = (o: TBudgetOption) => T.hostingOptions[o.option] ?? o.label;
  const num = { align: 'right' as const };
  return [
    table(
      [{ label: T.columns.hostingOption, width: 2.2 }, ...years.map((y) => ({ label: y, ...num })), { label: T.totalYears(formatInteger(budget.years, locale)), ...num, width: 1.4 }],
      budget.options.map((o) => [optionLabel(o), ...o.totalsPerYear.map(money), money(o.grandTotal)]),
      { caption: T.costCaption(budget.currency.code) },
    ),
    table(
      [{ label: T.columns.category, width: 2 }, ...budget.options.map((o) => ({ label: optionLabel(o), ...num }))],
      [...BUDGET_CATEGORIES.filter((c) => budget.options.some((o) => o.totalsPerCategory[c] !== 0)).map((c) => [T.categories[c], ...budget.options.map((o) => money(o.totalsPerCategory[c]))]), [T.total, ...budget.options.map((o) => money(o.grandTotal))]],
      { caption: T.categoryCaption(formatInteger(budget.years, locale)), hasTotalRow: true },
    ),
    ...(budget.missing.length ? [paragraph([{ text: T.notCosted, bold: true }, { text: budget.missing.map(say).join('; ') }], 'missing')] : []),
    paragraph([{ text: T.assumptions, bold: true }, { text: budget.assumptions.map(say).join(' ') }], 'note'),
  ];
}

/** `say` puts the engines' reasons into the document's language. */
export function skillsBlocks(skills: TSkillsGapResult, locale: TLocale, say: TSay): TDocBlock[] {
  const T = ANNEX_TEXT[locale];
  const S = T.skills;
  const c = T.columns;
  const fte = (n: number) => formatNumber(n, 2, locale);
  const s = skills.summary;
  const int = (n: number) => formatInteger(n, locale);
  return [
    keyValue([
      ...(skills.scale.commcare ? [{ key: S.commcareScale, value: S.scaleValue(S.scales[skills.scale.commcare.tier], say(skills.scale.commcare.reason)) }] : []),
      ...(skills.scale.dhis2 ? [{ key: S.dhis2Scale, value: S.scaleValue(S.scales[skills.scale.dhis2.scale], say(skills.scale.dhis2.reason)) }] : []),
      { key: S.fteNeeded, value: fte(skills.fte.needed) },
      { key: S.fteAvailable, value: S.fteAvailableValue(fte(skills.fte.available), fte(skills.fte.inHouse), fte(skills.fte.contractor)) },
      { key: S.fteShortfall, value: fte(skills.fte.shortfall) },
      { key: S.skillsLabel, value: S.skillsValue(int(s.gaps), int(s.singlePerson), int(s.ok)) },
    ]),
    table(
      [{ label: c.skill, width: 3 }, { label: c.required, width: 1.2 }, { label: c.bestInTeam, width: 1.2 }, { label: c.holders, align: 'right', width: 0.9 }, { label: c.risk, width: 1.1 }, { label: c.recommendation, width: 1.4 }],
      skills.skills.map((r) => [r.name, S.levels[r.required], S.levels[r.bestAvailable], int(r.holders), S.risks[r.risk], S.recommendations[r.recommendation]]),
      { caption: S.tableCaption },
    ),
    ...(skills.missing.length ? [paragraph([{ text: S.assumedForLack, bold: true }, { text: skills.missing.map(say).join('; ') }], 'missing')] : []),
    bullets(skills.fte.parts.map((p) => `${p.platform === 'commcare' ? 'CommCare' : 'DHIS2'}: ${fte(p.fte)} ${S.fteUnit} — ${say(p.reason)}`)),
  ];
}
