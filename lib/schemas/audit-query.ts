import { z } from 'zod';

/** The audit page's filters and page number, read from its address; anything unreadable is ignored. */
export const ZAuditQuery = z.object({
  person: z.uuid().optional().catch(undefined),
  kind: z.string().regex(/^[a-z0-9._-]{1,60}$/).optional().catch(undefined),
  phase: z.string().regex(/^[a-z0-9.-]{1,100}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TAuditQuery = z.output<typeof ZAuditQuery>;

/** Search parameters as Next gives them (a repeated key is an array: the first one counts). */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): TAuditQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZAuditQuery.parse(first);
}
