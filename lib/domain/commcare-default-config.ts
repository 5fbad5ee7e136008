import { z } from 'zod';
import { COMMCARE_TIERS, RATE_INPUTS, ZCommCareSizingConstants, ZInputMapping, type TCommCareSizingConstants } from './commcare-sizing-constants';
import { parseResourceModelConfig, configErrorText, type TResourceModelConfig } from './resource-model-config';

/**
 * The CommCare sizing's reference data: a commcare-resource-model configuration (YAML text, with
 * its comments) and the calculator's own settings around it (tiers, which usage parameters the
 * calculator's rates replace, backups, staging). The built-in default (content/sizing/commcare.json,
 * the model's bka-test example) and a configuration a consultant uploads take this same path.
 */
const ZPlain = <T extends z.ZodType>(value: T) => z.object({ value, reason: z.string().min(1) });
export const ZCommCareCalculatorSettings = z.object({
  /** The model and the configuration the figures come from, as a citation. */
  citation: z.object({ title: z.string().min(1), section: z.string().optional(), url: z.url().optional() }),
  tiers: z.array(z.object({ tier: z.enum(COMMCARE_TIERS), label: z.string(), maxUsers: z.number().int().positive().nullable(), servers: z.string(), description: z.string() })).length(4),
  defaults: z.object({ horizonMonths: ZPlain(z.number().int().positive()), includeExistingData: ZPlain(z.boolean()) }),
  inputMapping: z.array(ZInputMapping.omit({ source: true }).extend({ reason: z.string().min(1) })).length(RATE_INPUTS.length),
  attachment: z.object({ service: z.string().min(1), field: z.string().min(1), reason: z.string().min(1) }),
  backup: z.object({ dailyCopies: z.number().int().min(0), weeklyCopies: z.number().int().min(0), monthlyCopies: z.number().int().min(0), incrementalFraction: z.number().min(0).max(1), reason: z.string() }),
  staging: z.object({ uptimeFraction: z.number().min(0).max(1), scale: z.number().positive().max(1), reason: z.string() }),
});
export type TCommCareCalculatorSettings = z.infer<typeof ZCommCareCalculatorSettings>;
export const ZCommCareReference = ZCommCareCalculatorSettings.extend({ resourceModelConfig: z.string().min(1) });

const orConfig = (comment: string | undefined, fallback: string) => comment ?? fallback;

/** The engine's constants from a parsed configuration and the calculator's settings. */
export function commcareConstantsFromConfig(config: TResourceModelConfig, s: TCommCareCalculatorSettings): TCommCareSizingConstants {
  const c = config.comments;
  const users = config.usage.find((u) => u.name === 'users');
  const firstMonth = users?.ranges?.[0]?.from ?? config.usage.find((u) => u.ranges)!.ranges![0].from;
  return ZCommCareSizingConstants.parse({
    source: s.citation.title,
    tiers: s.tiers,
    defaults: { horizonMonths: { value: s.defaults.horizonMonths.value, source: s.defaults.horizonMonths.reason }, includeExistingData: { value: s.defaults.includeExistingData.value, source: s.defaults.includeExistingData.reason } },
    inputMapping: s.inputMapping.map(({ reason, ...m }) => ({ ...m, source: reason })),
    attachment: { service: s.attachment.service, field: s.attachment.field, source: s.attachment.reason },
    estimationBuffer: { value: config.estimationBuffer, source: orConfig(c.estimation_buffer, 'the configuration’s estimation buffer') },
    estimationGrowthFactor: { value: config.estimationGrowthFactor, source: orConfig(c.estimation_growth_factor, 'the configuration’s monthly growth of the estimation buffer') },
    storageBuffer: { value: config.storageBuffer, source: orConfig(c.storage_buffer, 'the configuration’s storage buffer') },
    vmOsStorageGb: { value: config.vmOsStorageGb, source: orConfig(c.vm_os_storage_gb, 'the configuration’s operating-system disk per VM') },
    vmOsStorageGroup: { value: config.vmOsStorageGroup, source: 'the configuration’s storage group for operating-system disks' },
    usageStart: { value: firstMonth, source: 'the first month of the configuration' },
    summaryDates: { value: config.summaryDates, source: 'the configuration’s summary dates' },
    // The calculator's users input and growth steps replace the users' date ranges; any other
    // date-range field keeps the figure of its first range.
    usage: config.usage.map(({ ranges, ...m }) => (m.name === 'users' || !ranges ? m : { ...m, value: ranges[0].value })),
    services: config.services,
    backup: { ...s.backup, source: s.backup.reason },
    staging: { ...s.staging, source: s.staging.reason },
  });
}

/** Parses the reference (default or uploaded): the configuration's errors as sentences, or the constants. */
export function commcareConstantsFromReference(raw: unknown): TCommCareSizingConstants {
  const ref = ZCommCareReference.parse(raw);
  const parsed = parseResourceModelConfig(ref.resourceModelConfig);
  if (!parsed.ok) throw new Error(`The CommCare sizing configuration cannot be used: ${parsed.errors.map(configErrorText).join('; ')}`);
  return commcareConstantsFromConfig(parsed.config, ref);
}
