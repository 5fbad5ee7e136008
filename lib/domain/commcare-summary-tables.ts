import type { TCommCareSizingResult } from './commcare-sizing';
import type { TCell, TTable } from './output-tables';

/**
 * The CommCare sizing in the layout of commcare-resource-model's Excel summary (core/output.py
 * write_summary_data), one sheet per section with a row per summary period: storage by group, VMs
 * by size, VMs by type, VM summary and the detailed service summary. Names are plain labels.
 */
const text = (header: string) => ({ header, kind: 'text' as const });
const num = (header: string) => ({ header, kind: 'number' as const });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function commcareSummaryTables(r: TCommCareSizingResult): TTable[] {
  const periods = r.periods.map((p, i) => ({ label: p.label, i }));
  const storage: TCell[][] = periods.flatMap(({ label, i }) => r.storageByGroup.map((g) => [label, g.label, g.perPeriodTb[i]]));
  const bySize: TCell[][] = periods.flatMap(({ label, i }) => {
    const sizes = new Map<string, number>();
    for (const s of r.services) {
      const p = s.perPeriod[i];
      if (!p.coresPerVm || !p.vms) continue;
      const key = `${p.coresPerVm} cores, ${p.ramPerVmGb} GB RAM`;
      sizes.set(key, (sizes.get(key) ?? 0) + p.vms);
    }
    return [...sizes.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([size, count]) => [label, size, count]);
  });
  const byType: TCell[][] = periods.flatMap(({ label, i }) => {
    const types = new Map<string, { cores: number; ram: number; vms: number }>();
    for (const s of r.services) {
      const p = s.perPeriod[i];
      const t = types.get(s.typeLabel) ?? { cores: 0, ram: 0, vms: 0 };
      types.set(s.typeLabel, { cores: t.cores + p.cores, ram: t.ram + p.ramGb, vms: t.vms + p.vms });
    }
    return [...types.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, t]) => [label, type, t.cores, t.ram, t.vms]);
  });
  const vmSummary: TCell[][] = periods.flatMap(({ label, i }) =>
    r.services.map((s) => {
      const p = s.perPeriod[i];
      return [label, s.label, p.coresPerVm || null, p.ramPerVmGb || null, p.dataStoragePerVmGb || null, p.vms || null, p.dataStorageTb || null, s.storageGroup === 'none' ? null : s.storageGroupLabel, p.osStorageGb || null, p.vms ? p.osStorageGb / p.vms : null];
    }),
  );
  const detail: TCell[][] = periods.flatMap(({ label, i }) => {
    const rows = r.services.map((s) => {
      const p = s.perPeriod[i];
      return [label, s.label, p.coresPerVm, p.haVms ? p.cores / 2 : 0, p.cores, p.ramPerVmGb, p.haVms ? p.ramGb / 2 : 0, p.ramGb, p.dataStoragePerVmGb, p.dataStorageTb, p.haVms, p.vms, p.vmBuffer, round(p.estimationBuffer), p.osStorageGb, s.storageGroup === 'none' ? null : s.storageGroupLabel, s.typeLabel] as TCell[];
    });
    const col = (k: number) => round(sum(rows.map((row) => (typeof row[k] === 'number' ? (row[k] as number) : 0))));
    return [...rows, [label, 'Total', null, col(3), col(4), null, col(6), col(7), null, col(9), col(10), col(11), col(12), null, col(14), null, null]];
  });
  return [
    { name: 'Storage by Group (TB)', columns: [text('Period'), text('Storage group'), num('Rounded total (TB)')], rows: storage },
    { name: 'VMs by Size', columns: [text('Period'), text('VM size'), num('Count')], rows: bySize },
    { name: 'VMs by Type', columns: [text('Period'), text('VM type'), num('Cores total'), num('RAM total (GB)'), num('VMs total')], rows: byType },
    {
      name: 'VM Summary',
      columns: [text('Period'), text('Service'), num('Cores per VM'), num('RAM per VM (GB)'), num('Data storage per VM (GB)'), num('VMs total'), num('Data storage total (TB)'), text('Storage group'), num('OS storage total (GB)'), num('OS storage per VM (GB)')],
      rows: vmSummary,
    },
    {
      name: 'Service Detailed Summary',
      columns: [
        text('Period'), text('Service'), num('Cores per VM'), num('Cores HA'), num('Cores total'), num('RAM per VM (GB)'), num('RAM HA (GB)'), num('RAM total (GB)'),
        num('Data storage per VM (GB)'), num('Data storage total (TB)'), num('VMs HA'), num('VMs total'), num('VM buffer'), num('Buffer'), num('OS storage total (GB)'), text('Storage group'), text('VM type'),
      ],
      rows: detail,
    },
  ];
}
