import { fieldItemName, fieldName, storageGroupName } from './commcare-labels';
import { reason, type TReason } from './reason';
import type { TCommCareService } from './commcare-sizing-constants';
import type { TSeries, TUsageTable } from './commcare-usage';

/**
 * Steps 2 and 3 of the resource model for one service: its storage and compute month by month
 * (core/generate.py) and their summary as the model reports it (core/summarize.py).
 */

export const GB = 1e9;
export const TB = 1e12;
export const round1 = (x: number) => Math.round(x * 10) / 10;
/** Float noise off a sum of rounded figures (e.g. 0.1 + 0.2). */
export const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * 10^k as numpy computes it over a Series (its vectorised power is one unit in the last place low
 * for k = -1, -4, -5 where the scalar power is exact); tenth_round depends on it at exact
 * boundaries: 4.4 TB → 4.5 in the model's own output.
 */
const NUMPY_POW10: Record<number, number> = { [-1]: 0.09999999999999999, [-4]: 9.999999999999999e-5, [-5]: 9.999999999999999e-6 };
const pow10 = (k: number) => NUMPY_POW10[k] ?? 10 ** k;

/** core/utils.py tenth_round: ceil to the power of ten nearest 1% of the value (0 stays 0). */
export function tenthRound(value: number): number {
  if (!value || !Number.isFinite(value)) return 0;
  const roundVal = pow10(Math.round(Math.log10(value * 0.01)));
  return clean(Math.ceil(value / roundVal) * roundVal);
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
  /** Data Storage Total in bytes (ceil), for reports in another display unit. */
  dataStorageBytes: number;
  estimationBuffer: number;
};
type TServiceData = { cpu: TSeries; ram: TSeries; vms: TSeries; usageVms: TSeries; extraStorage: TSeries; extraRam: TSeries; storage: TSeries };

/** core/generate.py: data storage and compute of one service, month by month. */
export function serviceData(service: TCommCareService, usage: TUsageTable, storageBuffer: number): TServiceData {
  const n = usage.users.length;
  const st = service.storage;
  let storage: TSeries;
  if (st && st.dataModels.length) {
    const buffer = st.overrideStorageBuffer ?? storageBuffer;
    // pandas sums a row skipping NaN (a field outside its date ranges).
    const part = (x: number) => (Number.isNaN(x) ? 0 : x);
    storage = usage.users.map((_, i) => (st.dataModels.reduce((sum, m) => sum + part(usage[m.field][i] * m.unitBytes * st.redundancyFactor), 0) + st.staticBaselineBytes * st.redundancyFactor) * (1 + buffer));
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
  // pandas' max over a column skips NaN (usage outside its date ranges): the minimum then stands.
  const vmsTotal = suggested.map((s) => (Number.isNaN(s) ? service.minNodes : Math.max(s, service.minNodes)));
  const override = service.storage?.overrideEstimationBuffer;
  const seb = buffers.map((b) => override ?? b);
  const gt = vmsTotal.map((t, i) => t > suggested[i]);
  const ds = data.storage;
  const minPerVm = service.minStoragePerNodeBytes ?? 0;
  const atLeastMin = (x: number) => (minPerVm ? Math.max(x, minPerVm) : x);
  let total: TSeries;
  let perVm: TSeries;
  if (service.storageScalesWithNodes) {
    perVm = ds.map((d, i) => d + d * seb[i]);
    total = perVm.map((p, i) => p * vmsTotal[i]);
  } else if (gt.some(Boolean)) {
    // Minimum nodes above the suggestion: buffer the storage and spread it over all nodes. The
    // masks multiply as in the model (0 × ∞ is NaN there too).
    const lte = gt.map((g) => (g ? 0 : 1));
    const gtm = gt.map((g) => (g ? 1 : 0));
    const perVmLt = ds.map((d, i) => atLeastMin(((d + d * seb[i]) / data.vms[i]) * lte[i]));
    const totalLt = perVmLt.map((p, i) => p * vmsTotal[i] * lte[i]);
    const totalGt = ds.map((d, i) => (d + d * seb[i]) * gtm[i]);
    const perVmGt = totalGt.map((t, i) => atLeastMin((t / vmsTotal[i]) * gtm[i]));
    total = totalLt.map((t, i) => t + totalGt[i]);
    perVm = perVmLt.map((p, i) => p + perVmGt[i]);
  } else if (!data.vms.some((v) => v > 0)) {
    total = ds.map((d, i) => d + d * seb[i]);
    perVm = Array<number>(n).fill(0);
  } else {
    total = [...ds];
    perVm = ds.map((d, i) => d / vmsTotal[i]);
    if (minPerVm && perVm.some((p) => p < minPerVm)) {
      perVm = perVm.map(atLeastMin);
      total = perVm.map((p, i) => p * vmsTotal[i]);
    }
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
      dataStorageBytes: Math.ceil(storageBytes),
      dataStoragePerVmGb: tenthRound((Number.isFinite(perVm[i]) ? perVm[i] : 0) / GB),
      estimationBuffer: buffers[i],
    };
  });
}

