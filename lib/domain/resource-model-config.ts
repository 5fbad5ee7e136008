import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { TCommCareService, TUsageModel } from './commcare-sizing-constants';
import { serviceLabel } from './commcare-labels';

/**
 * The configuration format of Dimagi's commcare-resource-model (core/config.py ClusterConfig,
 * UsageModelDef, ServiceDef, StorageDef, ProcessDef; core/models.py for the usage model slugs),
 * parsed from its YAML text into the engine's own structures. Every option the model's example
 * configurations use is read; anything else is refused by name with its YAML path and line,
 * never ignored. Scenario sets (`sets`, `{placeholder}` values) are refused: run each set as its
 * own configuration.
 */

/** Limits that keep one request cheap: text size, aliases (YAML bombs), months, services, usage fields. */
export const RESOURCE_MODEL_LIMITS = { maxBytes: 256 * 1024, maxAliases: 50, maxMonths: 240, maxServices: 80, maxUsageFields: 300 } as const;

export const USAGE_MODEL_SLUGS = ['date_range_value', 'derived_factor', 'derived_sum', 'product', 'cumulative', 'cumulative_limited_lifespan', 'baseline_with_growth'] as const;
export type TUsageModelSlug = (typeof USAGE_MODEL_SLUGS)[number];
const DISPLAY_UNITS = { KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 } as const;
export type TDisplayUnit = keyof typeof DISPLAY_UNITS;

export type TConfigError = { path: string; line: number | null; message: string };
export type TMonthRange = { from: string; to: string; value: number };
export type TResourceModelConfig = {
  estimationBuffer: number;
  estimationGrowthFactor: number;
  storageBuffer: number;
  storageDisplayUnit: TDisplayUnit;
  summaryDates: string[];
  vmOsStorageGb: number;
  vmOsStorageGroup: string;
  /** Usage models in the order of the file; date_range_value models carry their month ranges. */
  usage: (TUsageModel & { ranges?: TMonthRange[] })[];
  services: (TCommCareService & { aggregationKey: string; minStoragePerNodeBytes?: number })[];
  /** The comment written beside or above each key, by YAML path (e.g. `usage.case_transactions.factor`). */
  comments: Record<string, string>;
};

const num = z.number({ error: 'must be a number' }).finite();
const nonNeg = num.min(0, 'must be 0 or more');
const posInt = z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be more than 0');
const field = z.string({ error: 'must be the name of a usage field' }).min(1);
const startWith = nonNeg.optional();
/** A size as the model writes it: bytes (1200) or a number with a unit (50KB, 200MB, 100GB). */
const size = z.union([z.number().int().min(0), z.string().regex(/^\d+\s*[KMGT]B$/, 'must be a size in bytes or like 50KB, 200MB, 100GB')], { error: 'must be a size in bytes or like 50KB, 200MB, 100GB' }).transform((v) => {
  if (typeof v === 'number') return v;
  const m = /^(\d+)\s*([KMGT]B)$/.exec(v)!;
  return Number(m[1]) * DISPLAY_UNITS[m[2] as TDisplayUnit];
});
/** A date of a range: 'YYYYMMDD' (as in the examples) or 'YYYY-MM-DD', on the first of a month. */
const rangeDate = z
  .union([z.string(), z.number().int()], { error: "must be a date like '20240701'" })
  .transform((v, ctx) => {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(String(v));
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
      ctx.addIssue({ code: 'custom', message: `'${v}' is not a date like '20240701'` });
      return z.NEVER;
    }
    if (m[3] !== '01') {
      ctx.addIssue({ code: 'custom', message: `'${v}' is not the first of a month (the model counts whole months)` });
      return z.NEVER;
    }
    return `${m[1]}-${m[2]}`;
  });
const rangeValue = z.union([num.min(0, 'must be 0 or more'), z.string()], { error: 'must be a number' }).superRefine((v, ctx) => {
  if (typeof v === 'string')
    ctx.addIssue({ code: 'custom', message: /\{\w*\}/.test(v) ? `'${v}' is a set placeholder; sets are not supported, write the figure itself` : `'${v}' must be a number` });
});
const RANGE_SHAPE = "must be [start, value] or [start, end, value], e.g. ['20240701', '20240801', 1000]";
const RANGE_SCHEMAS = { 2: z.tuple([rangeDate, rangeValue]), 3: z.tuple([rangeDate, rangeDate, rangeValue]) } as const;
/** A range by its length, so that a wrong date or value is reported by its own position and message. */
const range = z.array(z.unknown(), { error: RANGE_SHAPE }).transform((a, ctx) => {
  const schema = a.length === 2 || a.length === 3 ? RANGE_SCHEMAS[a.length] : null;
  const r = schema?.safeParse(a);
  if (!r) ctx.addIssue({ code: 'custom', message: RANGE_SHAPE });
  else if (!r.success) for (const i of r.error.issues) ctx.addIssue({ code: 'custom', message: i.message, path: i.path });
  return r?.success ? (r.data as [string, number] | [string, string, number]) : z.NEVER;
});
const factor = z.union([num, z.string()], { error: 'must be a number' }).superRefine((v, ctx) => {
  if (typeof v === 'string') ctx.addIssue({ code: 'custom', message: /\{\w*\}/.test(v) ? `'${v}' is a set placeholder; sets are not supported, write the figure itself` : `'${v}' must be a number` });
});

