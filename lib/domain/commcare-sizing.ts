import type { TFootprint } from './footprint';
import type { TCommCareService, TCommCareSizingConstants, TCommCareTier } from './commcare-sizing-constants';
import type { TCommCareSizingParsed } from '@/lib/schemas/sizing-commcare';

/**
 * CommCare sizing in the manner of Dimagi's commcare-resource-model: a month-by-month usage
 * projection (users, forms, cases, case updates, attachments), per-service storage from unit
 * sizes, redundancy and buffers, per-service VMs from users per node (or per process), then the
 * estimation buffer on cores, RAM and VMs. Every figure carries the rule that produced it.
 */

const GB = 1e9;

export type TCommCareTierResult = { tier: TCommCareTier; label: string; servers: string; reason: string };

export function commcareTier(users: number, constants: TCommCareSizingConstants): TCommCareTierResult {
  const row = constants.tiers.find((t) => t.maxUsers === null || users <= t.maxUsers)!;
  const bounds = constants.tiers.map((t) => t.maxUsers).filter((m): m is number => m !== null);
  const previous = constants.tiers[constants.tiers.indexOf(row) - 1];
  const reason =
    row.maxUsers === null
      ? `${users.toLocaleString('en')} users is ${(bounds[bounds.length - 1] + 1).toLocaleString('en')} or more: ${row.label} (${row.servers}). The guide lists the large cluster for more than 15,000 users; exactly 15,000 is treated as large because the small cluster is for fewer than 15,000.`
      : `${users.toLocaleString('en')} users is ${previous ? `at least ${((previous.maxUsers ?? 0) + 1).toLocaleString('en')} and ` : ''}below ${(row.maxUsers + 1).toLocaleString('en')}: ${row.label} (${row.servers}).`;
  return { tier: row.tier, label: row.label, servers: row.servers, reason };
}

type TUsage = {
  month: string;
  users: number;
  formplayerUsers: number;
  formsTotal: number;
  casesTotal: number;
  caseIndices: number;
  caseTransactionsTotal: number;
  kafkaChangesTotal: number;
  attachmentBytesTotal: number;
};

export type TServicePeriod = { vms: number; vmBuffer: number; coresPerVm: number; ramPerVmGb: number; cores: number; ramGb: number; dataStorageGb: number; osStorageGb: number };
export type TServiceSizing = { id: string; label: string; storageGroup: string; perPeriod: TServicePeriod[]; reason: string; source: string };

export type TCommCareSizingResult = {
  tier: TCommCareTierResult;
  inputs: Required<Omit<TCommCareSizingParsed, 'growth'>> & { growth: TCommCareSizingParsed['growth'] };
  periods: { label: string; endMonth: string; users: number; formsTotal: number; casesTotal: number; caseTransactionsTotal: number; attachmentGb: number }[];
  services: TServiceSizing[];
  totals: { vms: number; cores: number; ramGb: number; dataStorageGb: number; osStorageGb: number }[];
  storageByGroup: { group: string; perPeriodGb: number[] }[];
  footprint: TFootprint;
  assumptions: string[];
};

const addMonths = (isoMonth: string, n: number) => {
  const [y, m] = isoMonth.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};

const tierRank = (tiers: TCommCareSizingConstants['tiers'], tier: TCommCareTier) => tiers.findIndex((t) => t.tier === tier);

/** Month-by-month usage: users follow the growth steps; totals accumulate from the existing forms. */
export function projectUsage(input: TCommCareSizingResult['inputs'], constants: TCommCareSizingConstants): TUsage[] {
  const steps = [...input.growth].sort((a, b) => a.date.localeCompare(b.date));
  const start = input.startDate.slice(0, 7);
  const rows: TUsage[] = [];
  let forms = input.existingForms;
  let cases = 0;
  let transactions = 0;
  let changes = 0;
  for (let i = 0; i < input.horizonMonths; i++) {
    const month = addMonths(start, i);
    const step = steps.filter((s) => s.date.slice(0, 7) <= month).pop();
    const users = step ? step.users : input.users;
    const newForms = users * input.formsPerUserPerMonth;
    const newCases = users * input.casesPerUserPerMonth;
    const updates = users * input.caseUpdatesPerUserPerMonth;
    forms += newForms;
    cases += newCases;
    transactions += updates;
    changes += newForms + newCases + updates;
    rows.push({
      month,
      users,
      formplayerUsers: Math.ceil(users * constants.defaults.formplayerUserFraction.value),
      formsTotal: forms,
      casesTotal: cases,
      caseIndices: cases * 0.92,
      caseTransactionsTotal: transactions,
      kafkaChangesTotal: changes,
      attachmentBytesTotal: forms * input.attachmentKbPerForm * 1000,
    });
  }
  return rows;
}

