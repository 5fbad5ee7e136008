import { z } from 'zod';
import { citationFromText } from '@/lib/domain/citation';
import { ZCitation } from '@/lib/domain/citation-schema';

/**
 * The questionnaire template format. Templates live in content/templates/*.json and are
 * validated here before the app syncs them into PostgreSQL. Ids are stable slugs
 * (`commcare.p2.s2-2.ups-minutes`): a change of meaning is a new id and a new version.
 */

const ZId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lowercase slugs separated by "." or "-"');

export const ZChoiceOption = z.object({ value: z.string().min(1), label: z.string().min(1) });

export const ZTableColumn = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  kind: z.enum(['text', 'number', 'url', 'date', 'single']),
  unit: z.string().optional(),
  options: z.array(ZChoiceOption).optional(),
});

const questionBase = {
  id: ZId,
  label: z.string().min(1),
  guidance: z.string().optional(),
  /** Where the question comes from, shown as citations. Version 1 wrote them as text: read as citations. */
  references: z.array(z.union([ZCitation, z.string().min(1).transform(citationFromText)])).default([]),
  required: z.boolean().default(true),
  /** 'guide' when the question is a "Prerequisites / Guiding Questions" bullet of the source. */
  origin: z.enum(['guide', 'added']).default('added'),
};

export const ZQuestion = z.discriminatedUnion('kind', [
  z.object({ ...questionBase, kind: z.literal('text'), maxLength: z.number().int().positive().default(500) }),
  z.object({ ...questionBase, kind: z.literal('longtext'), maxLength: z.number().int().positive().default(10_000) }),
  z.object({
    ...questionBase,
    kind: z.literal('number'),
    unit: z.string().optional(),
    min: z.number().default(0),
    max: z.number().default(1_000_000_000),
    integer: z.boolean().default(false),
  }),
  z.object({ ...questionBase, kind: z.literal('yesno') }),
  z.object({ ...questionBase, kind: z.literal('single'), options: z.array(ZChoiceOption).min(2) }),
  z.object({ ...questionBase, kind: z.literal('multi'), options: z.array(ZChoiceOption).min(2) }),
  z.object({ ...questionBase, kind: z.literal('date') }),
  z.object({ ...questionBase, kind: z.literal('url') }),
  z.object({ ...questionBase, kind: z.literal('person') }),
  z.object({
    ...questionBase,
    kind: z.literal('table'),
    columns: z.array(ZTableColumn).min(1),
    maxRows: z.number().int().positive().default(200),
  }),
]);

export const ZCheckpoint = z.object({
  id: ZId,
  label: z.string().min(1),
  /** Question ids whose answers are the evidence for this checkpoint. */
  evidence: z.array(ZId).min(1),
  /** 'guide' when the checkpoint is a "Checkpoint: Do not proceed..." bullet of the source. */
  origin: z.enum(['guide', 'added']).default('added'),
});

export const ZSection = z.object({
  id: ZId,
  number: z.string().min(1),
  title: z.string().min(1),
  optional: z.boolean().default(false),
  intro: z.string().optional(),
  questions: z.array(ZQuestion),
  checkpoints: z.array(ZCheckpoint),
});

export const ZPhase = z.object({
  id: ZId,
  number: z.number().int().positive(),
  title: z.string().min(1),
  optional: z.boolean().default(false),
  intro: z.string().optional(),
  sections: z.array(ZSection).min(1),
});

export const ZTemplate = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'the key is a lowercase slug such as "openmrs"'),
    version: z.number().int().positive(),
    platform: z.string().regex(/^[a-z][a-z0-9-]*$/, 'the platform is a lowercase slug such as "openmrs"'),
    title: z.string().min(1),
    /** The works the questionnaire is drawn from, shown as its "Sources". */
    sources: z.array(ZCitation).default([]),
    /** Version 1 named its sources as text (with file names): kept readable, never shown. */
    source: z.string().optional(),
    phases: z.array(ZPhase).min(1),
  })
  .superRefine((template, ctx) => {
    if (template.platform !== template.key) ctx.addIssue({ code: 'custom', message: `the platform must be the same as the key (“${template.key}”)`, path: ['platform'] });
    const seen = new Set<string>();
    const questionIds = new Set<string>();
    const claim = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `the id “${id}” is used more than once`, path });
      seen.add(id);
      if (!id.startsWith(`${template.key}.`)) {
        ctx.addIssue({ code: 'custom', message: `the id “${id}” must start with “${template.key}.”`, path });
      }
    };
    template.phases.forEach((phase, p) => {
      claim(phase.id, ['phases', p, 'id']);
      if (phase.number !== p + 1) {
        ctx.addIssue({ code: 'custom', message: `the number is ${phase.number}, but this is phase ${p + 1}`, path: ['phases', p, 'number'] });
      }
      phase.sections.forEach((section, s) => {
        claim(section.id, ['phases', p, 'sections', s, 'id']);
        section.questions.forEach((q, i) => {
          claim(q.id, ['phases', p, 'sections', s, 'questions', i, 'id']);
          questionIds.add(q.id);
        });
      });
    });
    template.phases.forEach((phase, p) =>
      phase.sections.forEach((section, s) =>
        section.checkpoints.forEach((cp, c) => {
          const path = ['phases', p, 'sections', s, 'checkpoints', c];
          claim(cp.id, [...path, 'id']);
          for (const ref of cp.evidence) {
            if (!questionIds.has(ref)) ctx.addIssue({ code: 'custom', message: `the evidence cites a question that does not exist: “${ref}”`, path: [...path, 'evidence'] });
          }
        }),
      ),
    );
  });

export type TTemplate = z.infer<typeof ZTemplate>;
export type TPhase = TTemplate['phases'][number];
export type TSection = TPhase['sections'][number];
export type TQuestion = z.infer<typeof ZQuestion>;
export type TCheckpoint = z.infer<typeof ZCheckpoint>;
export type TQuestionKind = TQuestion['kind'];