const USAGE_SCHEMAS = {
  date_range_value: z.strictObject({ model: z.literal('date_range_value'), ranges: z.array(range, { error: 'must be a list of date ranges' }).min(1, 'needs at least one range') }),
  derived_factor: z.strictObject({ model: z.literal('derived_factor'), dependant_field: field, factor, start_with: startWith }),
  derived_sum: z.strictObject({ model: z.literal('derived_sum'), dependant_fields: z.array(field).min(1, 'needs at least one field'), start_with: startWith }),
  product: z.strictObject({ model: z.literal('product'), dependant_fields: z.array(field).min(1, 'needs at least one field'), start_with: startWith }),
  cumulative: z.strictObject({ model: z.literal('cumulative'), dependant_field: field, start_with: startWith }),
  cumulative_limited_lifespan: z.strictObject({ model: z.literal('cumulative_limited_lifespan'), dependant_field: field, lifespan: posInt, start_with: startWith }),
  baseline_with_growth: z.strictObject({ model: z.literal('baseline_with_growth'), dependant_field: field, baseline: num, monthly_growth: num, start_with: startWith }),
} satisfies Record<TUsageModelSlug, z.ZodType>;

const ZSizeDef = z.strictObject({ referenced_field: field, unit_size: size });
const ZService = z.strictObject({
  aggregation_key: z.string().min(1).optional(),
  static_number: z.number().int().min(0).default(0),
  usage_capacity_per_node: num.positive('must be more than 0').optional(),
  usage_field: field.default('users'),
  storage_scales_with_nodes: z.boolean().default(false),
  min_storage_per_node: size.optional(),
  max_storage_per_node: size.optional(),
  min_nodes: z.number().int().min(0).default(0),
  include_ha_resources: z.boolean().default(false),
  storage: z
    .strictObject({
      group: z.string().min(1).optional(),
      redundancy_factor: posInt.default(1),
      static_baseline: size.default(0),
      data_models: z.array(ZSizeDef).default([]),
      override_storage_buffer: nonNeg.optional(),
      override_estimation_buffer: nonNeg.optional(),
    })
    .optional(),
  process: z.strictObject({
    cores_per_node: posInt,
    ram_per_node: posInt,
    ram_static_baseline: nonNeg.default(0),
    ram_model: z.array(ZSizeDef).default([]),
    ram_redundancy_factor: posInt.default(1),
    cores_per_sub_process: num.positive().optional(),
    ram_per_sub_process: num.positive().optional(),
    sub_processes: z
      .array(z.strictObject({ name: z.string().min(1), static_number: posInt.optional(), capacity: num.positive('must be more than 0').optional() }))
      .default([]),
  }).optional(),
});
const month = z.string({ error: "must be a month like '2024-08'" }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month like '2024-08'");
const ZTop = z.strictObject({
  estimation_buffer: nonNeg,
  estimation_growth_factor: nonNeg.default(0),
  storage_buffer: nonNeg,
  storage_display_unit: z.enum(['KB', 'MB', 'GB', 'TB'], { error: 'must be one of KB, MB, GB, TB' }).default('GB'),
  summary_dates: z.array(month).nullish(),
  vm_os_storage_gb: z.number().int().min(0),
  vm_os_storage_group: z.string().min(1),
  usage: z.record(z.string(), z.unknown()),
  services: z.record(z.string(), z.unknown()),
});

const fmtPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Line (1-based) of the deepest node of `path` that exists in the document. */
function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n) as unknown[], true) as YamlNode | undefined);
    if (node && typeof node === 'object' && 'range' in node && node.range) return lc.linePos(node.range[0]).line;
  }
  return null;
}

