import { z } from 'zod';

const ZSourced = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string().min(1) });

export const COMMCARE_TIERS = ['single-server', 'micro-cluster', 'small-cluster', 'large-cluster'] as const;
export type TCommCareTier = (typeof COMMCARE_TIERS)[number];

/** A usage model of the resource model's core/models.py (one row of the config's `usage:` section). */
/** The per-user rates of the sizing input that replace a parameter of one of the config's usage models. */
export const RATE_INPUTS = ['formsPerUserPerMonth', 'casesPerUserPerMonth', 'caseUpdatesPerUserPerMonth'] as const;
export type TRateInput = (typeof RATE_INPUTS)[number];
export const ZInputMapping = z.object({
  input: z.enum(RATE_INPUTS),
  usage: z.string().min(1),
  param: z.enum(['factor', 'monthlyGrowth']),
  /** The model's parameter is per unit of that input (e.g. case updates per form): parameter = input ÷ that input. */
  perInput: z.enum(RATE_INPUTS).optional(),
  source: z.string().min(1),
});

export const ZUsageModel = z.object({
  name: z.string().min(1),
  model: z.enum(['date_range_value', 'derived_factor', 'derived_sum', 'product', 'cumulative', 'cumulative_limited_lifespan', 'baseline_with_growth']),
  /** date_range_value: a fixed figure for every month; absent for `users`, which comes from the input. */
  value: z.number().min(0).optional(),
  dependantField: z.string().optional(),
  dependantFields: z.array(z.string()).optional(),
  factor: z.number().optional(),
  startWith: z.number().min(0).default(0),
  lifespan: z.number().int().positive().optional(),
  baseline: z.number().optional(),
  monthlyGrowth: z.number().optional(),
  source: z.string().min(1),
});

const ZSize = z.object({ field: z.string().min(1), unitBytes: z.number().positive() });

/** A service of the config's `services:` section (core/config.py ServiceDef, StorageDef, ProcessDef). */
export const ZCommCareService = z.object({
  id: z.string().min(1),
  /** The model's aggregation_key (VMs by type); the id when absent. */
  aggregationKey: z.string().min(1).optional(),
  label: z.string().min(1),
  usageField: z.string().default('users'),
  usageCapacityPerNode: z.number().positive().optional(),
  staticNumber: z.number().int().min(0).default(0),
  minNodes: z.number().int().min(0).default(0),
  storageScalesWithNodes: z.boolean().default(false),
  maxStoragePerNodeBytes: z.number().positive().optional(),
  minStoragePerNodeBytes: z.number().positive().optional(),
  includeHaResources: z.boolean().default(false),
  storage: z
    .object({
      group: z.string().min(1),
      redundancyFactor: z.number().positive().default(1),
      staticBaselineBytes: z.number().min(0).default(0),
      dataModels: z.array(ZSize).default([]),
      overrideStorageBuffer: z.number().min(0).optional(),
      overrideEstimationBuffer: z.number().min(0).optional(),
    })
    .optional(),
  process: z.object({
    coresPerNode: z.number().positive(),
    ramPerNodeGb: z.number().positive(),
    coresPerSubProcess: z.number().positive().optional(),
    ramPerSubProcessGb: z.number().positive().optional(),
    subProcesses: z.array(z.object({ name: z.string(), capacity: z.number().positive().optional(), staticNumber: z.number().int().positive().optional() })).default([]),
    ramModel: z.array(ZSize).default([]),
    ramRedundancyFactor: z.number().positive().default(1),
    ramStaticBaselineGb: z.number().min(0).default(0),
  }),
  source: z.string().min(1),
});

