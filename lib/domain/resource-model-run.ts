import { serviceData, summarizeService, tenthRound, type TServicePeriod } from './commcare-services';
import { projectUsage, type TSeries, type TUsageTable } from './commcare-usage';
import { displayUnitBytes, monthSpan, type TResourceModelConfig } from './resource-model-config';
import { serviceLabel, serviceName, storageGroupLabel } from './commcare-labels';

/**
 * A parsed commcare-resource-model configuration run as run_model.py runs it: the usage table over
 * the months of its date ranges (core/generate.py generate_usage_data), storage and compute per
 * service (generate_service_data), the summary of every month (core/summarize.py get_summary_data)
 * and, at each summary date, the figures summarize_service_data reports: per service VMs, cores,
 * RAM and data storage in the display unit, and the storage per group with the OS disks.
 */

export type TResourceModelServiceSummary = TServicePeriod & {
  id: string;
  label: string;
  aggregationKey: string;
  storageGroup: string;
  /** Data Storage Total in the configuration's display unit, rounded as the model reports it. */
  dataStorage: number;
};
export type TResourceModelSummary = {
  date: string;
  users: number;
  services: TResourceModelServiceSummary[];
  /** Storage by group in the display unit (the model's "Rounded Total"), OS disks in their own group. */
  storageByGroup: { group: string; label: string; total: number }[];
};
export type TResourceModelRun = {
  months: string[];
  usage: TUsageTable;
  unit: TResourceModelConfig['storageDisplayUnit'];
  summaries: TResourceModelSummary[];
};

export function runResourceModel(config: TResourceModelConfig): TResourceModelRun {
  const months = [...new Set(config.usage.flatMap((m) => (m.ranges ?? []).flatMap((r) => monthSpan(r.from, r.to))))].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const ranged: Record<string, TSeries> = {};
  for (const m of config.usage) {
    if (!m.ranges) continue;
    const series = Array<number>(months.length).fill(NaN);
    for (const r of m.ranges) for (const month of monthSpan(r.from, r.to)) series[index.get(month)!] = r.value;
    ranged[m.name] = series;
  }
  const usage = projectUsage(config.usage, Array<number>(months.length).fill(NaN), ranged);
  const buffers = months.map((_, i) => config.estimationBuffer * (1 + config.estimationGrowthFactor) ** i);
  const monthly = config.services.map((s) => summarizeService(s, serviceData(s, usage, config.storageBuffer), buffers, config.vmOsStorageGb));

  const unitBytes = displayUnitBytes(config.storageDisplayUnit);
  const dates = config.summaryDates.length ? config.summaryDates : [months[months.length - 1]];
  const summaries = dates.map((date): TResourceModelSummary => {
    const i = index.get(date)!;
    const services = config.services.map((s, k) => ({
      ...monthly[k][i],
      id: s.id,
      label: serviceLabel(s.id),
      aggregationKey: s.aggregationKey ?? s.id,
      storageGroup: s.storage?.group ?? '',
      dataStorage: tenthRound(monthly[k][i].dataStorageBytes / unitBytes),
    }));
    const byGroup = new Map<string, number>();
    for (const s of [...services].sort((a, b) => a.id.localeCompare(b.id))) if (s.storageGroup) byGroup.set(s.storageGroup, (byGroup.get(s.storageGroup) ?? 0) + s.dataStorage);
    const osBytes = services.reduce((sum, s) => sum + s.vms * config.vmOsStorageGb * 1e9, 0);
    byGroup.set(config.vmOsStorageGroup, (byGroup.get(config.vmOsStorageGroup) ?? 0) + Math.ceil(osBytes / unitBytes));
    return {
      date,
      users: usage.users[i],
      services,
      storageByGroup: [...byGroup.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([group, total]) => ({ group, label: storageGroupLabel(group), total: Math.round(total * 1e9) / 1e9 })),
    };
  });
  return { months, usage, unit: config.storageDisplayUnit, summaries };
}

/** The API's figures: per summary date, per service and storage per group in TB. */
export function resourceModelApiSummaries(run: TResourceModelRun) {
  const toTb = displayUnitBytes(run.unit) / 1e12;
  const tb = (x: number) => Math.round(x * toTb * 1e9) / 1e9;
  return run.summaries.map((s) => ({
    date: s.date,
    users: s.users,
    services: s.services.map((x) => ({ id: x.id, label: x.label, name: serviceName(x.id), vms: x.vms, cores: x.cores, ramGb: x.ramGb, dataStorageTb: tb(x.dataStorage), storageGroup: x.storageGroup || null })),
    storageByGroupTb: Object.fromEntries(s.storageByGroup.map((g) => [g.group, tb(g.total)])),
  }));
}
