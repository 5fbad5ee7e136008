import type { TAssessmentOutputs } from './assessment-outputs';
import { OVERLOOKED_LINE_IDS } from './budget';
import { citationInDocument } from './citation';
import type { TCited } from './dhis2-citations';
import { toMajor } from './money';
import { ANNEX_TEXT } from './documents/annex-text';
import { EXPORT_TEXT } from './export-text';
import { formatPercentIn } from './intl-format';
import type { TLocale } from './locale';
import { reason, type TReason, type TSay } from './reason';

/**
 * The outputs as flat tables, one per export (CSV and XLSX draw these; nothing is computed here
 * that the pages do not show). Money is in major units of the chosen currency, exact to its minor
 * unit (the integers of the budget divided by 10^digits). Sheet names, headers and the rows' fixed
 * words are in `locale`; numbers stay numbers (the CSV writes them the language's way).
 */

export type TCell = string | number | null;
export type TTable = { name: string; columns: { header: string; kind: 'text' | 'number' }[]; rows: TCell[][] };

const text = (header: string) => ({ header, kind: 'text' as const });
const num = (header: string) => ({ header, kind: 'number' as const });

// `say` puts the engines' reasons (the tiers', CommCare's services and their rules, DHIS2's components, environments, backups) into the export's language.
export function sizingTable(outputs: TAssessmentOutputs, locale: TLocale, say: TSay): TTable {
  const X = EXPORT_TEXT[locale];
  const R = X.sizingRows;
  const A = ANNEX_TEXT[locale];
  /** A DHIS2 rule with its citation (page — section, address) and our assumption, as text. */
  const cited = (reason: TReason, c: TCited) => [say(reason), c.source && `${R.source} ${citationInDocument(c.source)}.`, c.assumption && `${R.ourAssumption} ${c.assumption}.`].filter(Boolean).join(' ');
  const environment = (e: { kind: string; label: string }) => A.environmentKinds[e.kind as keyof typeof A.environmentKinds] ?? e.label;
  const rows: TCell[][] = [];
  const cc = outputs.sizing.commcare;
  if (cc) {
    const tier = A.commcareTiers[cc.tier.tier].label;
    cc.periods.forEach((period, i) => {
      const periodLabel = A.commcare.periodLabel(String(period.monthIndex + 1), period.endMonth);
      for (const s of cc.services) {
        const p = s.perPeriod[i];
        const section = say(reason('commcare.serviceSection', { name: s.name }));
        const source = `${R.source} ${s.citation.title} — ${section}${s.citation.url ? ` (${s.citation.url})` : ''}.`;
        rows.push(['CommCare HQ', tier, periodLabel, say(s.name), p.vms, p.cores, p.ramGb, p.dataStorageGb, p.osStorageGb, [say(s.reason), s.note && say(reason('commcare.configurationNote', { note: s.note })), source].filter(Boolean).join(' ')]);
      }
      const t = cc.totals[i];
      rows.push(['CommCare HQ', tier, periodLabel, R.total, t.vms, t.cores, t.ramGb, t.dataStorageGb, t.osStorageGb, say(cc.tier.why)]);
    });
    for (const e of cc.footprint.environments) rows.push(['CommCare HQ', tier, R.environment, environment(e), e.vms, e.cores, e.ramGb, e.storageGb, null, R.uptime(formatPercentIn(locale, e.uptimeFraction))]);
    rows.push(['CommCare HQ', tier, R.backups, R.backupStorage, null, null, null, cc.footprint.backupStorageGb, null, R.fromRetention]);
  }
  for (const s of outputs.sizing.dhis2?.systems ?? []) {
    const system = `${s.name} (${A.dhis2Kinds[s.kind]})`;
    for (const c of s.components) rows.push(['DHIS2', system, R.production, say(c.component), c.machines, c.cores, c.ramGb, c.diskGb, null, cited(c.reason, c)]);
    rows.push(['DHIS2', system, R.production, say(s.fileStore.label), null, null, null, s.fileStore.gb, null, cited(s.fileStore.reason, s.fileStore)]);
    for (const e of s.environments) rows.push(['DHIS2', system, R.environment, environment({ kind: e.kind, label: say(e.label) }), e.vms, e.cores, e.ramGb, e.diskGb, null, cited(e.reason, e)]);
    rows.push(['DHIS2', system, R.backups, R.backupStorage, null, null, null, s.backupStorageGb, null, `${cited(s.backup.reason, s.backup)} ${R.source} ${citationInDocument(s.backup.filesSource)}.`]);
    const u = s.upgrades.osUpgradeServer;
    rows.push(['DHIS2', system, R.osUpgrade, A.dhis2.osUpgradeServer, 1, u.cores, u.ramGb, u.storageGb, null, cited(u.reason, u)]);
  }
  const c = X.sizing;
  return {
    name: X.sheets.sizing,
    columns: [text(c.platform), text(c.systemOrTier), text(c.period), text(c.serviceOrComponent), num(c.vms), num(c.cores), num(c.ramGb), num(c.storageGb), num(c.osDiskGb), text(c.ruleAndSource)],
    rows,
  };
}

