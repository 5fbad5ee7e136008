import { z } from 'zod';
import { LOCALES } from '@/lib/domain/locale';
import { ZAssessmentId } from './ids';
import { ZRfpDetails } from './rfp';

export const ZSaveRfpDetails = z.object({ assessmentId: ZAssessmentId, details: ZRfpDetails, expectedVersion: z.number({ error: 'Send the version you saw.' }).int().min(0) }).strict();
export type TSaveRfpDetails = z.input<typeof ZSaveRfpDetails>;

/** `locale`: the document's language, chosen when issuing (a consultant reading English may issue a French RFP). */
export const ZIssueRfp = z.object({ assessmentId: ZAssessmentId, locale: z.enum(LOCALES, { error: 'Choose the document language: English, French or Portuguese.' }).default('en') }).strict();
