import { BUDGET_CATEGORIES, type TBudgetCategory, type TBudgetOption, type TBudgetResult } from '@/lib/domain/budget';
import type { TSkillsGapResult } from '@/lib/domain/skills-gap';
import { bullets, keyValue, paragraph, table, type TDocBlock } from './doc-model';
import { formatMoney } from '../money';
import { formatDate, formatNumber } from './format';

/** Checkpoints, budget and skills gap as document blocks (shared by the RFP annexes and the report). */

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

const STATUS_LABELS: Record<TCheckpointStatus, string> = { open: 'Open', submitted: 'Submitted', approved: 'Approved', changes_requested: 'Changes requested' };
export const checkpointStatusLabel = (c: TDocCheckpoint) => (c.notApplicable ? 'Not applicable' : STATUS_LABELS[c.status]);

/** Phases in the order their checkpoints come. */
export function phasesOf(checkpoints: TDocCheckpoint[]) {
  const phases = new Map<string, { phaseId: string; phaseTitle: string; items: TDocCheckpoint[] }>();
  for (const c of checkpoints) {
    if (!phases.has(c.phaseId)) phases.set(c.phaseId, { phaseId: c.phaseId, phaseTitle: c.phaseTitle, items: [] });
    phases.get(c.phaseId)!.items.push(c);
  }
  return [...phases.values()];
}

export function checkpointMatrix(checkpoints: TDocCheckpoint[]): TDocBlock {
  return table(
    [{ label: 'No', width: 0.6 }, { label: 'Phase', width: 2 }, { label: 'Checkpoint', width: 4.2 }, { label: 'Status', width: 1.4 }, { label: 'Reviewer', width: 1.5 }, { label: 'Date', width: 1.4 }, { label: 'Evidence files', width: 2.4 }],
    checkpoints.map((c, i) => [String(i + 1), c.phaseTitle, c.label, checkpointStatusLabel(c), c.reviewerName ?? '', c.reviewedAt ? formatDate(c.reviewedAt) : '', (c.evidenceFiles ?? []).join('; ')]),
    { caption: 'Checkpoint matrix' },
  );
}

/** Approved out of applicable, per phase and in total. */
export function progressTable(checkpoints: TDocCheckpoint[]): TDocBlock {
  const count = (items: TDocCheckpoint[]) => {
    const applicable = items.filter((c) => !c.notApplicable);
    const n = (s: TCheckpointStatus) => applicable.filter((c) => c.status === s).length;
    const approved = n('approved');
    return [formatNumber(approved, 0), formatNumber(applicable.length, 0), formatNumber(n('submitted'), 0), formatNumber(n('changes_requested'), 0), formatNumber(n('open'), 0), formatNumber(items.length - applicable.length, 0), applicable.length ? `${Math.round((approved / applicable.length) * 100)}%` : '—'];
  };
  const num = { align: 'right' as const };
  return table(
    [{ label: 'Phase', width: 3 }, { label: 'Approved', ...num }, { label: 'Applicable', ...num }, { label: 'Submitted', ...num }, { label: 'Changes requested', ...num, width: 1.3 }, { label: 'Open', ...num }, { label: 'Not applicable', ...num, width: 1.2 }, { label: 'Progress', ...num }],
    [...phasesOf(checkpoints).map((p) => [p.phaseTitle, ...count(p.items)]), ['Total', ...count(checkpoints)]],
    { caption: 'Progress per phase (approved checkpoints out of the applicable ones)', hasTotalRow: true },
  );
}

export const CATEGORY_LABELS: Record<TBudgetCategory, string> = {
  compute: 'Compute',
  storage: 'Storage',
  backups: 'Backups and archiving',
  environments: 'Staging, test and training',
  upgrades: 'Upgrades',
  patching: 'Patching',
  monitoring: 'Monitoring',
  'hardware-refresh': 'Hardware refresh',
  'power-network': 'Power and network',
  personnel: 'Personnel',
  training: 'Training',
  subscription: 'SaaS subscription',
};

