import { z } from 'zod';

const ZSourced = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string().min(1) });

export const COMMCARE_TIERS = ['single-server', 'micro-cluster', 'small-cluster', 'large-cluster'] as const;
export type TCommCareTier = (typeof COMMCARE_TIERS)[number];

const ZDataModel = z.object({ field: z.enum(['users', 'formsTotal', 'casesTotal', 'caseIndices', 'caseTransactionsTotal', 'kafkaChangesTotal', 'attachmentBytesTotal']), unitBytes: z.number().positive() });

export const ZCommCareService = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  usage: z.enum(['users', 'formplayerUsers']).default('users'),
  usersPerNode: z.number().positive().optional(),
  staticNodes: z.number().int().positive().optional(),
  processes: z.array(z.object({ name: z.string(), usersPerProcess: z.number().positive() })).optional(),
  coresPerProcess: z.number().positive().optional(),
  ramPerProcessGb: z.number().positive().optional(),
  haMinNodes: z.number().int().positive().optional(),
  coresPerNode: z.number().positive(),
  ramPerNodeGb: z.number().positive(),
  group: z.enum(['SSD', 'SAS', 'VM_other']),
  redundancy: z.number().positive().default(1),
  staticBaselineGb: z.number().min(0).default(0),
  perNodeBaselineGb: z.number().min(0).optional(),
  storageBuffer: z.number().min(0).optional(),
  estimationBuffer: z.number().min(0).optional(),
  dataModels: z.array(ZDataModel).default([]),
  source: z.string().min(1),
});

/** The reference data of content/sizing/commcare.json, each constant with its source. */
export const ZCommCareSizingConstants = z.object({
  source: z.string(),
  tiers: z.array(z.object({ tier: z.enum(COMMCARE_TIERS), label: z.string(), maxUsers: z.number().int().positive().nullable(), servers: z.string(), description: z.string() })).length(4),
  defaults: z.object({
    formsPerUserPerMonth: ZSourced(z.number().min(0)),
    casesPerUserPerMonth: ZSourced(z.number().min(0)),
    caseUpdatesPerUserPerMonth: ZSourced(z.number().min(0)),
    attachmentKbPerForm: ZSourced(z.number().min(0)),
    formplayerUserFraction: ZSourced(z.number().min(0).max(1)),
    horizonMonths: ZSourced(z.number().int().positive()),
  }),
  estimationBuffer: ZSourced(z.number().min(0)),
  storageBuffer: ZSourced(z.number().min(0)),
  vmOsStorageGb: ZSourced(z.number().min(0)),
  haFromTier: ZSourced(z.enum(COMMCARE_TIERS)),
  backup: z.object({ dailyCopies: z.number().int().min(0), weeklyCopies: z.number().int().min(0), monthlyCopies: z.number().int().min(0), incrementalFraction: z.number().min(0).max(1), source: z.string() }),
  staging: z.object({ uptimeFraction: z.number().min(0).max(1), scale: z.number().positive().max(1), source: z.string() }),
  services: z.array(ZCommCareService).min(1),
});
export type TCommCareSizingConstants = z.infer<typeof ZCommCareSizingConstants>;
export type TCommCareService = z.infer<typeof ZCommCareService>;
