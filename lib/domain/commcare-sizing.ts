import type { TFootprint } from './footprint';
import type { TCommCareService, TCommCareSizingConstants, TCommCareTier, TRateInput, TUsageModel } from './commcare-sizing-constants';
import type { TCommCareSizingParsed } from '@/lib/schemas/sizing-commcare';

/**
 * CommCare sizing by the method of Dimagi's commcare-resource-model, step for step:
 * 1. usage (core/models.py): a month-by-month table of users and of every field the config derives
 *    from them (forms, cases, cumulative totals, limited-lifespan totals, sums, products);
 * 2. per service (core/generate.py): data storage = (Σ field × unit size + baseline) × redundancy
 *    × (1 + storage buffer) when the service has data models, else baseline × redundancy; VMs from
 *    usage per node or from sub-processes, plus VMs to respect max storage per node and the RAM model;
 * 3. summary (core/summarize.py get_summary_data): estimation buffer × (1 + growth)^month on VMs
 *    (not for static-count services), minimum nodes, storage spread, HA doubling, cores and RAM as
 *    VMs × node size, and the rounding of the report (tenth_round in TB, OS disks in a VM_os group).
 * Every figure carries the rule that produced it.
 */

const GB = 1e9;
const TB = 1e12;

export type TCommCareTierResult = { tier: TCommCareTier; label: string; servers: string; reason: string };

export function commcareTier(users: number, constants: Pick<TCommCareSizingConstants, 'tiers'>): TCommCareTierResult {
  const row = constants.tiers.find((t) => t.maxUsers === null || users <= t.maxUsers)!;
  const bounds = constants.tiers.map((t) => t.maxUsers).filter((m): m is number => m !== null);
  const previous = constants.tiers[constants.tiers.indexOf(row) - 1];
  const reason =
    row.maxUsers === null
      ? `${users.toLocaleString('en')} users is ${(bounds[bounds.length - 1] + 1).toLocaleString('en')} or more: ${row.label} (${row.servers}). The guide lists the large cluster for more than 15,000 users; exactly 15,000 is treated as large because the small cluster is for fewer than 15,000.`
      : `${users.toLocaleString('en')} users is ${previous ? `at least ${((previous.maxUsers ?? 0) + 1).toLocaleString('en')} and ` : ''}below ${(row.maxUsers + 1).toLocaleString('en')}: ${row.label} (${row.servers}).`;
  return { tier: row.tier, label: row.label, servers: row.servers, reason };
}

export type TServicePeriod = {
  /** VMs Total of the resource model (HA VMs included). */
  vms: number;
  /** VM Buffer: ceil(VMs × estimation buffer of the month); 0 for static-count services. */
  vmBuffer: number;
  coresPerVm: number;
  ramPerVmGb: number;
  cores: number;
  ramGb: number;
  /** Data Storage Total in GB (ceil of bytes, to 0.1 GB, before the report's rounding). */
  dataStorageGb: number;
  osStorageGb: number;
  /** VMs needed by usage, before buffer and minimum (compute VMs incl. storage/RAM extras). */
  usageVms: number;
  extraVmsForStorage: number;
  extraVmsForRam: number;
  haVms: number;
  /** Data Storage Total (TB) as the resource model reports it: tenth_round(ceil(bytes) / 1e12). */
  dataStorageTb: number;
  dataStoragePerVmGb: number;
  estimationBuffer: number;
};
export type TServiceSizing = { id: string; label: string; storageGroup: string; perPeriod: TServicePeriod[]; reason: string; source: string };

