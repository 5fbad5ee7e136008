import { commcareSettingsIn, commcareSizingIn, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { commcareConstantsForAssessment } from '@/lib/domain/commcare-assessment-config';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';
import type { TLocale } from '@/lib/domain/locale';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { calculateDhis2Sizing } from '@/lib/domain/dhis2-sizing';
import { configErrorText, parseResourceModelConfig, type TConfigError } from '@/lib/domain/resource-model-config';
import { resourceModelApiSummaries, runResourceModel } from '@/lib/domain/resource-model-run';
import { issuesByPath, ZCommCareWithConfigRequest, ZResourceModelSizingRequest, ZSizingRequest } from '@/lib/schemas/sizing';

/**
 * Parses a sizing request and runs the engine with the reference data of content/sizing; CommCare's
 * sources (the citation, the reasons of its defaults) are in `locale`, its figures the same in every language.
 */
export function runSizing(raw: unknown, locale: TLocale = 'en') {
  const parsed = ZSizingRequest.safeParse(raw);
  if (!parsed.success) return { ok: false as const, fieldErrors: issuesByPath(parsed.error) };
  const { platform, ...input } = parsed.data;
  if (platform === 'commcare') return { ok: true as const, platform, result: calculateCommCareSizing(input as never, commcareSizingIn(locale)) };
  return { ok: true as const, platform, result: calculateDhis2Sizing(input as never, DHIS2_SIZING) };
}

/** Sizes a commcare-resource-model configuration: its summary dates, per service and per storage group. */
export function runResourceModelSizing(raw: unknown) {
  const parsed = ZResourceModelSizingRequest.safeParse(raw);
  if (!parsed.success) return { ok: false as const, fieldErrors: issuesByPath(parsed.error), configErrors: [] as TConfigError[] };
  const config = parseResourceModelConfig(parsed.data.resourceModelConfig);
  if (!config.ok) return { ok: false as const, fieldErrors: { resourceModelConfig: config.errors.map(configErrorText) }, configErrors: config.errors };
  const run = runResourceModel(config.config);
  const summaries = resourceModelApiSummaries(run);
  const overflow = (x: number) => x === Infinity || x === -Infinity;
  const finite = !Object.values(run.usage).some((series) => series.some(overflow)) && summaries.every((s) => s.services.every((x) => [x.vms, x.cores, x.ramGb, x.dataStorageTb].every(Number.isFinite)) && Object.values(s.storageByGroupTb).every(Number.isFinite));
  if (!finite) {
    const message = 'The configuration gives figures too large to compute; check its factors and unit sizes.';
    return { ok: false as const, fieldErrors: { resourceModelConfig: [message] }, configErrors: [{ path: '', line: null, message }] };
  }
  return { ok: true as const, platform: 'commcare' as const, summaries };
}

/**
 * The calculator's input sized with a pasted configuration instead of the built-in one: the same
 * validation as an assessment's own configuration (the parser, then what the calculator needs).
 * The configuration's title and the figures it cites are in `locale`; its comments as written.
 */
export function runCommCareWithConfig(raw: unknown, locale: TLocale = 'en') {
  const parsed = ZCommCareWithConfigRequest.safeParse(raw);
  if (!parsed.success) return { ok: false as const, fieldErrors: issuesByPath(parsed.error), configErrors: [] as TConfigError[] };
  const { platform, resourceModelConfig, ...input } = parsed.data;
  const own = commcareConstantsForAssessment(resourceModelConfig, commcareSettingsIn(locale), 'pasted', reasonSayer(locale));
  if (!own.ok) return { ok: false as const, fieldErrors: { resourceModelConfig: own.errors.map(configErrorText) }, configErrors: own.errors };
  const result = calculateCommCareSizing(input, own.constants);
  const finite = result.totals.every((t) => Object.values(t).every(Number.isFinite));
  if (!finite) {
    const message = 'The configuration gives figures too large to compute; check its factors and unit sizes.';
    return { ok: false as const, fieldErrors: { resourceModelConfig: [message] }, configErrors: [{ path: '', line: null, message }] };
  }
  return { ok: true as const, platform, result };
}