export function skillsTable(outputs: TAssessmentOutputs, locale: TLocale, say: TSay): TTable {
  const X = EXPORT_TEXT[locale];
  const S = ANNEX_TEXT[locale].skills;
  const c = X.skills;
  const members = outputs.skills.team.map((m) => m.name);
  const platformName = { commcare: 'CommCare', dhis2: 'DHIS2' } as const;
  return {
    name: X.sheets.skills,
    columns: [text(c.skill), text(c.platforms), num(c.required), num(c.bestAvailable), num(c.holders), text(c.risk), text(c.recommendation), text(c.reason), ...members.map((m) => num(m))],
    rows: [
      ...outputs.skills.skills.map((s) => [s.name, s.platforms.map((p) => platformName[p]).join(', '), s.required, s.bestAvailable, s.holders, S.risks[s.risk], S.recommendations[s.recommendation], say(s.reason), ...s.levels.map((l) => l.level)]),
      [c.fteRow, '', outputs.skills.fte.needed, outputs.skills.fte.available, null, S.risks[outputs.skills.fte.shortfall > 0 ? 'gap' : 'ok'], '', say(outputs.skills.fte.reason), ...members.map(() => null)],
    ],
  };
}

export function budgetTable(outputs: TAssessmentOutputs, locale: TLocale, say: TSay): TTable {
  const X = EXPORT_TEXT[locale];
  const A = ANNEX_TEXT[locale];
  const c = X.budget;
  const budget = outputs.budget;
  const years = budget?.years ?? 0;
  const code = budget?.currency.code ?? '';
  const yearCols = Array.from({ length: years }, (_, i) => num(c.year(i + 1, code)));
  const rows: TCell[][] = [];
  for (const o of budget?.options ?? []) {
    const money = (m: number) => toMajor(m, budget!.currency);
    const option = A.hostingOptions[o.option] ?? o.label;
    for (const l of o.lines) rows.push([option, X.budgetLines[l.id as keyof typeof X.budgetLines] ?? l.label, A.categories[l.category] ?? l.category, OVERLOOKED_LINE_IDS.includes(l.id) ? c.yes : c.no, ...l.perYear.map(money), money(l.total), say(l.reason)]);
    rows.push([option, ANNEX_TEXT[locale].total, '', '', ...o.totalsPerYear.map(money), money(o.grandTotal), '']);
  }
  return { name: X.sheets.budget, columns: [text(c.hostingOption), text(c.line), text(c.category), text(c.oftenOverlooked), ...yearCols, num(c.total(code)), text(c.rule)], rows };
}

export const OUTPUT_TABLES = { sizing: sizingTable, 'skills-gap': skillsTable, budget: budgetTable } as const;
export type TOutputTableName = keyof typeof OUTPUT_TABLES;