export type TCommCareSizingResult = {
  tier: TCommCareTierResult;
  inputs: Required<Omit<TCommCareSizingParsed, 'growth'>> & { growth: TCommCareSizingParsed['growth'] };
  periods: { label: string; endMonth: string; monthIndex: number; users: number; formsTotal: number; casesTotal: number; caseTransactionsTotal: number; attachmentGb: number }[];
  services: TServiceSizing[];
  totals: { vms: number; cores: number; ramGb: number; dataStorageGb: number; osStorageGb: number; dataStorageTb: number; osStorageTb: number; storageTb: number }[];
  storageByGroup: { group: string; perPeriodGb: number[]; perPeriodTb: number[] }[];
  footprint: TFootprint;
  assumptions: string[];
};

type TSeries = number[];
type TUsageTable = Record<string, TSeries>;

const addMonths = (isoMonth: string, n: number) => {
  const [y, m] = isoMonth.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
};
const monthsBetween = (from: string, to: string) => {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1);
};
const round1 = (x: number) => Math.round(x * 10) / 10;
/** Float noise off a sum of rounded figures (e.g. 0.1 + 0.2). */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/** core/utils.py tenth_round: ceil to the power of ten nearest 1% of the value (0 stays 0). */
export function tenthRound(value: number): number {
  if (!value || !Number.isFinite(value)) return 0;
  const pow = Math.round(Math.log10(value * 0.01));
  const roundVal = 10 ** pow;
  return clean(Math.ceil(value / roundVal) * roundVal);
}

/** core/models.py, run in dependency order like generate_usage_data. */
export function projectUsage(models: TUsageModel[], users: TSeries): TUsageTable {
  const n = users.length;
  const table: TUsageTable = {};
  const deps = (m: TUsageModel) => [...(m.dependantField ? [m.dependantField] : []), ...(m.dependantFields ?? [])];
  const withStart = (s: TSeries, start: number) => (start ? s.map((v, i) => (i === 0 ? v + start : v)) : s);
  const cumsum = (s: TSeries, start: number) => {
    let acc = 0;
    return withStart(s, start).map((v) => (acc += v));
  };
  let pending = [...models];
  while (pending.length) {
    const ready = pending.filter((m) => deps(m).every((d) => d in table));
    if (!ready.length) throw new Error(`Unmet dependencies for models: ${pending.map((m) => m.name).join(', ')}`);
    for (const m of ready) {
      const d = deps(m).map((f) => table[f]);
      switch (m.model) {
        case 'date_range_value':
          table[m.name] = m.value === undefined ? [...users] : Array<number>(n).fill(m.value);
          break;
        case 'derived_factor':
          table[m.name] = withStart(d[0].map((v) => v * m.factor!), m.startWith);
          break;
        case 'derived_sum':
          table[m.name] = withStart(d[0].map((_, i) => d.reduce((s, col) => s + col[i], 0)), m.startWith);
          break;
        case 'product':
          table[m.name] = withStart(d[0].map((_, i) => d.reduce((p, col) => p * col[i], 1)), m.startWith);
          break;
        case 'cumulative':
          table[m.name] = cumsum(d[0], m.startWith);
          break;
        case 'cumulative_limited_lifespan': {
          const cum = cumsum(d[0], m.startWith);
          table[m.name] = cum.map((v, i) => Math.trunc(i >= m.lifespan! ? v - cum[i - m.lifespan!] : v));
          break;
        }
        case 'baseline_with_growth': {
          const baseline = d[0].map((v) => v * m.baseline!);
          const monthly = d[0].map((v) => v * m.monthlyGrowth!);
          const cum = cumsum(monthly, m.startWith);
          table[`${m.name}_baseline`] = baseline;
          table[`${m.name}_monthly`] = monthly;
          table[m.name] = baseline.map((b, i) => b + cum[i]);
          break;
        }
      }
    }
    pending = pending.filter((m) => !ready.includes(m));
  }
  return table;
}

type TServiceData = { cpu: TSeries; ram: TSeries; vms: TSeries; usageVms: TSeries; extraStorage: TSeries; extraRam: TSeries; storage: TSeries };

