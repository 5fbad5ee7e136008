import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import { citationInDocument } from '@/lib/domain/citation';
import { citationText, type TCited } from '@/lib/domain/dhis2-citations';
import type { TDhis2SizingResult, TDhis2SystemSizing } from '@/lib/domain/dhis2-sizing';
import type { TFootprint } from '@/lib/domain/footprint';
import { keyValue, paragraph, table, type TDocBlock } from './doc-model';
import { formatGb, formatInteger, formatMonth, formatNumber, formatPercent } from './format';

/** The sizing engines' results as document blocks (shared by the RFP annex and the report). */

const num = { align: 'right' as const };

function footprintTable(footprint: TFootprint): TDocBlock {
  return table(
    [{ label: 'Environment', width: 3 }, { label: 'Uptime', ...num }, { label: 'VMs', ...num }, { label: 'Cores', ...num }, { label: 'RAM', ...num }, { label: 'Storage', ...num }],
    footprint.environments.map((e) => [e.label, formatPercent(e.uptimeFraction), formatInteger(e.vms), formatInteger(e.cores), formatGb(e.ramGb), formatGb(e.storageGb)]),
    { caption: `Environments — ${footprint.label} (backup storage ${formatGb(footprint.backupStorageGb)})` },
  );
}

/** The peak users of the CommCare sizing horizon. */
export const commcarePeakUsers = (r: TCommCareSizingResult) => Math.max(r.inputs.users, ...r.periods.map((p) => p.users));

export function commcareSizingBlocks(r: TCommCareSizingResult): TDocBlock[] {
  const last = r.totals[r.totals.length - 1];
  const lastIndex = r.totals.length - 1;
  return [
    keyValue([
      { key: 'Configuration', value: `${r.tier.label} (${r.tier.servers})` },
      { key: 'Why', value: r.tier.reason },
      { key: 'Mobile users at the start', value: formatInteger(r.inputs.users) },
      { key: 'Peak mobile users', value: formatInteger(commcarePeakUsers(r)) },
      { key: 'Horizon', value: `${formatInteger(r.inputs.horizonMonths)} months from ${formatMonth(r.inputs.startDate)}` },
      { key: `Production at the end of the horizon`, value: `${formatInteger(last.vms)} VMs, ${formatInteger(last.cores)} cores, ${formatGb(last.ramGb)} RAM, ${formatGb(last.dataStorageGb)} data storage` },
    ]),
    table(
      [{ label: 'Period', width: 1.2 }, { label: 'Ends', width: 1.5 }, { label: 'Users', ...num }, { label: 'Forms (total)', ...num, width: 1.4 }, { label: 'Cases (total)', ...num, width: 1.4 }, { label: 'Case updates (total)', ...num, width: 1.5 }, { label: 'Attachments', ...num }],
      r.periods.map((p) => [p.label, formatMonth(p.endMonth), formatInteger(p.users), formatInteger(p.formsTotal), formatInteger(p.casesTotal), formatInteger(p.caseTransactionsTotal), formatGb(p.attachmentGb)]),
      { caption: 'CommCare usage projection' },
    ),
    table(
      [{ label: 'Period', width: 1.2 }, { label: 'VMs', ...num }, { label: 'Cores', ...num }, { label: 'RAM', ...num }, { label: 'Data storage', ...num }, { label: 'OS storage', ...num }],
      r.totals.map((t, i) => [r.periods[i].label, formatInteger(t.vms), formatInteger(t.cores), formatGb(t.ramGb), formatGb(t.dataStorageGb), formatGb(t.osStorageGb)]),
      { caption: 'CommCare production resources per period' },
    ),
    table(
      [{ label: 'Service', width: 3 }, { label: 'VMs', ...num }, { label: 'Cores/VM', ...num }, { label: 'RAM/VM', ...num }, { label: 'Cores', ...num }, { label: 'RAM', ...num }, { label: 'Data storage', ...num, width: 1.3 }],
      [
        ...r.services.map((s) => {
          const p = s.perPeriod[lastIndex];
          return [s.label, formatInteger(p.vms), formatNumber(p.coresPerVm), formatGb(p.ramPerVmGb), formatInteger(p.cores), formatGb(p.ramGb), formatGb(p.dataStorageGb)];
        }),
        ['Total', formatInteger(last.vms), '', '', formatInteger(last.cores), formatGb(last.ramGb), formatGb(last.dataStorageGb)],
      ],
      { caption: `CommCare services at the end of the horizon (${r.periods[lastIndex].label})`, hasTotalRow: true },
    ),
    footprintTable(r.footprint),
    paragraph([{ text: 'Assumptions: ', bold: true }, { text: r.assumptions.join(' ') }], 'note'),
  ];
}

/** A citation as document text: the page and section, then its address. */
const citation = (c: TCited) => [c.source ? citationInDocument(c.source) : '', c.assumption ? `Our assumption: ${c.assumption}.` : ''].filter(Boolean).join(' ');

