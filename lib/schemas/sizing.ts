import { z } from 'zod';
import { ZCommCareSizingInput } from './sizing-commcare';
import { ZDhis2SizingInput } from './sizing-dhis2';

/** POST /api/v1/sizing: `{ "platform": "commcare", "users": 2500, ... }` or `{ "platform": "dhis2", "systems": [...] }`. */
export const ZSizingRequest = z.discriminatedUnion(
  'platform',
  [ZCommCareSizingInput.extend({ platform: z.literal('commcare') }), ZDhis2SizingInput.extend({ platform: z.literal('dhis2') })],
  { error: 'Say which platform: "commcare" or "dhis2".' },
);

/** Field errors keyed by their dotted path (`systems.0.users`), for forms and 400 responses. */
export function issuesByPath(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(body)';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