/** core/generate.py: data storage and compute of one service, month by month. */
export function serviceData(service: TCommCareService, usage: TUsageTable, storageBuffer: number): TServiceData {
  const n = usage.users.length;
  const st = service.storage;
  let storage: TSeries;
  if (st && st.dataModels.length) {
    const buffer = st.overrideStorageBuffer ?? storageBuffer;
    storage = usage.users.map((_, i) => (st.dataModels.reduce((sum, m) => sum + usage[m.field][i] * m.unitBytes * st.redundancyFactor, 0) + st.staticBaselineBytes * st.redundancyFactor) * (1 + buffer));
  } else {
    storage = Array<number>(n).fill(st ? st.staticBaselineBytes * st.redundancyFactor : 0);
  }

  const p = service.process;
  const load = usage[service.usageField];
  let cpu: TSeries;
  let ram: TSeries;
  let vms: TSeries;
  if (p.subProcesses.length) {
    const total = load.map((u) => p.subProcesses.reduce((s, sp) => s + (sp.staticNumber ?? Math.ceil(u / sp.capacity!)), 0));
    cpu = total.map((t) => t * p.coresPerSubProcess!);
    ram = total.map((t) => t * p.ramPerSubProcessGb!);
    const byCores = cpu.map((c) => c / p.coresPerNode);
    const byRam = ram.map((r) => r / p.ramPerNodeGb);
    // The resource model picks cores or RAM by the last month, for every month.
    vms = (byCores[n - 1] > byRam[n - 1] ? byCores : byRam).map(Math.ceil);
  } else if (service.usageCapacityPerNode) {
    vms = load.map((u) => Math.ceil(u / service.usageCapacityPerNode!));
    cpu = vms.map((v) => v * p.coresPerNode);
    ram = vms.map((v) => v * p.ramPerNodeGb);
  } else {
    vms = Array<number>(n).fill(service.staticNumber);
    cpu = [...vms];
    ram = [...vms];
  }
  const usageVms = [...vms];
  let extraStorage = Array<number>(n).fill(0);
  if (service.maxStoragePerNodeBytes) {
    const max = service.maxStoragePerNodeBytes;
    extraStorage = vms.map((v, i) => Math.ceil(Math.max(0, storage[i] - v * max) / max));
    vms = vms.map((v, i) => v + extraStorage[i]);
  }
  let extraRam = Array<number>(n).fill(0);
  if (p.ramModel.length) {
    const perNode = p.ramPerNodeGb - p.ramStaticBaselineGb;
    extraRam = vms.map((v, i) => {
      const requirement = p.ramModel.reduce((s, m) => s + usage[m.field][i] * m.unitBytes * p.ramRedundancyFactor, 0) / GB;
      return Math.ceil(Math.max(0, requirement - v * perNode) / perNode);
    });
    vms = vms.map((v, i) => v + extraRam[i]);
  }
  return { cpu, ram, vms, usageVms, extraStorage, extraRam, storage };
}

