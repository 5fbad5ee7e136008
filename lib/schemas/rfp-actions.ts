import { z } from 'zod';
import { ZAssessmentId } from './ids';
import { ZRfpDetails } from './rfp';

export const ZSaveRfpDetails = z.object({ assessmentId: ZAssessmentId, details: ZRfpDetails, expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0) }).strict();
export type TSaveRfpDetails = z.input<typeof ZSaveRfpDetails>;

export const ZIssueRfp = z.object({ assessmentId: ZAssessmentId }).strict();
