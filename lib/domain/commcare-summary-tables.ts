import type { TCommCareSizingResult } from './commcare-sizing';
import type { TLocale } from './locale';
import type { TCell, TTable } from './output-tables';
import type { TSay } from './reason';

/**
 * The CommCare sizing in the layout of commcare-resource-model's Excel summary (core/output.py
 * write_summary_data), one sheet per section with a row per summary period: storage by group, VMs
 * by size, VMs by type, VM summary and the detailed service summary. Names are plain labels;
 * sheets, headers, periods, services and storage groups are in the workbook's language.
 */
type TSummaryText = {
  sheets: { storage: string; bySize: string; byType: string; vmSummary: string; detail: string };
  period: (month: number, ends: string) => string;
  vmSize: (cores: string, ram: string) => string;
  total: string;
  h: {
    period: string; storageGroup: string; roundedTotalTb: string; vmSize: string; count: string; vmType: string; coresTotal: string; ramTotalGb: string; vmsTotal: string;
    service: string; coresPerVm: string; ramPerVmGb: string; dataPerVmGb: string; dataTotalTb: string; osTotalGb: string; osPerVmGb: string;
    coresHa: string; ramHaGb: string; vmsHa: string; vmBuffer: string; buffer: string;
  };
};

export const SUMMARY_TEXT: Record<TLocale, TSummaryText> = {
  en: {
    sheets: { storage: 'Storage by Group (TB)', bySize: 'VMs by Size', byType: 'VMs by Type', vmSummary: 'VM Summary', detail: 'Service Detailed Summary' },
    period: (m, e) => `Month ${m} (${e})`,
    vmSize: (c, r) => `${c} cores, ${r} GB RAM`,
    total: 'Total',
    h: {
      period: 'Period', storageGroup: 'Storage group', roundedTotalTb: 'Rounded total (TB)', vmSize: 'VM size', count: 'Count', vmType: 'VM type', coresTotal: 'Cores total', ramTotalGb: 'RAM total (GB)', vmsTotal: 'VMs total',
      service: 'Service', coresPerVm: 'Cores per VM', ramPerVmGb: 'RAM per VM (GB)', dataPerVmGb: 'Data storage per VM (GB)', dataTotalTb: 'Data storage total (TB)', osTotalGb: 'OS storage total (GB)', osPerVmGb: 'OS storage per VM (GB)',
      coresHa: 'Cores HA', ramHaGb: 'RAM HA (GB)', vmsHa: 'VMs HA', vmBuffer: 'VM buffer', buffer: 'Buffer',
    },
  },
  fr: {
    sheets: { storage: 'Stockage par groupe (To)', bySize: 'VM par taille', byType: 'VM par type', vmSummary: 'Synthèse des VM', detail: 'Détail par service' },
    period: (m, e) => `Mois ${m} (${e})`,
    vmSize: (c, r) => `${c} cœurs, ${r} Go de RAM`,
    total: 'Total',
    h: {
      period: 'Période', storageGroup: 'Groupe de stockage', roundedTotalTb: 'Total arrondi (To)', vmSize: 'Taille de VM', count: 'Nombre', vmType: 'Type de VM', coresTotal: 'Cœurs au total', ramTotalGb: 'RAM au total (Go)', vmsTotal: 'VM au total',
      service: 'Service', coresPerVm: 'Cœurs par VM', ramPerVmGb: 'RAM par VM (Go)', dataPerVmGb: 'Données par VM (Go)', dataTotalTb: 'Données au total (To)', osTotalGb: 'Disques système au total (Go)', osPerVmGb: 'Disque système par VM (Go)',
      coresHa: 'Cœurs HD', ramHaGb: 'RAM HD (Go)', vmsHa: 'VM HD', vmBuffer: 'Marge de VM', buffer: 'Marge',
    },
  },
  pt: {
    sheets: { storage: 'Armazenamento por grupo (TB)', bySize: 'VMs por tamanho', byType: 'VMs por tipo', vmSummary: 'Resumo das VMs', detail: 'Detalhe por serviço' },
    period: (m, e) => `Mês ${m} (${e})`,
    vmSize: (c, r) => `${c} núcleos, ${r} GB de RAM`,
    total: 'Total',
    h: {
      period: 'Período', storageGroup: 'Grupo de armazenamento', roundedTotalTb: 'Total arredondado (TB)', vmSize: 'Tamanho da VM', count: 'Quantidade', vmType: 'Tipo de VM', coresTotal: 'Núcleos no total', ramTotalGb: 'RAM no total (GB)', vmsTotal: 'VMs no total',
      service: 'Serviço', coresPerVm: 'Núcleos por VM', ramPerVmGb: 'RAM por VM (GB)', dataPerVmGb: 'Dados por VM (GB)', dataTotalTb: 'Dados no total (TB)', osTotalGb: 'Discos do sistema no total (GB)', osPerVmGb: 'Disco do sistema por VM (GB)',
      coresHa: 'Núcleos AD', ramHaGb: 'RAM AD (GB)', vmsHa: 'VMs AD', vmBuffer: 'Margem de VMs', buffer: 'Margem',
    },
  },
};
const text = (header: string) => ({ header, kind: 'text' as const });
const num = (header: string) => ({ header, kind: 'number' as const });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function commcareSummaryTables(r: TCommCareSizingResult, locale: TLocale = 'en', say?: TSay): TTable[] {
  const T = SUMMARY_TEXT[locale];
  const periods = r.periods.map((p, i) => ({ label: T.period(p.monthIndex + 1, p.endMonth), i }));
  // Names in the workbook's language when a sayer is given (the English labels otherwise).
  const serviceName = (s: TCommCareSizingResult['services'][number]) => (say ? say(s.name) : s.label);
  const groupName = (s: TCommCareSizingResult['services'][number]) => (s.storageGroup === 'none' ? null : say && s.storageGroupName ? say(s.storageGroupName) : s.storageGroupLabel);
  const storage: TCell[][] = periods.flatMap(({ label, i }) => r.storageByGroup.map((g) => [label, say ? say(g.name) : g.label, g.perPeriodTb[i]]));
  const bySize: TCell[][] = periods.flatMap(({ label, i }) => {
    const sizes = new Map<string, number>();
    for (const s of r.services) {
      const p = s.perPeriod[i];
      if (!p.coresPerVm || !p.vms) continue;
      const key = T.vmSize(p.coresPerVm.toLocaleString(locale), p.ramPerVmGb.toLocaleString(locale));
      sizes.set(key, (sizes.get(key) ?? 0) + p.vms);
    }
    return [...sizes.entries()].sort(([a], [b]) => a.localeCompare(b, locale, { numeric: true })).map(([size, count]) => [label, size, count]);
  });
  const byType: TCell[][] = periods.flatMap(({ label, i }) => {
    const types = new Map<string, { cores: number; ram: number; vms: number }>();
    for (const s of r.services) {
      const p = s.perPeriod[i];
      const type = say ? say(s.typeName) : s.typeLabel;
      const t = types.get(type) ?? { cores: 0, ram: 0, vms: 0 };
      types.set(type, { cores: t.cores + p.cores, ram: t.ram + p.ramGb, vms: t.vms + p.vms });
    }
    return [...types.entries()].sort(([a], [b]) => a.localeCompare(b, locale)).map(([type, t]) => [label, type, t.cores, t.ram, t.vms]);
  });
  const vmSummary: TCell[][] = periods.flatMap(({ label, i }) =>
    r.services.map((s) => {
      const p = s.perPeriod[i];
      return [label, serviceName(s), p.coresPerVm || null, p.ramPerVmGb || null, p.dataStoragePerVmGb || null, p.vms || null, p.dataStorageTb || null, groupName(s), p.osStorageGb || null, p.vms ? p.osStorageGb / p.vms : null];
    }),
  );
  const detail: TCell[][] = periods.flatMap(({ label, i }) => {
    const rows = r.services.map((s) => {
      const p = s.perPeriod[i];
      return [label, serviceName(s), p.coresPerVm, p.haVms ? p.cores / 2 : 0, p.cores, p.ramPerVmGb, p.haVms ? p.ramGb / 2 : 0, p.ramGb, p.dataStoragePerVmGb, p.dataStorageTb, p.haVms, p.vms, p.vmBuffer, round(p.estimationBuffer), p.osStorageGb, groupName(s), say ? say(s.typeName) : s.typeLabel] as TCell[];
    });
    const col = (k: number) => round(sum(rows.map((row) => (typeof row[k] === 'number' ? (row[k] as number) : 0))));
    return [...rows, [label, T.total, null, col(3), col(4), null, col(6), col(7), null, col(9), col(10), col(11), col(12), null, col(14), null, null]];
  });
  const h = T.h;
  return [
    { name: T.sheets.storage, columns: [text(h.period), text(h.storageGroup), num(h.roundedTotalTb)], rows: storage },
    { name: T.sheets.bySize, columns: [text(h.period), text(h.vmSize), num(h.count)], rows: bySize },
    { name: T.sheets.byType, columns: [text(h.period), text(h.vmType), num(h.coresTotal), num(h.ramTotalGb), num(h.vmsTotal)], rows: byType },
    {
      name: T.sheets.vmSummary,
      columns: [text(h.period), text(h.service), num(h.coresPerVm), num(h.ramPerVmGb), num(h.dataPerVmGb), num(h.vmsTotal), num(h.dataTotalTb), text(h.storageGroup), num(h.osTotalGb), num(h.osPerVmGb)],
      rows: vmSummary,
    },
    {
      name: T.sheets.detail,
      columns: [
        text(h.period), text(h.service), num(h.coresPerVm), num(h.coresHa), num(h.coresTotal), num(h.ramPerVmGb), num(h.ramHaGb), num(h.ramTotalGb),
        num(h.dataPerVmGb), num(h.dataTotalTb), num(h.vmsHa), num(h.vmsTotal), num(h.vmBuffer), num(h.buffer), num(h.osTotalGb), text(h.storageGroup), text(h.vmType),
      ],
      rows: detail,
    },
  ];
}
