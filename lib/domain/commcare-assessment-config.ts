import type { TCommCareSizingConstants } from './commcare-sizing-constants';
import { commcareConstantsFromConfig, type TCommCareCalculatorSettings } from './commcare-default-config';
import { lineOfPath, parseResourceModelConfig, type TConfigError, type TResourceModelConfig } from './resource-model-config';
import { fieldItemName, fieldLabel, fieldName, serviceLabel } from './commcare-labels';
import { reason, type TReason, type TSay } from './reason';

/**
 * An assessment's own commcare-resource-model configuration as the sizing's reference: the same
 * parser and engine as the built-in default, plus what the calculator needs of a configuration to
 * put the assessment's answers into it (the usage models its rate answers replace, the totals it
 * reports, the blob-storage data model of the attachment answer). Each refusal names its YAML path
 * and line, like the parser's own.
 */
export type TAssessmentConfigResult = { ok: true; config: TResourceModelConfig; constants: TCommCareSizingConstants } | { ok: false; errors: TConfigError[] };

const PARAM_NAMES = { factor: 'factor', monthlyGrowth: 'monthly_growth' } as const;
const PARAM_MODELS = { factor: 'derived_factor', monthlyGrowth: 'baseline_with_growth' } as const;

/** What the calculator cannot size without, as errors with their YAML path (empty when nothing is missing). */
export function calculatorNeeds(config: TResourceModelConfig, settings: TCommCareCalculatorSettings): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const usage = new Map(config.usage.map((u) => [u.name, u]));
  for (const name of ['forms_total', 'cases_total', 'case_transactions_total']) {
    if (!usage.has(name)) out.push({ path: ['usage'], message: `needs a '${name}' field (${fieldLabel(name)}): the sizing reports it for every period` });
  }
  for (const m of settings.inputMapping) {
    const u = usage.get(m.usage);
    if (!u || u.model !== PARAM_MODELS[m.param] || u[m.param] === undefined) {
      out.push({
        path: u ? ['usage', m.usage, 'model'] : ['usage'],
        message: `needs '${m.usage}' as a ${PARAM_MODELS[m.param]} field: the assessment's answer on ${fieldLabel(m.usage)} replaces its ${PARAM_NAMES[m.param]}`,
      });
    }
  }
  const blob = config.services.find((s) => s.id === settings.attachment.service);
  if (!blob?.storage?.dataModels.some((d) => d.field === settings.attachment.field)) {
    out.push({
      path: blob ? ['services', blob.id, 'storage'] : ['services'],
      message: `needs the service '${settings.attachment.service}' (${serviceLabel(settings.attachment.service)}) with a data model on '${settings.attachment.field}': the assessment's answer on attachments per form sets its unit size`,
    });
  }
  return out;
}

/** Whose configuration it is: an assessment's own, or one pasted into the public calculator. */
export type TOwnConfigKind = 'assessment' | 'pasted';
/** The title the figures of such a configuration are cited by. */
export const ownConfigTitle = (kind: TOwnConfigKind): TReason => reason(`commcare.ownConfig.${kind}Title`);

/**
 * The configuration's figure and its comment (on its own line first, else on its field) as the
 * reason of a defaulted rate: "this assessment's configuration: 5 case updates a month (comment)".
 * The comment is the user's own words, quoted as written.
 */
export function ownConfigReason(kind: TOwnConfigKind, figure: TReason, ...comments: (string | undefined)[]): TReason {
  const comment = comments.find((c) => c && c !== 'the configuration');
  return reason(`commcare.ownConfig.${kind}Figure`, { figure, comment: comment ? reason('commcare.ownConfig.comment', { comment }) : '' });
}

/**
 * The sizing constants of an assessment's configuration. The calculator's settings (tiers, backups,
 * staging, which parameters the answers replace) stay the built-in ones; the reasons of the
 * defaulted rates become the configuration's own figures and comments. The constants' sources are
 * text (the engine's English assumptions quote them), so `say` puts the title and those reasons
 * into words in the language `settings` are in. `kind` says whose configuration it is.
 */
export function commcareConstantsForAssessment(text: string, settings: TCommCareCalculatorSettings, kind: TOwnConfigKind, say: TSay): TAssessmentConfigResult {
  const parsed = parseResourceModelConfig(text);
  if (!parsed.ok) return parsed;
  const config = parsed.config;
  const needs = calculatorNeeds(config, settings);
  if (needs.length) return { ok: false, errors: needs.map((n) => ({ path: n.path.join('.'), line: lineOfPath(text, n.path), message: n.message })) };
  const usage = new Map(config.usage.map((u) => [u.name, u]));
  const blob = config.services.find((s) => s.id === settings.attachment.service)!;
  const modelIndex = blob.storage!.dataModels.findIndex((d) => d.field === settings.attachment.field);
  const unitBytes = blob.storage!.dataModels[modelIndex].unitBytes;
  const c = config.comments;
  const dataModel = `services.${blob.id}.storage.data_models.${modelIndex}`;
  const own: TCommCareCalculatorSettings = {
    ...settings,
    citation: { title: say(ownConfigTitle(kind)) },
    inputMapping: settings.inputMapping.map((m) => ({
      ...m,
      reason: say(ownConfigReason(kind, reason('commcare.ownConfig.rate', { value: usage.get(m.usage)![m.param]!, field: fieldName(m.usage) }), c[`usage.${m.usage}.${PARAM_NAMES[m.param]}`], usage.get(m.usage)!.source)),
    })),
    attachment: {
      ...settings.attachment,
      reason: say(ownConfigReason(kind, reason('commcare.ownConfig.attachment', { kb: unitBytes / 1000, field: fieldItemName(settings.attachment.field) }), c[`${dataModel}.unit_size`], c[`${dataModel}.referenced_field`])),
    },
  };
  try {
    return { ok: true, config, constants: commcareConstantsFromConfig(config, own) };
  } catch (e) {
    return { ok: false, errors: [{ path: '', line: null, message: `The calculator cannot use this configuration (${e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : 'refused'}).` }] };
  }
}