/** A size in bytes in the unit people read it in: "15.7 KB", "100 GB" (decimal units, as the configuration writes them). */
const size = (b: number): TReason =>
  reason('commcare.service.size', b >= 1e9 ? { unit: 'GB', value: b / GB } : b >= 1e6 ? { unit: 'MB', value: b / 1e6 } : b >= 1e4 ? { unit: 'KB', value: b / 1e3 } : { unit: 'bytes', value: b });
/** Terms added up: "a + b + c", the same sign in every language. */
const plus = (terms: TReason[]): TReason => terms.reduceRight((b, a) => reason('commcare.service.plus', { a, b }));
const perItem = (m: { field: string; unitBytes: number }) => reason('commcare.service.perItem', { size: size(m.unitBytes), item: fieldItemName(m.field) });

/**
 * How the service is sized, as a reason of sizingReasons.json (its compute, the extras on it, its
 * storage), with the configuration's fields and groups by their names in the reader's language.
 */
export function serviceReason(s: TCommCareService): TReason {
  const p = s.process;
  const node = reason('commcare.service.node', { cores: p.coresPerNode, ram: p.ramPerNodeGb });
  const compute = p.subProcesses.length
    ? reason('commcare.service.perProcess', {
        capacities: p.subProcesses.map((sp) =>
          sp.staticNumber ? reason('commcare.service.fixedProcesses', { count: sp.staticNumber, process: fieldName(sp.name) }) : reason('commcare.service.capacity', { capacity: sp.capacity!, field: fieldName(s.usageField), process: fieldName(sp.name) }),
        ),
        cores: p.coresPerSubProcess!,
        ram: p.ramPerSubProcessGb!,
        node,
      })
    : s.usageCapacityPerNode
      ? reason('commcare.service.perCapacity', { node, capacity: s.usageCapacityPerNode, field: fieldName(s.usageField) })
      : s.staticNumber
        ? reason('commcare.service.fixed', { count: s.staticNumber, node })
        : reason('commcare.service.noVms');
  const extras = [
    ...(s.minNodes ? [reason('commcare.service.minVms', { count: s.minNodes })] : []),
    ...(s.maxStoragePerNodeBytes ? [reason('commcare.service.maxStorage', { tb: s.maxStoragePerNodeBytes / TB })] : []),
    ...(s.minStoragePerNodeBytes ? [reason('commcare.service.minStorage', { size: size(s.minStoragePerNodeBytes) })] : []),
    ...(p.ramModel.length ? [reason('commcare.service.ramModel', { models: plus(p.ramModel.map(perItem)), factor: p.ramRedundancyFactor })] : []),
    ...(s.includeHaResources ? [reason('commcare.service.ha')] : []),
  ];
  const st = s.storage;
  const terms = st ? [...st.dataModels.map(perItem), ...(st.staticBaselineBytes ? [reason('commcare.service.baseline', { size: size(st.staticBaselineBytes) })] : [])] : [];
  const buffer = st?.overrideStorageBuffer;
  const storage = !st
    ? reason('commcare.service.noStorage')
    : reason('commcare.service.storage', {
        parts: terms.length ? plus(terms) : reason('commcare.service.none'),
        copies: st.redundancyFactor > 1 ? reason('commcare.service.copies', { factor: st.redundancyFactor }) : '',
        buffer: !st.dataModels.length ? '' : buffer === undefined ? reason('commcare.service.storageBuffer') : buffer ? reason('commcare.service.storageBufferOf', { buffer }) : reason('commcare.service.noStorageBuffer'),
        everyVm: s.storageScalesWithNodes ? reason('commcare.service.everyVm') : '',
        estimation:
          st.overrideEstimationBuffer === undefined ? '' : st.overrideEstimationBuffer ? reason('commcare.service.estimationBuffer', { buffer: st.overrideEstimationBuffer }) : reason('commcare.service.noEstimationBuffer'),
        group: st.group ? reason('commcare.service.group', { group: storageGroupName(st.group) }) : '',
      });
  return reason('commcare.service.reason', { compute, extras: extras.length ? reason('commcare.service.extras', { items: extras }) : '', storage });
}
