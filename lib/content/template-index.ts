import type { TCheckpoint, TPhase, TQuestion, TSection, TTemplate } from './template-schema';

export type TQuestionEntry = { question: TQuestion; section: TSection; phase: TPhase };
export type TCheckpointEntry = { checkpoint: TCheckpoint; section: TSection; phase: TPhase };

/** Lookups by id over one template, built once per template version. */
export function indexTemplate(template: TTemplate) {
  const questions = new Map<string, TQuestionEntry>();
  const checkpoints = new Map<string, TCheckpointEntry>();
  for (const phase of template.phases) {
    for (const section of phase.sections) {
      for (const question of section.questions) questions.set(question.id, { question, section, phase });
      for (const checkpoint of section.checkpoints) checkpoints.set(checkpoint.id, { checkpoint, section, phase });
    }
  }
  return { questions, checkpoints };
}

export type TTemplateIndex = ReturnType<typeof indexTemplate>;
