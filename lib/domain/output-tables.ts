import type { TAssessmentOutputs } from './assessment-outputs';
import { OVERLOOKED_LINE_IDS } from './budget';
import { citationInDocument } from './citation';
import type { TCited } from './dhis2-citations';
import { toMajor } from './money';

/**
 * The outputs as flat tables, one per export (CSV and XLSX draw these; nothing is computed here
 * that the pages do not show). Money is in major units of the chosen currency, exact to its minor
 * unit (the integers of the budget divided by 10^digits).
 */

export type TCell = string | number | null;
export type TTable = { name: string; columns: { header: string; kind: 'text' | 'number' }[]; rows: TCell[][] };

const text = (header: string) => ({ header, kind: 'text' as const });
const num = (header: string) => ({ header, kind: 'number' as const });
/** A DHIS2 rule with its citation (page — section, address) and our assumption, as text. */
const cited = (reason: string, c: TCited) => [reason, c.source && `Source: ${citationInDocument(c.source)}.`, c.assumption && `Our assumption: ${c.assumption}.`].filter(Boolean).join(' ');


export function sizingTable(outputs: TAssessmentOutputs): TTable {
  const rows: TCell[][] = [];
  const cc = outputs.sizing.commcare;
  if (cc) {
    cc.periods.forEach((period, i) => {
      for (const s of cc.services) {
        const p = s.perPeriod[i];
        rows.push(['CommCare HQ', cc.tier.label, period.label, s.label, p.vms, p.cores, p.ramGb, p.dataStorageGb, p.osStorageGb, [s.reason, s.note && `Why: ${s.note}.`, `Source: ${[s.citation.title, s.citation.section].filter(Boolean).join(' — ')}${s.citation.url ? ` (${s.citation.url})` : ''}.`].filter(Boolean).join(' ')]);
      }
      const t = cc.totals[i];
      rows.push(['CommCare HQ', cc.tier.label, period.label, 'Total', t.vms, t.cores, t.ramGb, t.dataStorageGb, t.osStorageGb, cc.tier.reason]);
    });
    for (const e of cc.footprint.environments) rows.push(['CommCare HQ', cc.tier.label, 'environment', e.label, e.vms, e.cores, e.ramGb, e.storageGb, null, `${Math.round(e.uptimeFraction * 100)}% uptime`]);
    rows.push(['CommCare HQ', cc.tier.label, 'backups', 'Backup storage', null, null, null, cc.footprint.backupStorageGb, null, 'from the retention policy']);
  }
  for (const s of outputs.sizing.dhis2?.systems ?? []) {
    const system = `${s.name} (${s.kind})`;
    for (const c of s.components) rows.push(['DHIS2', system, 'production', c.component, c.machines, c.cores, c.ramGb, c.diskGb, null, cited(c.reason, c)]);
    rows.push(['DHIS2', system, 'production', s.fileStore.label, null, null, null, s.fileStore.gb, null, cited(s.fileStore.reason, s.fileStore)]);
    for (const e of s.environments) rows.push(['DHIS2', system, 'environment', e.label, e.vms, e.cores, e.ramGb, e.diskGb, null, cited(e.reason, e)]);
    rows.push(['DHIS2', system, 'backups', 'Backup storage', null, null, null, s.backupStorageGb, null, cited(s.backup.reason, s.backup)]);
    const u = s.upgrades.osUpgradeServer;
    rows.push(['DHIS2', system, 'OS upgrade', 'Temporary server for an OS upgrade', 1, u.cores, u.ramGb, u.storageGb, null, cited(u.reason, u)]);
  }
  return {
    name: 'Sizing',
    columns: [text('Platform'), text('System or tier'), text('Period'), text('Service or component'), num('VMs'), num('Cores'), num('RAM (GB)'), num('Storage (GB)'), num('OS disk (GB)'), text('Rule and source')],
    rows,
  };
}

export function skillsTable(outputs: TAssessmentOutputs): TTable {
  const members = outputs.skills.team.map((m) => m.name);
  return {
    name: 'Skills gap',
    columns: [text('Skill'), text('Platforms'), num('Required level'), num('Best available level'), num('People holding it'), text('Risk'), text('Recommendation'), text('Reason'), ...members.map((m) => num(m))],
    rows: [
      ...outputs.skills.skills.map((s) => [s.name, s.platforms.join(', '), s.required, s.bestAvailable, s.holders, s.risk, s.recommendation, s.reason, ...s.levels.map((l) => l.level)]),
      ['FTE needed vs available', '', outputs.skills.fte.needed, outputs.skills.fte.available, null, outputs.skills.fte.shortfall > 0 ? 'gap' : 'ok', '', outputs.skills.fte.reason, ...members.map(() => null)],
    ],
  };
}

export function budgetTable(outputs: TAssessmentOutputs): TTable {
  const budget = outputs.budget;
  const years = budget?.years ?? 0;
  const code = budget?.currency.code ?? '';
  const yearCols = Array.from({ length: years }, (_, i) => num(`Year ${i + 1} (${code})`));
  const rows: TCell[][] = [];
  for (const o of budget?.options ?? []) {
    const money = (m: number) => toMajor(m, budget!.currency);
    for (const l of o.lines) rows.push([o.label, l.label, l.category, OVERLOOKED_LINE_IDS.includes(l.id) ? 'yes' : 'no', ...l.perYear.map(money), money(l.total), l.reason]);
    rows.push([o.label, 'Total', '', '', ...o.totalsPerYear.map(money), money(o.grandTotal), '']);
  }
  return { name: 'Budget', columns: [text('Hosting option'), text('Line'), text('Category'), text('Often overlooked'), ...yearCols, num(`Total (${code})`), text('Rule')], rows };
}

export const OUTPUT_TABLES = { sizing: sizingTable, 'skills-gap': skillsTable, budget: budgetTable } as const;
export type TOutputTableName = keyof typeof OUTPUT_TABLES;
