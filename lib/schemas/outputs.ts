import { z } from 'zod';
import { ZAssessmentId } from './ids';
import { HOSTING_OPTIONS, RATE_KEYS, RATE_UNITS, type TRateKey, ZRateOverride } from '@/lib/domain/rate-card';
import { ZCurrency } from '@/lib/domain/budget';
import { ZTeam } from './skills';

/** The whole team of an assessment, saved at once (the skills-gap input). */
export const ZSaveTeam = z.object({ assessmentId: ZAssessmentId, team: ZTeam }).strict();
export type TSaveTeam = z.input<typeof ZSaveTeam>;

/** Budget horizon and currency. */
export const ZSaveBudgetSettings = z
  .object({
    assessmentId: ZAssessmentId,
    years: z.number({ error: 'Years: enter a number.' }).int('Years: a whole number.').min(1, 'Years: at least 1.').max(10, 'Years: at most 10.'),
    currency: ZCurrency,
    expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0),
  })
  .strict();
export type TSaveBudgetSettings = z.input<typeof ZSaveBudgetSettings>;

const ZOption = z.enum(HOSTING_OPTIONS, { error: 'Unknown hosting option.' });
const ZRateKey = z.enum(RATE_KEYS as [TRateKey, ...TRateKey[]], { error: 'Unknown rate.' });

/** One rate-card figure replaced for one hosting option; a zero needs a reason. */
export const ZSaveRateOverride = z
  .object({ assessmentId: ZAssessmentId, option: ZOption, rateKey: ZRateKey })
  .extend(ZRateOverride.shape)
  .strict()
  .superRefine((o, ctx) => {
    if (o.value === 0 && !o.reason?.trim()) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Setting a figure to zero needs a reason.' });
    const unit = RATE_UNITS[o.rateKey];
    if (unit === 'usd-cents' && !Number.isInteger(o.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Money is in whole US cents.' });
    if (unit === 'fraction' && o.value > 1) ctx.addIssue({ code: 'custom', path: ['value'], message: 'A fraction is at most 1.' });
    if (o.value > 1e12) ctx.addIssue({ code: 'custom', path: ['value'], message: 'That number is too large.' });
  });
export type TSaveRateOverride = z.input<typeof ZSaveRateOverride>;

export const ZRemoveRateOverride = z.object({ assessmentId: ZAssessmentId, option: ZOption, rateKey: ZRateKey }).strict();
export type TRemoveRateOverride = z.input<typeof ZRemoveRateOverride>;
