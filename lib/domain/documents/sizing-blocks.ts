import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import { citationInDocument } from '@/lib/domain/citation';
import { citationText, type TCited } from '@/lib/domain/dhis2-citations';
import type { TDhis2SizingResult, TDhis2SystemSizing } from '@/lib/domain/dhis2-sizing';
import type { TFootprint } from '@/lib/domain/footprint';
import { formatPercentIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import type { TSay } from '@/lib/domain/reason';
import { ANNEX_TEXT, type TAnnexText } from './annex-text';
import { keyValue, paragraph, table, type TDocBlock } from './doc-model';
import { formatGb, formatInteger, formatMonth, formatNumber } from './format';

/** The sizing engines' results as document blocks (shared by the RFP annex and the report), in the document's language. */

const num = { align: 'right' as const };

/** The environment's kind in words; an engine label we do not know is kept as it is. */
const environmentLabel = (T: TAnnexText, e: { kind: string; label: string }) => T.environmentKinds[e.kind as keyof TAnnexText['environmentKinds']] ?? e.label;

function footprintTable(footprint: TFootprint, label: string, locale: TLocale): TDocBlock {
  const T = ANNEX_TEXT[locale];
  const c = T.columns;
  const gb = (n: number) => formatGb(n, locale);
  return table(
    [{ label: c.environment, width: 3 }, { label: c.uptime, ...num }, { label: c.vms, ...num }, { label: c.cores, ...num }, { label: c.ram, ...num }, { label: c.storage, ...num }],
    footprint.environments.map((e) => [environmentLabel(T, e), formatPercentIn(locale, e.uptimeFraction), formatInteger(e.vms, locale), formatInteger(e.cores, locale), gb(e.ramGb), gb(e.storageGb)]),
    { caption: T.environmentsCaption(label, gb(footprint.backupStorageGb)) },
  );
}

/** The peak users of the CommCare sizing horizon. */
export const commcarePeakUsers = (r: TCommCareSizingResult) => Math.max(r.inputs.users, ...r.periods.map((p) => p.users));

/** `say` puts the engine's reasons (tier, service names, assumptions) into the document's language. */
export function commcareSizingBlocks(r: TCommCareSizingResult, locale: TLocale, say: TSay): TDocBlock[] {
  const T = ANNEX_TEXT[locale];
  const c = T.columns;
  const int = (n: number) => formatInteger(n, locale);
  const gb = (n: number) => formatGb(n, locale);
  const period = (p: TCommCareSizingResult['periods'][number]) => T.commcare.periodLabel(int(p.monthIndex + 1), formatMonth(p.endMonth, locale));
  const last = r.totals[r.totals.length - 1];
  const lastIndex = r.totals.length - 1;
  const tier = T.commcareTiers[r.tier.tier];
  return [
    keyValue([
      { key: T.commcare.configuration, value: `${tier.label} (${tier.servers})` },
      { key: T.commcare.why, value: say(r.tier.why) },
      { key: T.commcare.usersAtStart, value: int(r.inputs.users) },
      { key: T.commcare.peakUsers, value: int(commcarePeakUsers(r)) },
      { key: T.commcare.horizon, value: T.commcare.horizonValue(int(r.inputs.horizonMonths), formatMonth(r.inputs.startDate, locale)) },
      { key: T.commcare.productionAtEnd, value: T.commcare.productionValue(int(last.vms), int(last.cores), gb(last.ramGb), gb(last.dataStorageGb)) },
    ]),
    table(
      [{ label: c.period, width: 1.2 }, { label: c.ends, width: 1.5 }, { label: c.users, ...num }, { label: c.formsTotal, ...num, width: 1.4 }, { label: c.casesTotal, ...num, width: 1.4 }, { label: c.caseUpdatesTotal, ...num, width: 1.5 }, { label: c.attachments, ...num }],
      r.periods.map((p) => [period(p), formatMonth(p.endMonth, locale), int(p.users), int(p.formsTotal), int(p.casesTotal), int(p.caseTransactionsTotal), gb(p.attachmentGb)]),
      { caption: T.commcare.usageCaption },
    ),
    table(
      [{ label: c.period, width: 1.2 }, { label: c.vms, ...num }, { label: c.cores, ...num }, { label: c.ram, ...num }, { label: c.dataStorage, ...num }, { label: c.osStorage, ...num }],
      r.totals.map((t, i) => [period(r.periods[i]), int(t.vms), int(t.cores), gb(t.ramGb), gb(t.dataStorageGb), gb(t.osStorageGb)]),
      { caption: T.commcare.resourcesCaption },
    ),
    table(
      [{ label: c.service, width: 3 }, { label: c.vms, ...num }, { label: c.coresPerVm, ...num }, { label: c.ramPerVm, ...num }, { label: c.cores, ...num }, { label: c.ram, ...num }, { label: c.dataStorage, ...num, width: 1.3 }],
      [
        ...r.services.map((s) => {
          const p = s.perPeriod[lastIndex];
          return [say(s.name), int(p.vms), formatNumber(p.coresPerVm, 1, locale), gb(p.ramPerVmGb), int(p.cores), gb(p.ramGb), gb(p.dataStorageGb)];
        }),
        [T.total, int(last.vms), '', '', int(last.cores), gb(last.ramGb), gb(last.dataStorageGb)],
      ],
      { caption: T.commcare.servicesCaption(period(r.periods[lastIndex])), hasTotalRow: true },
    ),
    footprintTable(r.footprint, r.footprint.label, locale),
    paragraph([{ text: T.assumptions, bold: true }, { text: r.assumptionReasons.map(say).join(' ') }], 'note'),
  ];
}

function dhis2SystemBlocks(s: TDhis2SystemSizing, locale: TLocale, say: TSay): TDocBlock[] {
  const T = ANNEX_TEXT[locale];
  const c = T.columns;
  const D = T.dhis2;
  const int = (n: number) => formatInteger(n, locale);
  const gb = (n: number) => formatGb(n, locale);
  /** A citation as document text: the page and section, then its address. */
  const citation = (x: TCited) => [x.source ? citationInDocument(x.source) : '', x.assumption ? `${T.ourAssumption} ${x.assumption}.` : ''].filter(Boolean).join(' ');
  const sources = new Map<string, string>();
  const note = (x: TCited) => {
    if (x.source) sources.set(x.source.url + x.source.section, citationInDocument(x.source));
  };
  [s.tier, { source: s.tier.databaseSource }, s.isolation, s.memorySplit, s.clustered, ...s.clustered.parts, s.readReplicas, s.fileStore, s.javaHeap, s.backup, { source: s.backup.filesSource }, s.software, ...s.upgrades.items, s.upgrades.osUpgradeServer, ...s.environments].forEach(note);
  const kind = T.dhis2Kinds[s.kind];
  return [
    keyValue([
      { key: D.system, value: `${s.name} (${kind})` },
      { key: D.users, value: D.usersValue(int(s.inputs.users), int(s.inputs.concurrentUsers)) },
      { key: D.dataValuesPerYear, value: int(s.inputs.dataValuesPerYear) },
      { key: D.trackedEntities, value: int(s.inputs.trackedEntities) },
      { key: D.eventsPerYear, value: int(s.inputs.eventsPerYear) },
      { key: D.specification, value: `${T.dhis2Tiers[s.tier.tier]}. ${say(s.tier.why)}` },
      { key: D.isolation, value: `${say(s.isolation.recommendation)} ${say(s.isolation.reason)}` },
      { key: D.memory, value: say(s.memorySplit.reason) },
      { key: D.clustering, value: say(s.clustered.reason) },
      { key: D.readReplicas, value: say(s.readReplicas.reason) },
      { key: D.fileStore, value: `${say(s.fileStore.label)}, ${gb(s.fileStore.gb)}. ${say(s.fileStore.reason)}` },
      { key: D.javaHeap, value: s.javaHeap.javaOpts },
      ...(s.inputs.defaulted.length ? [{ key: D.defaultsUsed, value: s.inputs.defaulted.map(say).join('; ') }] : []),
    ]),
    table(
      [{ label: c.component, width: 3.5 }, { label: c.machines, ...num }, { label: c.cores, ...num }, { label: c.ram, ...num }, { label: c.disk, ...num }],
      s.components.map((x) => [say(x.component), int(x.machines), formatNumber(x.cores, 1, locale), gb(x.ramGb), gb(x.diskGb)]),
      { caption: D.componentsCaption(s.name) },
    ),
    ...(s.clustered.parts.length ? [table([{ label: c.clusterPart, width: 2 }, { label: c.why, width: 4 }], s.clustered.parts.map((p) => [say(p.part), say(p.reason)]), { caption: D.clusterCaption(s.name) })] : []),
    table(
      [{ label: c.setting, width: 2.2 }, { label: c.value, width: 1.1 }, { label: c.scalesAs, width: 2.5 }, { label: c.source, width: 3.5 }],
      s.postgresSettings.map((p) => [p.setting, p.value, say(p.rule), `${citation(p)}${p.alternative ? ` ${D.otherPage} ${p.alternative.value} (${citationText(p.alternative.source)}).` : ''}`]),
      { caption: D.postgresCaption(s.name, gb(s.postgresRam.gb)) },
    ),
    table(
      [{ label: c.software, width: 2 }, { label: c.version, width: 3 }],
      s.software.items.map((i) => [i.component, i.note ? `${i.version}, ${say(i.note)}` : i.version]),
      { caption: D.softwareCaption(s.name) },
    ),
    table(
      [{ label: c.task, width: 2.5 }, { label: c.howOften, width: 1.5 }, { label: c.why, width: 4 }],
      [...s.upgrades.items.map((u) => [say(u.task), say(u.cadence), say(u.reason)]), [D.osUpgradeServer, D.eachOsUpgrade, say(s.upgrades.osUpgradeServer.reason)]],
      { caption: D.upgradesCaption(s.name) },
    ),
    table(
      [{ label: c.year, ...num }, { label: c.database, ...num }, { label: c.postgresDisk, ...num }, { label: c.fileStore, ...num }, { label: c.backups, ...num }],
      s.disk.map((d, i) => [int(d.year), gb(d.databaseGb), gb(d.postgresDiskGb), gb(s.fileStore.gbPerYear[i]), gb(s.backup.perYear[i].totalGb)]),
      { caption: D.diskCaption(s.name) },
    ),
    paragraph([{ text: T.backupsLabel, bold: true }, { text: say(s.backup.reason) }], 'note'),
    footprintTable(s.footprint, `DHIS2 — ${s.name} (${kind})`, locale),
    paragraph([{ text: T.sources, bold: true }, { text: [...sources.values()].join('; ') }], 'note'),
  ];
}

export function dhis2SizingBlocks(r: TDhis2SizingResult, locale: TLocale, say: TSay): TDocBlock[] {
  return [...r.systems.flatMap((s) => dhis2SystemBlocks(s, locale, say)), paragraph([{ text: ANNEX_TEXT[locale].assumptions, bold: true }, { text: r.assumptionReasons.map(say).join(' ') }], 'note')];
}
