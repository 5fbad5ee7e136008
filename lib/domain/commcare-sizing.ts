import type { TFootprint } from './footprint';
import type { TCommCareSizingConstants, TCommCareTier, TRateInput, TUsageModel } from './commcare-sizing-constants';
import { clean, GB, round1, serviceData, serviceReason, summarizeService, TB, type TServicePeriod } from './commcare-services';
import { projectUsage } from './commcare-usage';
import { fieldLabel, fieldName, serviceLabel, serviceName, storageGroupLabel, storageGroupName } from './commcare-labels';
import type { TCommCareSizingParsed } from '@/lib/schemas/sizing-commcare';
import { reason, type TReason } from './reason';

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


/**
 * `reason` is the English text (the JSON API's); `why` the same as a reason of sizingReasons.json, for the reader's language;
 * `name` the tier's name ("Micro Cluster", `label` in English) in the reader's language.
 */
export type TCommCareTierResult = { tier: TCommCareTier; label: string; name: TReason; servers: string; reason: string; why: TReason };

/** The tiers' names (label and servers) as reasons of sizingReasons.json. */
export const COMMCARE_TIER_REASONS: Record<TCommCareTier, TReason> = {
  'single-server': reason('commcare.tiers.singleServer'),
  'micro-cluster': reason('commcare.tiers.microCluster'),
  'small-cluster': reason('commcare.tiers.smallCluster'),
  'large-cluster': reason('commcare.tiers.largeCluster'),
};
/** The tiers' names alone ("Micro Cluster"), as reasons of sizingReasons.json. */
export const COMMCARE_TIER_LABELS: Record<TCommCareTier, TReason> = {
  'single-server': reason('commcare.tierLabels.singleServer'),
  'micro-cluster': reason('commcare.tierLabels.microCluster'),
  'small-cluster': reason('commcare.tierLabels.smallCluster'),
  'large-cluster': reason('commcare.tierLabels.largeCluster'),
};

export function commcareTier(users: number, constants: Pick<TCommCareSizingConstants, 'tiers'>): TCommCareTierResult {
  const row = constants.tiers.find((t) => t.maxUsers === null || users <= t.maxUsers)!;
  const bounds = constants.tiers.map((t) => t.maxUsers).filter((m): m is number => m !== null);
  const previous = constants.tiers[constants.tiers.indexOf(row) - 1];
  const english =
    row.maxUsers === null
      ? `${users.toLocaleString('en')} users is ${(bounds[bounds.length - 1] + 1).toLocaleString('en')} or more: ${row.label} (${row.servers}). The guide lists the large cluster for more than 15,000 users; exactly 15,000 is treated as large because the small cluster is for fewer than 15,000.`
      : `${users.toLocaleString('en')} users is ${previous ? `at least ${((previous.maxUsers ?? 0) + 1).toLocaleString('en')} and ` : ''}below ${(row.maxUsers + 1).toLocaleString('en')}: ${row.label} (${row.servers}).`;
  const name = COMMCARE_TIER_REASONS[row.tier];
  const why =
    row.maxUsers === null
      ? reason('commcare.tierLarge', { users, min: bounds[bounds.length - 1] + 1, tier: name })
      : previous
        ? reason('commcare.tierBetween', { users, min: (previous.maxUsers ?? 0) + 1, max: row.maxUsers + 1, tier: name })
        : reason('commcare.tierFirst', { users, max: row.maxUsers + 1, tier: name });
  return { tier: row.tier, label: row.label, name: COMMCARE_TIER_LABELS[row.tier], servers: row.servers, reason: english, why };
}

/** Where a figure comes from, for people: a title, the section, a link. */
export type TCitation = { title: string; section?: string; url?: string };
/**
 * `id` is the configuration's service name (for the API); people read `name` (`label` in English),
 * `reason` (a reason of sizingReasons.json: how the service is sized), `note` (the configuration's
 * own comment on the service, quoted as it is written) and `citation`.
 */
export type TServiceSizing = {
  id: string;
  label: string;
  name: TReason;
  /** The VM type (the model's aggregation key) in words: `typeName` in the reader's language. */
  typeLabel: string;
  typeName: TReason;
  storageGroup: string;
  storageGroupLabel: string;
  /** The storage group's name; null when the service stores nothing. */
  storageGroupName: TReason | null;
  perPeriod: TServicePeriod[];
  reason: TReason;
  note?: string;
  citation: TCitation;
};

export type TCommCareSizingResult = {
  tier: TCommCareTierResult;
  inputs: Required<Omit<TCommCareSizingParsed, 'growth'>> & { growth: TCommCareSizingParsed['growth'] };
  periods: { label: string; endMonth: string; monthIndex: number; users: number; formsTotal: number; casesTotal: number; caseTransactionsTotal: number; attachmentGb: number }[];
  services: TServiceSizing[];
  totals: { vms: number; cores: number; ramGb: number; dataStorageGb: number; osStorageGb: number; dataStorageTb: number; osStorageTb: number; storageTb: number }[];
  storageByGroup: { group: string; label: string; name: TReason; perPeriodGb: number[]; perPeriodTb: number[] }[];
  footprint: TFootprint;
  /** In English (the JSON API's); `assumptionReasons` the same as reasons of sizingReasons.json, for the reader's language. */
  assumptions: string[];
  assumptionReasons: TReason[];
};