function sizeService(service: TCommCareService, usage: TUsage, haApplies: boolean, constants: TCommCareSizingConstants): TServicePeriod {
  const load = usage[service.usage];
  let vms: number;
  let cpu: number;
  let ram: number;
  if (service.staticNodes) {
    vms = service.staticNodes;
    cpu = vms * service.coresPerNode;
    ram = vms * service.ramPerNodeGb;
  } else if (service.processes) {
    const processes = service.processes.reduce((n, p) => n + Math.ceil(load / p.usersPerProcess), 0);
    cpu = processes * (service.coresPerProcess ?? service.coresPerNode);
    ram = processes * (service.ramPerProcessGb ?? service.ramPerNodeGb);
    vms = Math.ceil(Math.max(cpu / service.coresPerNode, ram / service.ramPerNodeGb));
  } else {
    vms = Math.ceil(load / service.usersPerNode!);
    cpu = vms * service.coresPerNode;
    ram = vms * service.ramPerNodeGb;
  }
  const storageBuffer = service.storageBuffer ?? constants.storageBuffer.value;
  const dataBytes =
    service.perNodeBaselineGb !== undefined
      ? service.perNodeBaselineGb * GB * vms
      : (service.dataModels.reduce((sum, m) => sum + usage[m.field] * m.unitBytes, 0) + service.staticBaselineGb * GB) * service.redundancy;
  const dataStorage = dataBytes * (1 + storageBuffer);

  const buffer = service.estimationBuffer ?? constants.estimationBuffer.value;
  const vmBuffer = Math.ceil(vms * buffer);
  const minNodes = haApplies ? (service.haMinNodes ?? 1) : 1;
  const vmsTotal = Math.max(vms + vmBuffer, minNodes);
  return {
    vms: vmsTotal,
    vmBuffer,
    coresPerVm: service.coresPerNode,
    ramPerVmGb: service.ramPerNodeGb,
    cores: Math.ceil(cpu * (1 + buffer)),
    ramGb: Math.ceil(ram * (1 + buffer)),
    dataStorageGb: Math.round(((vms > 0 ? (dataStorage / vms) * vmsTotal : dataStorage) / GB) * 10) / 10,
    osStorageGb: vmsTotal * constants.vmOsStorageGb.value,
  };
}

function serviceReason(service: TCommCareService, constants: TCommCareSizingConstants): string {
  const compute = service.staticNodes
    ? `${service.staticNodes} VM regardless of load`
    : service.processes
      ? `one process per ${service.processes.map((p) => `${p.usersPerProcess.toLocaleString('en')} users (${p.name})`).join(', ')}; ${service.coresPerProcess} cores and ${service.ramPerProcessGb} GB RAM per process, packed into ${service.coresPerNode}-core / ${service.ramPerNodeGb} GB VMs`
      : `one ${service.coresPerNode}-core / ${service.ramPerNodeGb} GB VM per ${service.usersPerNode!.toLocaleString('en')} ${service.usage === 'formplayerUsers' ? 'Web Apps users' : 'users'}`;
  const storage =
    service.perNodeBaselineGb !== undefined
      ? `${service.perNodeBaselineGb} GB per VM (logs, code)`
      : service.dataModels.length || service.staticBaselineGb
        ? `${[...service.dataModels.map((m) => `${m.unitBytes.toLocaleString('en')} B per ${m.field}`), ...(service.staticBaselineGb ? [`${service.staticBaselineGb} GB baseline`] : [])].join(' + ')}${service.redundancy > 1 ? `, ×${service.redundancy} copies` : ''}, +${Math.round((service.storageBuffer ?? constants.storageBuffer.value) * 100)}% free space`
        : 'no data storage';
  const buffer = service.estimationBuffer ?? constants.estimationBuffer.value;
  return `Compute: ${compute}${buffer ? `, +${Math.round(buffer * 100)}% estimation buffer` : ''}${service.haMinNodes ? `; at least ${service.haMinNodes} VMs from the ${constants.haFromTier.value} tier for high availability` : ''}. Storage: ${storage}.`;
}