/** Comments beside or above every key, by YAML path. */
function collectComments(node: unknown, prefix: string[], out: Record<string, string>) {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const path = [...prefix, key];
      const texts = [
        isScalar(pair.key) ? pair.key.commentBefore : undefined,
        pair.value && typeof pair.value === 'object' && 'comment' in pair.value ? (pair.value as { comment?: string | null }).comment : undefined,
      ]
        .filter((t): t is string => !!t)
        .map((t) => t.trim())
        .filter((t) => t && !/^[-\s'"\w]*:\s/.test(t) && !/^-\s*\[/.test(t));
      if (texts.length) out[path.join('.')] = texts.join(' ');
      collectComments(pair.value, path, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectComments(item, [...prefix, String(i)], out));
  }
}

const SIZE_LIMIT = `The configuration is larger than ${RESOURCE_MODEL_LIMITS.maxBytes / 1024} KB`;

export type TParseResult = { ok: true; config: TResourceModelConfig } | { ok: false; errors: TConfigError[] };

/** Months from `from` to `to` inclusive ('YYYY-MM'). */
export function monthSpan(from: string, to: string): string[] {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  const n = (y2 - y1) * 12 + (m2 - m1);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => new Date(Date.UTC(y1, m1 - 1 + i, 1)).toISOString().slice(0, 7));
}

