import { z } from 'zod';

/** The organisation audit page's filters and page number, read from its address; anything unreadable is ignored. */
export const ZOrganizationAuditQuery = z.object({
  person: z.uuid().optional().catch(undefined),
  kind: z.string().regex(/^[a-z0-9._-]{1,60}$/).optional().catch(undefined),
  assessment: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TOrganizationAuditQuery = z.output<typeof ZOrganizationAuditQuery>;

/** Search parameters as Next gives them (a repeated key is an array: the first one counts). */
export function parseOrganizationAuditQuery(params: Record<string, string | string[] | undefined>): TOrganizationAuditQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZOrganizationAuditQuery.parse(first);
}
