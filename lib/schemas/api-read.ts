import { z } from 'zod';

/**
 * What the read routes scripts use send back: one zod schema per response, documented in the
 * OpenAPI document with an example that the test checks against it.
 */
const ZPlatform = z.string().meta({ description: 'The platform a template covers, e.g. commcare, dhis2 or one an organisation added.' });
const ZCheckpointStatus = z.enum(['open', 'submitted', 'approved', 'changes_requested']);

export const ZAssessmentList = z
  .object({
    assessments: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        country: z.string(),
        updatedAt: z.iso.datetime(),
        platforms: z.array(ZPlatform),
      }),
    ),
  })
  .meta({ id: 'AssessmentList' });

export const ZAssessmentStatus = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.string(),
    tracks: z.array(
      z.object({
        platform: ZPlatform,
        title: z.string(),
        templateVersion: z.int().positive(),
        phases: z.array(
          z.object({
            id: z.string(),
            number: z.int(),
            title: z.string(),
            optional: z.boolean(),
            locked: z.boolean(),
            lockedReason: z.string().nullable().meta({ description: 'Why the phase is locked, in words; null when it is open.' }),
            answered: z.int().meta({ description: 'Required questions answered.' }),
            required: z.int().meta({ description: 'Required questions in the phase.' }),
            complete: z.boolean().meta({ description: 'Every checkpoint of the phase is approved.' }),
            checkpoints: z.array(z.object({ id: z.string(), label: z.string(), status: ZCheckpointStatus, notApplicable: z.boolean() })),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'AssessmentStatus' });

export const ZReviewQueue = z
  .object({
    items: z.array(
      z.object({
        assessmentId: z.uuid(),
        assessmentName: z.string(),
        checkpointId: z.string(),
        label: z.string(),
        phase: z.string(),
        section: z.string(),
        notApplicable: z.boolean(),
        justification: z.string().nullable(),
        version: z.int(),
        submittedBy: z.string(),
        submittedAt: z.iso.datetime().nullable(),
        evidence: z.array(z.object({ questionId: z.string(), label: z.string(), answer: z.string().nullable().meta({ description: 'The answer as a person reads it; null when unanswered.' }) })),
      }),
    ),
  })
  .meta({ id: 'ReviewQueue' });

export type TAssessmentList = z.infer<typeof ZAssessmentList>;
export type TAssessmentStatus = z.infer<typeof ZAssessmentStatus>;
export type TReviewQueue = z.infer<typeof ZReviewQueue>;

const ID = '3f2a1c9e-7b4d-4e21-9a0b-5c6d7e8f9a01';

export const ASSESSMENT_LIST_EXAMPLE: TAssessmentList = {
  assessments: [{ id: ID, name: 'Transition de la plateforme', country: 'Senegal', updatedAt: '2026-11-30T09:15:00.000Z', platforms: ['commcare', 'dhis2'] }],
};

export const ASSESSMENT_STATUS_EXAMPLE: TAssessmentStatus = {
  id: ID,
  name: 'Transition de la plateforme',
  country: 'Senegal',
  tracks: [
    {
      platform: 'commcare',
      title: 'CommCare HQ self-hosting readiness',
      templateVersion: 1,
      phases: [
        {
          id: 'commcare.p1', number: 1, title: 'Scope and current use', optional: false, locked: false, lockedReason: null, answered: 12, required: 14, complete: false,
          checkpoints: [{ id: 'commcare.p1.s1-2.cp-usage', label: 'Current use is documented', status: 'submitted', notApplicable: false }],
        },
        {
          id: 'commcare.p2', number: 2, title: 'Data centre', optional: false, locked: true,
          lockedReason: 'Phase 1 (Scope and current use) still has 1 checkpoint to be approved, starting with “Current use is documented”',
          answered: 0, required: 9, complete: false,
          checkpoints: [{ id: 'commcare.p2.s2-1.cp-power', label: 'Power and cooling are sufficient', status: 'open', notApplicable: false }],
        },
      ],
    },
  ],
};

export const REVIEW_QUEUE_EXAMPLE: TReviewQueue = {
  items: [
    {
      assessmentId: ID, assessmentName: 'Transition de la plateforme', checkpointId: 'commcare.p1.s1-2.cp-usage', label: 'Current use is documented',
      phase: '1. Scope and current use', section: '1.2 Users and devices', notApplicable: false, justification: null, version: 2,
      submittedBy: 'Awa Diop', submittedAt: '2026-11-30T09:15:00.000Z',
      evidence: [{ questionId: 'commcare.p1.s1-2.mobile-users', label: 'How many mobile workers use CommCare today?', answer: '2,500' }],
    },
  ],
};