/** The grand total of one option as the documents print it. */
export const budgetTotalText = (budget: TBudgetResult, option: TBudgetOption) => formatMoney(option.grandTotal, budget.currency);

export function budgetBlocks(budget: TBudgetResult): TDocBlock[] {
  const money = (n: number) => formatMoney(n, budget.currency);
  const years = Array.from({ length: budget.years }, (_, i) => `Year ${i + 1}`);
  const num = { align: 'right' as const };
  return [
    table(
      [{ label: 'Hosting option', width: 2.2 }, ...years.map((y) => ({ label: y, ...num })), { label: `Total (${budget.years} years)`, ...num, width: 1.4 }],
      budget.options.map((o) => [o.label, ...o.totalsPerYear.map(money), money(o.grandTotal)]),
      { caption: `Cost of ownership per hosting option, ${budget.currency.code}` },
    ),
    table(
      [{ label: 'Category', width: 2 }, ...budget.options.map((o) => ({ label: o.label, ...num }))],
      [...BUDGET_CATEGORIES.filter((c) => budget.options.some((o) => o.totalsPerCategory[c] !== 0)).map((c) => [CATEGORY_LABELS[c], ...budget.options.map((o) => money(o.totalsPerCategory[c]))]), ['Total', ...budget.options.map((o) => money(o.grandTotal))]],
      { caption: `Totals per category over ${budget.years} years`, hasTotalRow: true },
    ),
    ...(budget.missing.length ? [paragraph([{ text: 'Not costed for lack of input: ', bold: true }, { text: budget.missing.join('; ') }], 'missing')] : []),
    paragraph([{ text: 'Assumptions: ', bold: true }, { text: budget.assumptions.join(' ') }], 'note'),
  ];
}

const RISK_LABELS = { gap: 'Gap', 'single-person': 'Single person', ok: 'OK' } as const;
const RECOMMENDATION_LABELS = { train: 'Train', hire: 'Hire', outsource: 'Outsource', none: '—' } as const;
const LEVELS = ['0 none', '1 basic', '2 working', '3 expert'];

export function skillsBlocks(skills: TSkillsGapResult): TDocBlock[] {
  const s = skills.summary;
  return [
    keyValue([
      ...(skills.scale.commcare ? [{ key: 'CommCare scale', value: `${skills.scale.commcare.tier}: ${skills.scale.commcare.reason}` }] : []),
      ...(skills.scale.dhis2 ? [{ key: 'DHIS2 scale', value: `${skills.scale.dhis2.scale}: ${skills.scale.dhis2.reason}` }] : []),
      { key: 'FTE needed', value: formatNumber(skills.fte.needed, 2) },
      { key: 'FTE available', value: `${formatNumber(skills.fte.available, 2)} (${formatNumber(skills.fte.inHouse, 2)} in-house, ${formatNumber(skills.fte.contractor, 2)} contracted)` },
      { key: 'FTE shortfall', value: formatNumber(skills.fte.shortfall, 2) },
      { key: 'Skills', value: `${s.gaps} gap(s), ${s.singlePerson} held by a single person, ${s.ok} covered` },
    ]),
    table(
      [{ label: 'Skill', width: 3 }, { label: 'Required', width: 1.2 }, { label: 'Best in team', width: 1.2 }, { label: 'Holders', align: 'right', width: 0.9 }, { label: 'Risk', width: 1.1 }, { label: 'Recommendation', width: 1.4 }],
      skills.skills.map((r) => [r.name, LEVELS[r.required], LEVELS[r.bestAvailable], formatNumber(r.holders, 0), RISK_LABELS[r.risk], RECOMMENDATION_LABELS[r.recommendation]]),
      { caption: 'Skills required against the team' },
    ),
    ...(skills.missing.length ? [paragraph([{ text: 'Assumed for lack of input: ', bold: true }, { text: skills.missing.join('; ') }], 'missing')] : []),
    bullets(skills.fte.parts.map((p) => `${p.platform === 'commcare' ? 'CommCare' : 'DHIS2'}: ${formatNumber(p.fte, 2)} FTE — ${p.reason}`)),
  ];
}