export function parseResourceModelConfig(text: string): TParseResult {
  if (new TextEncoder().encode(text).length > RESOURCE_MODEL_LIMITS.maxBytes) return { ok: false, errors: [{ path: '', line: null, message: `${SIZE_LIMIT}.` }] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  if (doc.errors.length)
    return { ok: false, errors: doc.errors.slice(0, 10).map((e) => ({ path: '', line: lc.linePos(e.pos[0]).line, message: e.message.split('\n')[0] })) };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: RESOURCE_MODEL_LIMITS.maxAliases });
  } catch (e) {
    return { ok: false, errors: [{ path: '', line: null, message: `The configuration uses too many aliases (${e instanceof Error ? e.message : 'refused'}).` }] };
  }
  const errors: TConfigError[] = [];
  const fail = (path: readonly PropertyKey[], message: string) => errors.push({ path: fmtPath(path), line: lineOf(doc, lc, path), message });
  const zodFail = (prefix: readonly PropertyKey[], issues: z.core.$ZodIssue[]) => {
    for (const i of issues) {
      if (i.code === 'unrecognized_keys') for (const k of i.keys) fail([...prefix, ...i.path, k], `'${k}' is not an option the model knows`);
      else fail([...prefix, ...i.path], 'input' in i && i.input === undefined ? 'is required' : i.message);
    }
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [{ path: '', line: 1, message: 'The configuration must be a YAML mapping of settings.' }] };
  const rawTop = raw as Record<string, unknown>;
  for (const k of ['sets', 'sets_summary_date']) if (k in rawTop) fail([k], `'${k}' (scenario sets) is not supported: run each set as its own configuration`);
  const top = ZTop.safeParse(Object.fromEntries(Object.entries(rawTop).filter(([k]) => k !== 'sets' && k !== 'sets_summary_date')), { reportInput: true });
  if (!top.success) {
    zodFail([], top.error.issues);
    return { ok: false, errors };
  }
  const t = top.data;
  const comments: Record<string, string> = {};
  collectComments(doc.contents, [], comments);

  // Usage models.
  const usageEntries = Object.entries(t.usage);
  if (usageEntries.length > RESOURCE_MODEL_LIMITS.maxUsageFields) fail(['usage'], `has ${usageEntries.length} fields; at most ${RESOURCE_MODEL_LIMITS.maxUsageFields} are accepted`);
  if (!('users' in t.usage)) fail(['usage'], "needs a 'users' field (every service's load and the report's user count come from it)");
  const usage: TResourceModelConfig['usage'] = [];
  for (const [name, def] of usageEntries) {
    const slug = def && typeof def === 'object' ? (def as { model?: unknown }).model : undefined;
    if (slug === undefined) {
      fail(['usage', name, 'model'], `is required (one of ${USAGE_MODEL_SLUGS.join(', ')})`);
      continue;
    }
    if (!(USAGE_MODEL_SLUGS as readonly unknown[]).includes(slug)) {
      fail(['usage', name, 'model'], `'${String(slug)}' is not a usage model (one of ${USAGE_MODEL_SLUGS.join(', ')})`);
      continue;
    }
    const parsed = USAGE_SCHEMAS[slug as TUsageModelSlug].safeParse(def, { reportInput: true });
    if (!parsed.success) {
      zodFail(['usage', name], parsed.error.issues);
      continue;
    }
    const d = parsed.data as Record<string, unknown> & { model: TUsageModelSlug };
    const source = comments[`usage.${name}`] ?? comments[`usage.${name}.factor`] ?? 'the configuration';
    const m: TResourceModelConfig['usage'][number] = { name, model: d.model, startWith: (d.start_with as number | undefined) ?? 0, source };
    if (d.model === 'date_range_value') {
      const ranges = (d.ranges as [string, number][] | [string, string, number][]).map((r) => (r.length === 2 ? { from: r[0], to: r[0], value: r[1] } : { from: r[0], to: r[1], value: r[2] }));
      ranges.forEach((r, i) => {
        if (r.to < r.from) fail(['usage', name, 'ranges', i], `ends (${r.to}) before it starts (${r.from})`);
        else if (i > 0 && r.from <= ranges[i - 1].to) fail(['usage', name, 'ranges', i], `starts (${r.from}) before the previous range ends (${ranges[i - 1].to}); ranges must be in date order`);
      });
      m.ranges = ranges;
    }
    if ('dependant_field' in d) m.dependantField = d.dependant_field as string;
    if ('dependant_fields' in d) m.dependantFields = d.dependant_fields as string[];
    if (d.model === 'derived_factor') m.factor = d.factor as number;
    if (d.model === 'cumulative_limited_lifespan') m.lifespan = d.lifespan as number;
    if (d.model === 'baseline_with_growth') {
      m.baseline = d.baseline as number;
      m.monthlyGrowth = d.monthly_growth as number;
    }
    usage.push(m);
  }
  // Fields the models produce (baseline_with_growth also gives <name>_baseline and <name>_monthly), references and cycles.
  // (Every named field counts, even one refused above, so that one mistake is reported once.)
  const produced = new Map<string, string>();
  for (const [name, def] of usageEntries) {
    produced.set(name, name);
    if (def && typeof def === 'object' && (def as { model?: unknown }).model === 'baseline_with_growth') for (const suffix of ['_baseline', '_monthly']) produced.set(name + suffix, name);
  }
  const depsOf = (m: TUsageModel) => [...(m.dependantField ? [m.dependantField] : []), ...(m.dependantFields ?? [])];
  for (const m of usage) {
    if (m.dependantField && !produced.has(m.dependantField)) fail(['usage', m.name, 'dependant_field'], `'${m.dependantField}' is not a usage field`);
    (m.dependantFields ?? []).forEach((f, i) => {
      if (!produced.has(f)) fail(['usage', m.name, 'dependant_fields', i], `'${f}' is not a usage field`);
    });
  }
  if (!errors.length) {
    const done = new Set<string>();
    let pending = [...usage];
    while (pending.length) {
      const ready = pending.filter((m) => depsOf(m).every((f) => done.has(produced.get(f)!)));
      if (!ready.length) {
        const names = pending.map((m) => m.name);
        fail(['usage', names[0]], `${names.join(', ')} depend on each other in a cycle; no order can compute them`);
        break;
      }
      for (const m of ready) done.add(m.name);
      pending = pending.filter((m) => !ready.includes(m));
    }
  }
  // Months: the union of the date ranges.
  const months = [...new Set(usage.flatMap((m) => (m.ranges ?? []).flatMap((r) => monthSpan(r.from, r.to))))].sort();
  if (!months.length && usage.length) fail(['usage'], "needs a date_range_value field (such as 'users') whose ranges give the months");
  if (months.length > RESOURCE_MODEL_LIMITS.maxMonths) fail(['usage'], `covers ${months.length} months; at most ${RESOURCE_MODEL_LIMITS.maxMonths} are accepted`);
  const summaryDates = [...(t.summary_dates ?? [])].sort();
  (t.summary_dates ?? []).forEach((d, i) => {
    if (months.length && !months.includes(d)) fail(['summary_dates', i], `${d} is not one of the configuration's months (${months[0]} to ${months[months.length - 1]})`);
  });

  // Services.
  const serviceEntries = Object.entries(t.services);
  if (!serviceEntries.length) fail(['services'], 'needs at least one service');
  if (serviceEntries.length > RESOURCE_MODEL_LIMITS.maxServices) fail(['services'], `has ${serviceEntries.length} services; at most ${RESOURCE_MODEL_LIMITS.maxServices} are accepted`);
  const services: TResourceModelConfig['services'] = [];
  for (const [id, def] of serviceEntries) {
    const parsed = ZService.safeParse(def, { reportInput: true });
    if (!parsed.success) {
      zodFail(['services', id], parsed.error.issues);
      continue;
    }
    const s = parsed.data;
    const at = (...p: PropertyKey[]) => ['services', id, ...p];
    const needField = (f: string, path: PropertyKey[]) => {
      if (!produced.has(f)) fail(path, `'${f}' is not a usage field`);
    };
    needField(s.usage_field, at('usage_field'));
    s.storage?.data_models.forEach((m, i) => needField(m.referenced_field, at('storage', 'data_models', i, 'referenced_field')));
    s.process?.ram_model.forEach((m, i) => needField(m.referenced_field, at('process', 'ram_model', i, 'referenced_field')));
    const hasCompute = !!(s.static_number || s.usage_capacity_per_node || s.process?.sub_processes.length);
    if (!s.process && hasCompute) fail(at('process'), 'is required for a service with VMs (cores_per_node and ram_per_node)');
    // A storage-only service (object storage) has no process: no VMs, no cores, no RAM.
    const p = s.process ?? { cores_per_node: 0, ram_per_node: 0, ram_static_baseline: 0, ram_model: [], ram_redundancy_factor: 1, cores_per_sub_process: undefined, ram_per_sub_process: undefined, sub_processes: [] };
    if (p.sub_processes.length) {
      if (!p.cores_per_sub_process) fail(at('process', 'cores_per_sub_process'), 'is required when sub_processes are listed');
      if (!p.ram_per_sub_process) fail(at('process', 'ram_per_sub_process'), 'is required when sub_processes are listed');
      p.sub_processes.forEach((sp, i) => {
        if (!sp.static_number === !sp.capacity) fail(at('process', 'sub_processes', i), 'needs one of static_number and capacity');
      });
    }
    if (p.ram_model.length && p.ram_per_node <= p.ram_static_baseline) fail(at('process', 'ram_static_baseline'), 'must be less than ram_per_node');
    services.push({
      id,
      label: serviceLabel(id),
      aggregationKey: s.aggregation_key ?? id,
      usageField: s.usage_field,
      usageCapacityPerNode: s.usage_capacity_per_node,
      staticNumber: s.static_number,
      minNodes: s.min_nodes,
      storageScalesWithNodes: s.storage_scales_with_nodes,
      maxStoragePerNodeBytes: s.max_storage_per_node || undefined,
      minStoragePerNodeBytes: s.min_storage_per_node || undefined,
      includeHaResources: s.include_ha_resources,
      storage: s.storage && {
        group: s.storage.group ?? '',
        redundancyFactor: s.storage.redundancy_factor,
        staticBaselineBytes: s.storage.static_baseline,
        dataModels: s.storage.data_models.map((m) => ({ field: m.referenced_field, unitBytes: m.unit_size })),
        overrideStorageBuffer: s.storage.override_storage_buffer,
        overrideEstimationBuffer: s.storage.override_estimation_buffer,
      },
      process: {
        coresPerNode: p.cores_per_node,
        ramPerNodeGb: p.ram_per_node,
        coresPerSubProcess: p.cores_per_sub_process,
        ramPerSubProcessGb: p.ram_per_sub_process,
        subProcesses: p.sub_processes.map((sp) => ({ name: sp.name, capacity: sp.capacity, staticNumber: sp.static_number })),
        ramModel: p.ram_model.map((m) => ({ field: m.referenced_field, unitBytes: m.unit_size })),
        ramRedundancyFactor: p.ram_redundancy_factor,
        ramStaticBaselineGb: p.ram_static_baseline,
      },
      // The configuration's own comments on the service and its settings: the reason of its figures.
      source: Object.entries(comments).filter(([k]) => k === `services.${id}` || k.startsWith(`services.${id}.`)).map(([, v]) => v).join('; ') || 'the configuration',
    });
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    config: {
      estimationBuffer: t.estimation_buffer,
      estimationGrowthFactor: t.estimation_growth_factor,
      storageBuffer: t.storage_buffer,
      storageDisplayUnit: t.storage_display_unit,
      summaryDates,
      vmOsStorageGb: t.vm_os_storage_gb,
      vmOsStorageGroup: t.vm_os_storage_group,
      usage,
      services,
      comments,
    },
  };
}

export const displayUnitBytes = (u: TDisplayUnit) => DISPLAY_UNITS[u];

/** Errors as one plain sentence each: "usage.forms_monthly.dependant_field (line 22): 'formz' is not a usage field". */
export const configErrorText = (e: TConfigError) => `${e.path || 'The configuration'}${e.line ? ` (line ${e.line})` : ''}: ${e.message}`;

/** Line (1-based) of a YAML path in a configuration's text, or of its nearest existing parent. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | null {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, schema: 'core' });
  return lineOf(doc, lc, path);
}