export function calculateCommCareSizing(parsed: TCommCareSizingParsed, constants: TCommCareSizingConstants): TCommCareSizingResult {
  const d = constants.defaults;
  const inputs: TCommCareSizingResult['inputs'] = {
    users: parsed.users,
    growth: parsed.growth,
    startDate: parsed.startDate ?? '2027-01-01',
    horizonMonths: parsed.horizonMonths ?? d.horizonMonths.value,
    existingForms: parsed.existingForms ?? 0,
    formsPerUserPerMonth: parsed.formsPerUserPerMonth ?? d.formsPerUserPerMonth.value,
    casesPerUserPerMonth: parsed.casesPerUserPerMonth ?? d.casesPerUserPerMonth.value,
    caseUpdatesPerUserPerMonth: parsed.caseUpdatesPerUserPerMonth ?? d.caseUpdatesPerUserPerMonth.value,
    attachmentKbPerForm: parsed.attachmentKbPerForm ?? d.attachmentKbPerForm.value,
  };
  const usage = projectUsage(inputs, constants);
  const peakUsers = Math.max(...usage.map((u) => u.users));
  const tier = commcareTier(peakUsers, constants);
  const haApplies = tierRank(constants.tiers, tier.tier) >= tierRank(constants.tiers, constants.haFromTier.value);

  // One period per 12 months, the last one ending with the horizon.
  const ends: number[] = [];
  for (let m = 11; m < usage.length; m += 12) ends.push(m);
  if (ends[ends.length - 1] !== usage.length - 1) ends.push(usage.length - 1);
  const snapshots = ends.map((i) => usage[i]);

  const services = constants.services.map((service) => ({
    id: service.id,
    label: service.label,
    storageGroup: service.group,
    perPeriod: snapshots.map((u) => sizeService(service, u, haApplies, constants)),
    reason: serviceReason(service, constants),
    source: service.source,
  }));
  const totals = snapshots.map((_, p) => ({
    vms: services.reduce((n, s) => n + s.perPeriod[p].vms, 0),
    cores: services.reduce((n, s) => n + s.perPeriod[p].cores, 0),
    ramGb: services.reduce((n, s) => n + s.perPeriod[p].ramGb, 0),
    dataStorageGb: Math.round(services.reduce((n, s) => n + s.perPeriod[p].dataStorageGb, 0) * 10) / 10,
    osStorageGb: services.reduce((n, s) => n + s.perPeriod[p].osStorageGb, 0),
  }));
  const groups = [...new Set(services.map((s) => s.storageGroup))];
  const storageByGroup = groups.map((group) => ({
    group,
    perPeriodGb: snapshots.map((_, p) => Math.round(services.filter((s) => s.storageGroup === group).reduce((n, s) => n + s.perPeriod[p].dataStorageGb, 0) * 10) / 10),
  }));

  const last = totals[totals.length - 1];
  const dataGb = last.dataStorageGb;
  const b = constants.backup;
  const backupStorageGb = Math.ceil(dataGb * (1 + (b.dailyCopies + b.weeklyCopies + b.monthlyCopies) * b.incrementalFraction));
  const s = constants.staging;
  const footprint: TFootprint = {
    platform: 'commcare',
    label: 'CommCare HQ',
    environments: [
      { kind: 'production', label: 'Production', uptimeFraction: 1, vms: last.vms, cores: last.cores, ramGb: last.ramGb, storageGb: Math.ceil(last.dataStorageGb + last.osStorageGb) },
      {
        kind: 'staging',
        label: 'Staging / test',
        uptimeFraction: s.uptimeFraction,
        vms: Math.max(1, Math.ceil(last.vms * s.scale)),
        cores: Math.max(2, Math.ceil(last.cores * s.scale)),
        ramGb: Math.max(4, Math.ceil(last.ramGb * s.scale)),
        storageGb: Math.ceil((last.dataStorageGb + last.osStorageGb) * s.scale),
      },
    ],
    backupStorageGb,
  };

  return {
    tier,
    inputs,
    periods: snapshots.map((u, p) => ({
      label: `Year ${p + 1}`,
      endMonth: u.month,
      users: u.users,
      formsTotal: Math.round(u.formsTotal),
      casesTotal: Math.round(u.casesTotal),
      caseTransactionsTotal: Math.round(u.caseTransactionsTotal),
      attachmentGb: Math.round((u.attachmentBytesTotal / GB) * 10) / 10,
    })),
    services,
    totals,
    storageByGroup,
    footprint,
    assumptions: [
      `Forms per user per month: ${inputs.formsPerUserPerMonth}${parsed.formsPerUserPerMonth === undefined ? ` (default — ${d.formsPerUserPerMonth.source})` : ''}.`,
      `New cases per user per month: ${inputs.casesPerUserPerMonth}${parsed.casesPerUserPerMonth === undefined ? ` (default — ${d.casesPerUserPerMonth.source})` : ''}.`,
      `Case updates per user per month: ${inputs.caseUpdatesPerUserPerMonth}${parsed.caseUpdatesPerUserPerMonth === undefined ? ` (default — ${d.caseUpdatesPerUserPerMonth.source})` : ''}.`,
      `Attachments per form: ${inputs.attachmentKbPerForm} KB${parsed.attachmentKbPerForm === undefined ? ` (default — ${d.attachmentKbPerForm.source})` : ''}.`,
      `Web Apps (formplayer) users: ${Math.round(d.formplayerUserFraction.value * 100)}% of users (${d.formplayerUserFraction.source}).`,
      `Case indices: 0.92 per case (configs/example.yml).`,
      `Estimation buffer ${Math.round(constants.estimationBuffer.value * 100)}% on cores, RAM and VMs; storage buffer ${Math.round(constants.storageBuffer.value * 100)}%; ${constants.vmOsStorageGb.value} GB of OS disk per VM (commcare-resource-model).`,
      `The resource model gives every service at least one VM of its standard size. In the ${tier.label.toLowerCase()} tier ${tier.tier === 'single-server' || tier.tier === 'micro-cluster' ? 'the services share ' + tier.servers + ', so the VM totals are an upper bound on the compute to buy; the storage figures hold' : 'the services are distributed across the VMs listed'}.`,
      `Backups: ${b.dailyCopies} daily, ${b.weeklyCopies} weekly and ${b.monthlyCopies} monthly copies kept off the primary disks (${b.source}).`,
      `Staging: ${Math.round(s.scale * 100)}% of production, running ${Math.round(s.uptimeFraction * 100)}% of the time (${s.source}).`,
    ],
  };
}
