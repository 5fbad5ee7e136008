import { z } from 'zod';

/**
 * The fixed text of the RFP (content/rfp/*.json): the skeleton of Appendix 1 of the CommCare
 * transition guide, and per platform the parts that differ. Text may use `**bold**` and the
 * placeholders below; the schema refuses any other placeholder and the template's "XXX" marker.
 */

export const RFP_PLACEHOLDERS = ['clientName', 'saasDescription', 'hostingQuotes', 'periodOfPerformance', 'submissionEmail', 'submissionDeadline', 'platformName', 'checkpointDocument'] as const;
export type TRfpPlaceholder = (typeof RFP_PLACEHOLDERS)[number];

const ZText = z.string().trim().min(1);
const ZParagraphs = z.array(ZText);

const HEADINGS = [
  'projectSummary',
  'proposedWork',
  'currentEnvironment',
  'proposedEnvironment',
  'scopeOfWork',
  'environmentOverview',
  'environmentDesign',
  'costTradeOffs',
  'selectionCriteria',
  'requirements',
  'periodOfPerformance',
  'submissionInstructions',
  'submissions',
  'howToSubmit',
  'pointsOfContact',
  'annexCheckpoints',
  'annexSizing',
  'annexBudget',
  'annexSkills',
] as const;

/** Walks every string of a content file and checks its placeholders. */
function checkText(value: unknown, path: (string | number)[], ctx: z.RefinementCtx) {
  if (typeof value === 'string') {
    for (const m of value.matchAll(/\{\{([^}]*)\}\}/g)) {
      if (!(RFP_PLACEHOLDERS as readonly string[]).includes(m[1])) ctx.addIssue({ code: 'custom', path, message: `unknown placeholder {{${m[1]}}}; known: ${RFP_PLACEHOLDERS.join(', ')}` });
    }
    if (/X{3,}/.test(value)) ctx.addIssue({ code: 'custom', path, message: 'the template marker "XXX" is not allowed: use a named placeholder' });
    if ((value.match(/\*\*/g) ?? []).length % 2 !== 0) ctx.addIssue({ code: 'custom', path, message: 'unbalanced ** (bold) markers' });
  } else if (Array.isArray(value)) value.forEach((v, i) => checkText(v, [...path, i], ctx));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkText(v, [...path, k], ctx);
}

export const ZRfpSkeleton = z
  .object({
    version: z.number().int().positive(),
    source: ZText,
    titles: z.object({ commcare: ZText, dhis2: ZText, both: ZText }).strict(),
    headings: z.object(Object.fromEntries(HEADINGS.map((h) => [h, ZText])) as Record<(typeof HEADINGS)[number], typeof ZText>).strict(),
    scopeOfWorkIntro: ZText,
    environmentOverviewIntro: ZText,
    costTradeOffs: z.object({ intro: ZText, items: z.array(ZText).min(1) }).strict(),
    requirementsIntro: ZText,
    openSource: ZText,
    globalGoods: ZText,
    periodOfPerformance: ZText,
    submissions: z.object({ intro: ZText, deliverables: z.array(ZText).min(1) }).strict(),
    submissionInstructions: ZText,
    annexIntros: z.object({ checkpoints: ZText, sizing: ZText, budget: ZText, skills: ZText }).strict(),
  })
  .strict()
  .superRefine((v, ctx) => checkText(v, [], ctx));
export type TRfpSkeleton = z.infer<typeof ZRfpSkeleton>;

export const ZRfpPlatformContent = z
  .object({
    platform: z.enum(['commcare', 'dhis2']),
    version: z.number().int().positive(),
    platformName: ZText,
    source: ZText,
    checkpointDocument: ZText,
    projectSummary: ZParagraphs.min(1),
    currentEnvironment: ZParagraphs.min(1),
    proposedEnvironment: ZParagraphs.min(1),
    /** Numbered as in the source, duplicates included. */
    scopeOfWork: z.array(z.object({ no: ZText, activity: ZText, msp: z.boolean() }).strict()).min(1),
    components: z.array(z.object({ name: ZText, description: ZText, software: z.string() }).strict()).min(1),
    environmentDesignIntro: ZText,
    obligations: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: ZText, paragraphs: ZParagraphs, bullets: z.array(ZText) }).strict()),
    technicalRequirement: ZText,
    personnel: z.object({ intro: ZText, roles: z.array(z.object({ title: ZText, duties: ZText }).strict()).min(1) }).strict(),
  })
  .strict()
  .superRefine((v, ctx) => checkText(v, [], ctx));
export type TRfpPlatformContent = z.infer<typeof ZRfpPlatformContent>;

/** Everything the RFP builder needs from content/rfp. */
export type TRfpContent = { skeleton: TRfpSkeleton; platforms: { commcare: TRfpPlatformContent; dhis2: TRfpPlatformContent } };