/** The reference data of content/sizing/commcare.json, each constant with its source. */
export const ZCommCareSizingConstants = z
  .object({
    source: z.string(),
    tiers: z.array(z.object({ tier: z.enum(COMMCARE_TIERS), label: z.string(), maxUsers: z.number().int().positive().nullable(), servers: z.string(), description: z.string() })).length(4),
    defaults: z.object({
      horizonMonths: ZSourced(z.number().int().positive()),
      includeExistingData: ZSourced(z.boolean()),
    }),
    /** Which parameter of which usage model each rate input replaces; its default is the config's own value. */
    inputMapping: z.array(ZInputMapping).length(RATE_INPUTS.length),
    /** The storage data model whose unit size is the attachment (form XML) size input. */
    attachment: z.object({ service: z.string().min(1), field: z.string().min(1), source: z.string().min(1) }),
    estimationBuffer: ZSourced(z.number().min(0)),
    estimationGrowthFactor: ZSourced(z.number().min(0)),
    storageBuffer: ZSourced(z.number().min(0)),
    vmOsStorageGb: ZSourced(z.number().min(0)),
    vmOsStorageGroup: ZSourced(z.string().min(1)),
    usageStart: ZSourced(z.string().regex(/^\d{4}-\d{2}$/)),
    summaryDates: ZSourced(z.array(z.string().regex(/^\d{4}-\d{2}$/))),
    usage: z.array(ZUsageModel).min(1),
    services: z.array(ZCommCareService).min(1),
    backup: z.object({ dailyCopies: z.number().int().min(0), weeklyCopies: z.number().int().min(0), monthlyCopies: z.number().int().min(0), incrementalFraction: z.number().min(0).max(1), source: z.string() }),
    staging: z.object({ uptimeFraction: z.number().min(0).max(1), scale: z.number().positive().max(1), source: z.string() }),
  })
  .superRefine((c, ctx) => {
    const names = new Set(c.usage.map((u) => u.name));
    for (const required of ['users', 'forms_total', 'cases_total', 'case_transactions_total']) if (!names.has(required)) ctx.addIssue({ code: 'custom', message: `usage model "${required}" is required` });
    const mapped: string[] = [];
    for (const m of c.inputMapping) {
      const model = c.usage.find((u) => u.name === m.usage);
      if (!model) ctx.addIssue({ code: 'custom', message: `input ${m.input}: unknown usage model ${m.usage}` });
      else if (model[m.param] === undefined) ctx.addIssue({ code: 'custom', message: `input ${m.input}: usage model ${m.usage} has no ${m.param}` });
      if (m.perInput && !mapped.includes(m.perInput)) ctx.addIssue({ code: 'custom', message: `input ${m.input}: ${m.perInput} must be mapped before it` });
      if (mapped.includes(m.input)) ctx.addIssue({ code: 'custom', message: `input ${m.input} is mapped twice` });
      mapped.push(m.input);
    }
    const blob = c.services.find((s) => s.id === c.attachment.service);
    if (!blob?.storage?.dataModels.some((m) => m.field === c.attachment.field)) ctx.addIssue({ code: 'custom', message: `attachment: service ${c.attachment.service} has no ${c.attachment.field} data model` });
    for (const u of c.usage) for (const f of [u.dependantField, ...(u.dependantFields ?? [])]) if (f && !names.has(f) && !f.endsWith('_monthly') && !f.endsWith('_baseline')) ctx.addIssue({ code: 'custom', message: `usage ${u.name}: unknown field ${f}` });
    for (const s of c.services) {
      for (const m of [...(s.storage?.dataModels ?? []), ...s.process.ramModel]) if (!names.has(m.field)) ctx.addIssue({ code: 'custom', message: `service ${s.id}: unknown field ${m.field}` });
      if (!names.has(s.usageField)) ctx.addIssue({ code: 'custom', message: `service ${s.id}: unknown usage field ${s.usageField}` });
    }
    if (new Set(c.services.map((s) => s.id)).size !== c.services.length) ctx.addIssue({ code: 'custom', message: 'service ids must be unique' });
  });
export type TCommCareSizingConstants = z.infer<typeof ZCommCareSizingConstants>;
export type TCommCareService = z.infer<typeof ZCommCareService>;
export type TUsageModel = z.infer<typeof ZUsageModel>;
export type TInputMapping = z.infer<typeof ZInputMapping>;
