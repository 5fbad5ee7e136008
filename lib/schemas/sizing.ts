import { z } from 'zod';
import { RESOURCE_MODEL_LIMITS } from '@/lib/domain/resource-model-config';
import { ZCommCareSizingInput } from './sizing-commcare';
import { ZDhis2SizingInput } from './sizing-dhis2';

/** POST /api/v1/sizing: `{ "platform": "commcare", "users": 2500, ... }` or `{ "platform": "dhis2", "systems": [...] }`. */
export const ZSizingRequest = z.discriminatedUnion(
  'platform',
  [ZCommCareSizingInput.extend({ platform: z.literal('commcare') }), ZDhis2SizingInput.extend({ platform: z.literal('dhis2') })],
  { error: 'Say which platform: "commcare" or "dhis2".' },
);

/**
 * POST /api/v1/sizing with a commcare-resource-model configuration:
 * `{ "platform": "commcare", "resourceModelConfig": "<the YAML text>" }`.
 */
export const ZResourceModelSizingRequest = z.strictObject({
  platform: z.literal('commcare', { error: 'A resource-model configuration sizes "commcare".' }),
  resourceModelConfig: z
    .string({ error: 'Paste the configuration as text (YAML).' })
    .min(1, 'Paste the configuration as text (YAML).')
    .max(RESOURCE_MODEL_LIMITS.maxBytes, `The configuration is larger than ${RESOURCE_MODEL_LIMITS.maxBytes / 1024} KB.`)
    .meta({ description: "The YAML text of a commcare-resource-model configuration (the model's `configs/*.yml` format)." }),
});

/**
 * POST /api/v1/sizing with the calculator's input and a configuration: the calculator sizes with that
 * configuration in place of the built-in one, as an assessment's own configuration does.
 */
export const ZCommCareWithConfigRequest = ZCommCareSizingInput.extend({
  platform: z.literal('commcare', { error: 'A resource-model configuration sizes "commcare".' }),
  resourceModelConfig: ZResourceModelSizingRequest.shape.resourceModelConfig,
}).strict();

/** Field errors keyed by their dotted path (`systems.0.users`), for forms and 400 responses. */
export function issuesByPath(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(body)';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