/** core/summarize.py get_summary_data for one service: every month. */
export function summarizeService(service: TCommCareService, data: TServiceData, buffers: TSeries, vmOsStorageGb: number): TServicePeriod[] {
  const n = buffers.length;
  const nodeBuffer = data.vms.map((v, i) => (service.staticNumber ? 0 : Math.ceil(v * buffers[i])));
  const suggested = data.vms.map((v, i) => Math.ceil(v + nodeBuffer[i]));
  const vmsTotal = suggested.map((s) => Math.max(s, service.minNodes));
  const override = service.storage?.overrideEstimationBuffer;
  const seb = buffers.map((b) => override ?? b);
  const gt = vmsTotal.map((t, i) => t > suggested[i]);
  const ds = data.storage;
  let total: TSeries;
  let perVm: TSeries;
  if (service.storageScalesWithNodes) {
    perVm = ds.map((d, i) => d + d * seb[i]);
    total = perVm.map((p, i) => p * vmsTotal[i]);
  } else if (gt.some(Boolean)) {
    // Minimum nodes above the suggestion: buffer the storage and spread it over all nodes.
    total = ds.map((d, i) => (gt[i] ? d + d * seb[i] : ((d + d * seb[i]) / data.vms[i]) * vmsTotal[i]));
    perVm = total.map((t, i) => (gt[i] ? t / vmsTotal[i] : (ds[i] + ds[i] * seb[i]) / data.vms[i]));
  } else if (!data.vms.some((v) => v > 0)) {
    total = ds.map((d, i) => d + d * seb[i]);
    perVm = Array<number>(n).fill(0);
  } else {
    total = [...ds];
    perVm = ds.map((d, i) => d / vmsTotal[i]);
  }
  const anyVms = vmsTotal.some((v) => v > 0);
  const ha = service.includeHaResources ? 2 : 1;
  return vmsTotal.map((t, i) => {
    const storageBytes = (Number.isFinite(total[i]) ? total[i] : 0) * ha;
    const vms = t * ha;
    const osBytes = vms * vmOsStorageGb * GB;
    return {
      vms,
      vmBuffer: nodeBuffer[i],
      coresPerVm: service.process.coresPerNode,
      ramPerVmGb: service.process.ramPerNodeGb,
      cores: anyVms ? t * service.process.coresPerNode * ha : 0,
      ramGb: anyVms ? t * service.process.ramPerNodeGb * ha : 0,
      dataStorageGb: round1(Math.ceil(storageBytes) / GB),
      osStorageGb: Math.ceil(osBytes / GB),
      usageVms: data.vms[i],
      extraVmsForStorage: data.extraStorage[i],
      extraVmsForRam: data.extraRam[i],
      haVms: service.includeHaResources ? t : 0,
      dataStorageTb: tenthRound(Math.ceil(storageBytes) / TB),
      dataStoragePerVmGb: tenthRound((Number.isFinite(perVm[i]) ? perVm[i] : 0) / GB),
      estimationBuffer: buffers[i],
    };
  });
}

function serviceReason(s: TCommCareService): string {
  const p = s.process;
  const node = `${p.coresPerNode}-core / ${p.ramPerNodeGb} GB VMs`;
  const compute = p.subProcesses.length
    ? `one process per ${p.subProcesses.map((sp) => (sp.staticNumber ? `${sp.staticNumber} fixed (${sp.name})` : `${sp.capacity!.toLocaleString('en')} ${s.usageField} (${sp.name})`)).join(', ')}; ${p.coresPerSubProcess} cores and ${p.ramPerSubProcessGb} GB RAM per process, packed into ${node}`
    : s.usageCapacityPerNode
      ? `one of the ${node} per ${s.usageCapacityPerNode.toLocaleString('en')} ${s.usageField}`
      : `${s.staticNumber} of the ${node} regardless of load, no VM buffer`;
  const extras = [
    ...(s.minNodes ? [`at least ${s.minNodes} VMs`] : []),
    ...(s.maxStoragePerNodeBytes ? [`extra VMs to keep data under ${s.maxStoragePerNodeBytes / TB} TB per VM`] : []),
    ...(p.ramModel.length ? [`extra VMs to hold ${p.ramModel.map((m) => `${m.unitBytes} B per ${m.field}`).join(' + ')} ×${p.ramRedundancyFactor} in RAM`] : []),
    ...(s.includeHaResources ? ['doubled for high availability'] : []),
  ];
  const st = s.storage;
  const storage = !st
    ? 'no data storage'
    : `${[...st.dataModels.map((m) => `${m.unitBytes.toLocaleString('en')} B per ${m.field}`), ...(st.staticBaselineBytes ? [`${st.staticBaselineBytes / GB} GB baseline`] : [])].join(' + ')}${st.redundancyFactor > 1 ? `, ×${st.redundancyFactor} copies` : ''}${st.dataModels.length ? `, + storage buffer${st.overrideStorageBuffer !== undefined ? ` ${st.overrideStorageBuffer}` : ''}` : ''}${s.storageScalesWithNodes ? ', on every VM' : ''}${st.overrideEstimationBuffer !== undefined ? `, estimation buffer ${st.overrideEstimationBuffer}` : ''} (${st.group})`;
  return `Compute: ${compute}${extras.length ? `; ${extras.join('; ')}` : ''}. Storage: ${storage}.`;
}