const addMonths = (isoMonth: string, n: number) => {
  const [y, m] = isoMonth.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
};
const monthsBetween = (from: string, to: string) => {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1);
};
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
    name: serviceName(s.id),
    typeLabel: serviceLabel(s.aggregationKey ?? s.id),
    typeName: serviceName(s.aggregationKey ?? s.id),
    storageGroup: s.storage?.group || 'none',
    storageGroupLabel: s.storage?.group ? storageGroupLabel(s.storage.group) : 'none',
    storageGroupName: s.storage?.group ? storageGroupName(s.storage.group) : null,
    perPeriod: summary.map((i) => monthly[k][i]),
    reason: serviceReason(s),
    ...(s.source !== 'the configuration' ? { note: s.source } : {}),
    citation: { title: constants.source, section: `Service “${s.label}”` },
  }));
  const osGroup = constants.vmOsStorageGroup.value;
  const groups = [...new Set(serviceResults.map((s) => s.storageGroup).filter((gname) => gname !== 'none'))];
  const storageByGroup = groups.map((group) => {
    const members = serviceResults.filter((s) => s.storageGroup === group);
    return {
      group,
      label: storageGroupLabel(group),
      name: storageGroupName(group),
      perPeriodGb: summary.map((_, p) => round1(members.reduce((sum, s) => sum + s.perPeriod[p].dataStorageGb, 0))),
      perPeriodTb: summary.map((_, p) => clean(members.reduce((sum, s) => sum + s.perPeriod[p].dataStorageTb, 0))),
    };
  });
  const osBytes = summary.map((_, p) => serviceResults.reduce((sum, s) => sum + s.perPeriod[p].vms, 0) * constants.vmOsStorageGb.value * GB);
  const osRow = { group: osGroup, label: storageGroupLabel(osGroup), name: storageGroupName(osGroup), perPeriodGb: osBytes.map((b) => b / GB), perPeriodTb: osBytes.map((b) => Math.ceil(b / TB)) };
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
  const rateReason = (input: TRateInput, what: TReason) => {
    const m = mapping(input);
    return reason('commcare.rate', {
      what,
      value: inputs[input],
      per: m.perInput ? reason('commcare.ratePerForm', { param: params[m.usage][m.param]! }) : '',
      default: parsed[input] === undefined ? reason('commcare.defaultFrom', { source: m.source }) : '',
    });
  };
  const mappedModels = new Set([...constants.inputMapping.map((m) => m.usage), 'users', att.field]);
  const otherModels = constants.usage.filter((m) => !mappedModels.has(m.name)).map((m) => fieldLabel(m.name));
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
      `Storage: data models × unit size + baseline, × redundancy, + ${pct(constants.storageBuffer.value)} storage buffer (services with data models only); services whose data lives on every VM multiply it by the VMs and add the estimation buffer; storage-heavy services get extra VMs. TB figures are rounded up as the resource model reports them (to about 1%); OS disks: ${constants.vmOsStorageGb.value} GB per VM, reported as ${storageGroupLabel(osGroup).toLowerCase()}.`,
      `The resource model sizes a distributed cluster; in the ${tier.label.toLowerCase()} tier (${tier.servers}) ${tier.tier === 'single-server' || tier.tier === 'micro-cluster' ? 'the services share the servers, so the VM totals are an upper bound on the compute to buy; the storage figures hold' : 'the services are distributed across the VMs listed'}.`,
      `Backups: ${b.dailyCopies} daily, ${b.weeklyCopies} weekly and ${b.monthlyCopies} monthly copies kept off the primary disks (${b.source}).`,
      `Staging: ${Math.round(s.scale * 100)}% of production, running ${Math.round(s.uptimeFraction * 100)}% of the time (${s.source}).`,
    ],
    assumptionReasons: [
      reason('commcare.assumptions.method', { source: constants.source }),
      rateReason('formsPerUserPerMonth', reason('commcare.rates.forms')),
      rateReason('casesPerUserPerMonth', reason('commcare.rates.cases')),
      rateReason('caseUpdatesPerUserPerMonth', reason('commcare.rates.caseUpdates')),
      reason('commcare.assumptions.attachments', { kb: inputs.attachmentKbPerForm, default: parsed.attachmentKbPerForm === undefined ? reason('commcare.defaultFrom', { source: att.source }) : '' }),
      reason('commcare.assumptions.otherUsage', { fields: constants.usage.filter((m) => !mappedModels.has(m.name)).map((m) => fieldName(m.name)) }),
      d.includeExistingData.value
        ? reason('commcare.assumptions.existingData', { forms: inputs.existingForms })
        : reason('commcare.assumptions.existingDataLeftOut', { forms: inputs.existingForms, source: d.includeExistingData.source }),
      reason('commcare.assumptions.months', {
        months: n,
        start,
        default: parsed.horizonMonths === undefined ? reason('commcare.defaultFrom', { source: d.horizonMonths.source }) : '',
        dates: constants.summaryDates.value,
      }),
      reason('commcare.assumptions.buffer', { buffer: eb, growth: g, final: buffers[n - 1] }),
      reason('commcare.assumptions.storage', { buffer: constants.storageBuffer.value, osGb: constants.vmOsStorageGb.value, osGroup: storageGroupName(osGroup) }),
      reason(tier.tier === 'single-server' || tier.tier === 'micro-cluster' ? 'commcare.assumptions.sharedServers' : 'commcare.assumptions.distributed', { tier: COMMCARE_TIER_REASONS[tier.tier] }),
      reason('commcare.assumptions.backups', { daily: b.dailyCopies, weekly: b.weeklyCopies, monthly: b.monthlyCopies, source: b.source }),
      reason('commcare.assumptions.staging', { scale: s.scale, uptime: s.uptimeFraction, source: s.source }),
    ],
  };
}
