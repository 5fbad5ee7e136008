import { z } from 'zod';
import { ZRfpDetails } from './rfp';

const ZAssessmentId = z.uuid('Unknown assessment.');

export const ZSaveRfpDetails = z.object({ assessmentId: ZAssessmentId, details: ZRfpDetails, expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0) }).strict();
export type TSaveRfpDetails = z.input<typeof ZSaveRfpDetails>;

export const ZIssueRfp = z.object({ assessmentId: ZAssessmentId }).strict();