function dhis2SystemBlocks(s: TDhis2SystemSizing): TDocBlock[] {
  const sources = new Map<string, string>();
  const note = (c: TCited) => {
    if (c.source) sources.set(c.source.url + c.source.section, citationInDocument(c.source));
  };
  [s.tier, { source: s.tier.databaseSource }, s.isolation, s.memorySplit, s.clustered, ...s.clustered.parts, s.readReplicas, s.fileStore, s.javaHeap, s.backup, s.software, ...s.upgrades.items, s.upgrades.osUpgradeServer, ...s.environments].forEach(note);
  return [
    keyValue([
      { key: 'System', value: `${s.name} (${s.kind})` },
      { key: 'Users', value: `${formatInteger(s.inputs.users)} (${formatInteger(s.inputs.concurrentUsers)} concurrent)` },
      { key: 'Data values per year', value: formatInteger(s.inputs.dataValuesPerYear) },
      { key: 'Tracked entities', value: formatInteger(s.inputs.trackedEntities) },
      { key: 'Events per year', value: formatInteger(s.inputs.eventsPerYear) },
      { key: 'DHIS2 specification', value: `${s.tier.label}. ${s.tier.reason}` },
      { key: 'Isolation', value: `${s.isolation.recommendation} ${s.isolation.reason}` },
      { key: 'Memory', value: s.memorySplit.reason },
      { key: 'Clustering', value: s.clustered.reason },
      { key: 'Read replicas', value: s.readReplicas.reason },
      { key: 'File store', value: `${s.fileStore.label}, ${formatGb(s.fileStore.gb)}. ${s.fileStore.reason}` },
      { key: 'Java heap', value: s.javaHeap.javaOpts },
      ...(s.inputs.defaulted.length ? [{ key: 'Defaults used', value: s.inputs.defaulted.join('; ') }] : []),
    ]),
    table(
      [{ label: 'Component', width: 3.5 }, { label: 'Machines', ...num }, { label: 'Cores', ...num }, { label: 'RAM', ...num }, { label: 'Disk', ...num }],
      s.components.map((c) => [c.component, formatInteger(c.machines), formatNumber(c.cores), formatGb(c.ramGb), formatGb(c.diskGb)]),
      { caption: `DHIS2 components — ${s.name}` },
    ),
    ...(s.clustered.parts.length ? [table([{ label: 'Part of the cluster', width: 2 }, { label: 'Why', width: 4 }], s.clustered.parts.map((p) => [p.part, p.reason]), { caption: `Cluster — ${s.name} (DHIS2 calls clustering experimental)` })] : []),
    table(
      [{ label: 'Setting', width: 2.2 }, { label: 'Value', width: 1.1 }, { label: 'Scales as', width: 2.5 }, { label: 'Source', width: 3.5 }],
      s.postgresSettings.map((p) => [p.setting, p.value, p.rule, `${citation(p)}${p.alternative ? ` Other DHIS2 page: ${p.alternative.value} (${citationText(p.alternative.source)}).` : ''}`]),
      { caption: `PostgreSQL settings — ${s.name} (database server with ${formatGb(s.postgresRam.gb)} RAM)` },
    ),
    table(
      [{ label: 'Software', width: 2 }, { label: 'Version', width: 3 }],
      s.software.items.map((i) => [i.component, i.version]),
      { caption: `Software — ${s.name}` },
    ),
    table(
      [{ label: 'Task', width: 2.5 }, { label: 'How often', width: 1.5 }, { label: 'Why', width: 4 }],
      [...s.upgrades.items.map((u) => [u.task, u.cadence, u.reason]), ['Temporary server for an OS upgrade', 'each OS upgrade', s.upgrades.osUpgradeServer.reason]],
      { caption: `Upgrades — ${s.name}` },
    ),
    table(
      [{ label: 'Year', ...num }, { label: 'Database', ...num }, { label: 'PostgreSQL disk', ...num }, { label: 'File store', ...num }, { label: 'Backups', ...num }],
      s.disk.map((d, i) => [formatInteger(d.year), formatGb(d.databaseGb), formatGb(d.postgresDiskGb), formatGb(s.fileStore.gbPerYear[i]), formatGb(s.backup.perYear[i].totalGb)]),
      { caption: `Database, file store and backups — ${s.name}` },
    ),
    paragraph([{ text: 'Backups: ', bold: true }, { text: s.backup.reason }], 'note'),
    footprintTable(s.footprint),
    paragraph([{ text: 'Sources: ', bold: true }, { text: [...sources.values()].join('; ') }], 'note'),
  ];
}

export function dhis2SizingBlocks(r: TDhis2SizingResult): TDocBlock[] {
  return [...r.systems.flatMap(dhis2SystemBlocks), paragraph([{ text: 'Assumptions: ', bold: true }, { text: r.assumptions.join(' ') }], 'note')];
}
