import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';
import { calculateDhis2Sizing } from '@/lib/domain/dhis2-sizing';
import { issuesByPath, ZSizingRequest } from '@/lib/schemas/sizing';

/** Parses a sizing request and runs the engine with the reference data of content/sizing. */
export function runSizing(raw: unknown) {
  const parsed = ZSizingRequest.safeParse(raw);
  if (!parsed.success) return { ok: false as const, fieldErrors: issuesByPath(parsed.error) };
  const { platform, ...input } = parsed.data;
  if (platform === 'commcare') return { ok: true as const, platform, result: calculateCommCareSizing(input as never, COMMCARE_SIZING) };
  return { ok: true as const, platform, result: calculateDhis2Sizing(input as never, DHIS2_SIZING) };
}
