import { z } from 'zod';
import { ZTemplate } from './template-schema';

let cached: Record<string, unknown> | undefined;

/**
 * The template format as JSON Schema (draft 2020-12), from the same zod schema that validates
 * content/templates and uploads, so editors and scripts can check a template before sending it.
 * Rules across the document (unique ids, evidence that resolves) are checked on upload only.
 */
export function templateJsonSchema() {
  cached ??= {
    ...(z.toJSONSchema(ZTemplate, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
    title: 'Hosting Readiness questionnaire template',
    description: 'A questionnaire: phases of sections, each with questions and the checkpoints a reviewer signs off. Every id starts with the template key; ids are unique; checkpoint evidence cites question ids of the template.',
  };
  return cached;
}