/**
 * The rate inputs in place of the mapped usage-model parameters. A rate not given is the config's
 * own parameter (times the rate it is per, e.g. case updates per form × forms per user).
 */
function mapRates(parsed: TCommCareSizingParsed, constants: TCommCareSizingConstants) {
  const rates = {} as Record<TRateInput, number>;
  const params: Record<string, Partial<Pick<TUsageModel, 'factor' | 'monthlyGrowth'>>> = {};
  for (const m of constants.inputMapping) {
    const own = constants.usage.find((u) => u.name === m.usage)![m.param]!;
    const per = m.perInput ? rates[m.perInput] : 1;
    const given = parsed[m.input];
    rates[m.input] = given ?? own * per;
    // No forms means no case updates in a per-form model: the parameter is 0 rather than x / 0.
    params[m.usage] = { ...params[m.usage], [m.param]: given === undefined ? own : per ? given / per : 0 };
  }
  return { rates, params };
}

export function calculateCommCareSizing(parsed: TCommCareSizingParsed, constants: TCommCareSizingConstants): TCommCareSizingResult {
  const d = constants.defaults;
  const att = constants.attachment;
  const attachmentModel = constants.services.find((s) => s.id === att.service)!.storage!.dataModels.find((m) => m.field === att.field)!;
  const { rates, params } = mapRates(parsed, constants);
  const inputs: TCommCareSizingResult['inputs'] = {
    users: parsed.users,
    growth: parsed.growth,
    startDate: parsed.startDate ?? '2027-01-01',
    horizonMonths: parsed.horizonMonths ?? d.horizonMonths.value,
    existingForms: parsed.existingForms ?? 0,
    ...rates,
    attachmentKbPerForm: parsed.attachmentKbPerForm ?? attachmentModel.unitBytes / 1000,
  };

  // Months and the users of each (the growth steps act like the config's date ranges).
  const start = inputs.startDate.slice(0, 7);
  const n = inputs.horizonMonths;
  const months = Array.from({ length: n }, (_, i) => addMonths(start, i));
  const steps = [...inputs.growth].sort((a, b) => a.date.localeCompare(b.date));
  const users = months.map((m) => steps.filter((s) => s.date.slice(0, 7) <= m).pop()?.users ?? inputs.users);

  // The config's usage models with the inputs in place of its rates.
  const models = constants.usage.map((m) => ({
    ...m,
    ...params[m.name],
    startWith: m.name === 'forms_total' ? (parsed.existingForms ?? (d.includeExistingData.value ? m.startWith : 0)) : d.includeExistingData.value ? m.startWith : 0,
  }));
  const usage = projectUsage(models, users);

  const services = constants.services.map((s) =>
    s.id === att.service && s.storage
      ? { ...s, storage: { ...s.storage, dataModels: s.storage.dataModels.map((m) => (m.field === att.field ? { ...m, unitBytes: inputs.attachmentKbPerForm * 1000 } : m)) } }
      : s,
  );
  const eb = constants.estimationBuffer.value;
  const g = constants.estimationGrowthFactor.value;
  const buffers = months.map((_, i) => eb * (1 + g) ** i);
  const monthly = services.map((s) => summarizeService(s, serviceData(s, usage, constants.storageBuffer.value), buffers, constants.vmOsStorageGb.value));

  // Summary months: the config's summary dates (as offsets from its first month), the last month
  // of each growth range, and the final month (run_model.py summarises at the final date by default).
  const offsets = constants.summaryDates.value.map((sd) => monthsBetween(constants.usageStart.value, sd));
  const rangeEnds = steps.map((s) => months.indexOf(s.date.slice(0, 7)) - 1).filter((i) => i >= 0);
  const summary = [...new Set([...offsets, ...rangeEnds, n - 1])].filter((i) => i >= 0 && i < n).sort((a, b) => a - b);

  const serviceResults: TServiceSizing[] = services.map((s, k) => ({
    id: s.id,
    label: s.label,
    storageGroup: s.storage?.group ?? 'none',
    perPeriod: summary.map((i) => monthly[k][i]),
    reason: serviceReason(s),
    source: s.source,
  }));
  const osGroup = constants.vmOsStorageGroup.value;
  const groups = [...new Set(serviceResults.map((s) => s.storageGroup).filter((gname) => gname !== 'none'))];
  const storageByGroup = groups.map((group) => {
    const members = serviceResults.filter((s) => s.storageGroup === group);
    return {
      group,
      perPeriodGb: summary.map((_, p) => round1(members.reduce((sum, s) => sum + s.perPeriod[p].dataStorageGb, 0))),
      perPeriodTb: summary.map((_, p) => clean(members.reduce((sum, s) => sum + s.perPeriod[p].dataStorageTb, 0))),
    };
  });
  const osBytes = summary.map((_, p) => serviceResults.reduce((sum, s) => sum + s.perPeriod[p].vms, 0) * constants.vmOsStorageGb.value * GB);
  const osRow = { group: osGroup, perPeriodGb: osBytes.map((b) => b / GB), perPeriodTb: osBytes.map((b) => Math.ceil(b / TB)) };
  const existingOs = storageByGroup.find((r) => r.group === osGroup);
  if (existingOs) existingOs.perPeriodTb = existingOs.perPeriodTb.map((t, p) => t + osRow.perPeriodTb[p]);
  else storageByGroup.push(osRow);
  storageByGroup.sort((a, b) => a.group.localeCompare(b.group));

  const totals = summary.map((_, p) => {
    const sum = (f: (x: TServicePeriod) => number) => serviceResults.reduce((acc, s) => acc + f(s.perPeriod[p]), 0);
    const dataStorageTb = clean(sum((x) => x.dataStorageTb));
    return {
      vms: sum((x) => x.vms),
      cores: sum((x) => x.cores),
      ramGb: sum((x) => x.ramGb),
      dataStorageGb: round1(sum((x) => x.dataStorageGb)),
      osStorageGb: sum((x) => x.osStorageGb),
      dataStorageTb,
      osStorageTb: osRow.perPeriodTb[p],
      storageTb: clean(dataStorageTb + osRow.perPeriodTb[p]),
    };
  });

  const peakUsers = Math.max(...users);
  const tier = commcareTier(peakUsers, constants);
  const last = totals[totals.length - 1];
  const b = constants.backup;
  const backupStorageGb = Math.ceil(last.dataStorageGb * (1 + (b.dailyCopies + b.weeklyCopies + b.monthlyCopies) * b.incrementalFraction));
  const s = constants.staging;
  const prodStorageGb = Math.ceil(last.dataStorageGb + last.osStorageGb);
  const footprint: TFootprint = {
    platform: 'commcare',
    label: 'CommCare HQ',
    environments: [
      { kind: 'production', label: 'Production', uptimeFraction: 1, vms: last.vms, cores: last.cores, ramGb: last.ramGb, storageGb: prodStorageGb },
      {
        kind: 'staging',
        label: 'Staging / test',
        uptimeFraction: s.uptimeFraction,
        vms: Math.max(1, Math.ceil(last.vms * s.scale)),
        cores: Math.max(2, Math.ceil(last.cores * s.scale)),
        ramGb: Math.max(4, Math.ceil(last.ramGb * s.scale)),
        storageGb: Math.ceil(prodStorageGb * s.scale),
      },
    ],
    backupStorageGb,
  };

  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const dflt = (given: unknown, source: string) => (given === undefined ? ` (default — ${source})` : '');
  const mapping = (input: TRateInput) => constants.inputMapping.find((m) => m.input === input)!;
  const rateLine = (input: TRateInput, what: string) => {
    const m = mapping(input);
    const per = m.perInput ? ` (${params[m.usage][m.param]} per ${m.perInput.replace(/PerUserPerMonth$/, '').replace(/s$/, '')})` : '';
    return `${what}: ${inputs[input]}${per}${dflt(parsed[input], m.source)}.`;
  };
  const mappedModels = new Set([...constants.inputMapping.map((m) => m.usage), 'users', att.field]);
  const otherModels = constants.usage.filter((m) => !mappedModels.has(m.name)).map((m) => m.name);
  return {
    tier,
    inputs,
    periods: summary.map((i) => ({
      label: `Month ${i + 1} (${months[i]})`,
      endMonth: months[i],
      monthIndex: i,
      users: users[i],
      formsTotal: Math.round(usage.forms_total[i]),
      casesTotal: Math.round(usage.cases_total[i]),
      caseTransactionsTotal: Math.round(usage.case_transactions_total[i]),
      attachmentGb: round1((usage[att.field][i] * inputs.attachmentKbPerForm * 1000) / GB),
    })),
    services: serviceResults,
    totals,
    storageByGroup,
    footprint,
    assumptions: [
      `Method and constants of Dimagi's commcare-resource-model, one configuration throughout: ${constants.source}`,
      rateLine('formsPerUserPerMonth', 'Forms per user per month'),
      rateLine('casesPerUserPerMonth', 'New cases per user per month'),
      rateLine('caseUpdatesPerUserPerMonth', 'Case updates per user per month'),
      `Form XML and attachments per form: ${inputs.attachmentKbPerForm} KB${dflt(parsed.attachmentKbPerForm, att.source)}.`,
      `Every other usage figure (${otherModels.join(', ')}) follows the configuration's own usage models.`,
      `Existing data: ${inputs.existingForms.toLocaleString('en')} forms${d.includeExistingData.value ? '' : `; ${d.includeExistingData.source}`}.`,
      `Months: ${n} from ${start}${parsed.horizonMonths === undefined ? ` (default — ${d.horizonMonths.source})` : ''}; users follow the growth steps, each step holding until the next. Periods are the months of the configuration's summary dates (as offsets from its first month, ${constants.summaryDates.value.join(', ')}), the last month before each growth step, and the final month.`,
      `Estimation buffer ${pct(eb)} growing ${pct(g)} a month (compounded: ${pct(buffers[n - 1])} in the final month) adds ceil(VMs × buffer) VMs except to fixed-count services; the minimum node count then applies. Cores and RAM are VMs × the VM size.`,
      `Storage: data models × unit size + baseline, × redundancy, + ${pct(constants.storageBuffer.value)} storage buffer (services with data models only); services whose data lives on every VM multiply it by the VMs and add the estimation buffer; storage-heavy services get extra VMs. TB figures are rounded up as the resource model reports them (to about 1%); OS disks: ${constants.vmOsStorageGb.value} GB per VM, reported as the ${osGroup} group.`,
      `The resource model sizes a distributed cluster; in the ${tier.label.toLowerCase()} tier (${tier.servers}) ${tier.tier === 'single-server' || tier.tier === 'micro-cluster' ? 'the services share the servers, so the VM totals are an upper bound on the compute to buy; the storage figures hold' : 'the services are distributed across the VMs listed'}.`,
      `Backups: ${b.dailyCopies} daily, ${b.weeklyCopies} weekly and ${b.monthlyCopies} monthly copies kept off the primary disks (${b.source}).`,
      `Staging: ${Math.round(s.scale * 100)}% of production, running ${Math.round(s.uptimeFraction * 100)}% of the time (${s.source}).`,
    ],
  };
}
