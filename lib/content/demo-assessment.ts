import { z } from 'zod';
import demoJson from '@/content/demo/assessment.json';
import { ZCurrency } from '@/lib/domain/budget';
import { HOSTING_OPTIONS, RATE_KEYS, type TRateKey } from '@/lib/domain/rate-card';
import { ZPlatform } from '@/lib/schemas/assessment';
import { ZRfpDetails } from '@/lib/schemas/rfp';
import { ZTeam } from '@/lib/schemas/skills';

/**
 * The seeded demo assessment (content/demo/assessment.json): answers per question id, the phases
 * signed off, the team, rate overrides, budget settings and RFP details. Answers are checked
 * against their questions when they are saved, like any user's.
 */
export const ZDemoAssessment = z
  .object({
    name: z.string().min(1),
    country: z.string().min(1),
    platforms: z.array(ZPlatform).min(1),
    answers: z.record(z.string().min(1), z.unknown()),
    signOff: z.object({ phases: z.array(z.string().min(1)) }).strict(),
    team: ZTeam,
    rateOverrides: z.array(z.object({ option: z.enum(HOSTING_OPTIONS), rateKey: z.enum(RATE_KEYS as [TRateKey, ...TRateKey[]]), value: z.number().min(0), reason: z.string().min(1) }).strict()),
    budget: z.object({ years: z.number().int().min(1).max(10), currency: ZCurrency }).strict(),
    rfp: ZRfpDetails,
  })
  .strict();
export type TDemoAssessment = z.output<typeof ZDemoAssessment>;

export const loadDemoAssessment = (): TDemoAssessment => ZDemoAssessment.parse(demoJson);
