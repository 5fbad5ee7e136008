import type { TCommCareSizingResult } from './commcare-sizing';
import { fieldLabel, fieldName, serviceLabel, serviceName, storageGroupLabel, storageGroupName } from './commcare-labels';
import { reason, type TReason } from './reason';
import type { TResourceModelConfig } from './resource-model-config';

/**
 * What a commcare-resource-model configuration changes against another (an assessment's against
 * the built-in default): settings, summary dates, usage fields and services, each named by its
 * label; each changed setting by a parameter key the page turns into words. Pure.
 */
export const DIFF_PARAMS = [
  'estimationBuffer',
  'estimationGrowthFactor',
  'storageBuffer',
  'vmOsStorageGb',
  'storageDisplayUnit',
  'model',
  'factor',
  'baseline',
  'monthlyGrowth',
  'lifespan',
  'startWith',
  'dependsOn',
  'ranges',
  'staticNumber',
  'usageCapacityPerNode',
  'usageField',
  'minNodes',
  'includeHaResources',
  'storageScalesWithNodes',
  'maxStoragePerNode',
  'storageGroup',
  'redundancy',
  'staticBaseline',
  'dataModels',
  'coresPerNode',
  'ramPerNodeGb',
  'ramModel',
  'subProcesses',
] as const;
export type TDiffParam = (typeof DIFF_PARAMS)[number];
export type TDiffValue = string | number | boolean | null;
/**
 * `before` and `after` as the API and the tests read them (English words for names and sizes);
 * `said`, for a value in words (a field, a storage group, sizes), the same as reasons of
 * sizingReasons.json, for the reader's language.
 */
export type TDiffDetail = { param: TDiffParam; before: TDiffValue; after: TDiffValue; said?: { before: TReason | null; after: TReason | null } };
/** A value in words: its English text (compared, and the API's) and the reason the page says. */
type TWords = { text: string; reason: TReason };
type TValues = Partial<Record<TDiffParam, TDiffValue | TWords>>;
const isWords = (v: TDiffValue | TWords | undefined): v is TWords => typeof v === 'object' && v !== null;
const words = (text: string | null, r: TReason): TWords | null => (text === null ? null : { text, reason: r });
/** `label` in English; `name` the same as a reason of sizingReasons.json, for the reader's language. */
export type TConfigChange = { kind: 'added' | 'removed' | 'changed'; label: string; name: TReason; details: TDiffDetail[] };
export type TConfigDiff = {
  settings: TDiffDetail[];
  summaryDates: { before: string[]; after: string[] } | null;
  usage: TConfigChange[];
  services: TConfigChange[];
  isSame: boolean;
};

type TUsage = TResourceModelConfig['usage'][number];
type TService = TResourceModelConfig['services'][number];

const sizeOf = (bytes: number) => {
  for (const [unit, n] of [['TB', 1e12], ['GB', 1e9], ['MB', 1e6], ['KB', 1e3]] as const) if (bytes >= n) return { value: Math.round((bytes / n) * 100) / 100, unit };
  return { value: bytes, unit: 'B' as const };
};
const sizeText = (bytes: number | undefined) => {
  if (bytes === undefined) return null;
  const { value, unit } = sizeOf(bytes);
  return `${value} ${unit}`;
};
const sizeReason = (bytes: number) => reason('commcare.diff.size', sizeOf(bytes));
const size = (bytes: number | undefined) => (bytes === undefined ? null : words(sizeText(bytes), sizeReason(bytes)));
const models = (ms: { field: string; unitBytes: number }[]) =>
  ms.length
    ? words(
        ms.map((m) => `${fieldLabel(m.field)} × ${sizeText(m.unitBytes)}`).join('; '),
        reason('commcare.diff.list', { items: ms.map((m) => reason('commcare.diff.perItem', { field: fieldName(m.field), size: sizeReason(m.unitBytes) })) }),
      )
    : null;

function usageValues(u: TUsage): TValues {
  const deps = [u.dependantField, ...(u.dependantFields ?? [])].filter((f): f is string => !!f);
  return {
    model: u.model,
    factor: u.factor ?? null,
    baseline: u.baseline ?? null,
    monthlyGrowth: u.monthlyGrowth ?? null,
    lifespan: u.lifespan ?? null,
    startWith: u.startWith,
    dependsOn: deps.length ? words(deps.map(fieldLabel).join(', '), reason('commcare.diff.list', { items: deps.map(fieldName) })) : null,
    ranges: u.ranges ? u.ranges.map((r) => `${r.from === r.to ? r.from : `${r.from} – ${r.to}`}: ${r.value}`).join('; ') : null,
  };
}

function serviceValues(s: TService): TValues {
  return {
    staticNumber: s.staticNumber,
    usageCapacityPerNode: s.usageCapacityPerNode ?? null,
    usageField: words(fieldLabel(s.usageField), fieldName(s.usageField)),
    minNodes: s.minNodes,
    includeHaResources: s.includeHaResources,
    storageScalesWithNodes: s.storageScalesWithNodes,
    maxStoragePerNode: size(s.maxStoragePerNodeBytes),
    storageGroup: s.storage?.group ? words(storageGroupLabel(s.storage.group), storageGroupName(s.storage.group)) : null,
    redundancy: s.storage?.redundancyFactor ?? null,
    staticBaseline: size(s.storage?.staticBaselineBytes),
    dataModels: models(s.storage?.dataModels ?? []),
    coresPerNode: s.process.coresPerNode,
    ramPerNodeGb: s.process.ramPerNodeGb,
    ramModel: models(s.process.ramModel),
    subProcesses: s.process.subProcesses.length
      ? words(
          s.process.subProcesses.map((p) => `${fieldLabel(p.name)}: ${p.capacity !== undefined ? `capacity ${p.capacity}` : `${p.staticNumber}`}`).join('; '),
          reason('commcare.diff.list', {
            items: s.process.subProcesses.map((p) => (p.capacity !== undefined ? reason('commcare.diff.subProcessCapacity', { name: fieldName(p.name), capacity: p.capacity }) : reason('commcare.diff.subProcessCount', { name: fieldName(p.name), count: p.staticNumber ?? 0 }))),
          }),
        )
      : null,
  };
}

function details(before: TValues, after: TValues): TDiffDetail[] {
  const text = (v: TDiffValue | TWords | undefined): TDiffValue => (isWords(v) ? v.text : (v ?? null));
  const said = (v: TDiffValue | TWords | undefined) => (isWords(v) ? v.reason : null);
  return DIFF_PARAMS.filter((p) => p in before || p in after)
    .map((param) => {
      const [b, a] = [before[param], after[param]];
      return { param, before: text(b), after: text(a), ...(isWords(b) || isWords(a) ? { said: { before: said(b), after: said(a) } } : {}) };
    })
    .filter((d) => d.before !== d.after);
}

function diffNamed<T>(base: T[], next: T[], key: (x: T) => string, name: (k: string) => TReason, label: (k: string) => string, values: (x: T) => TValues): TConfigChange[] {
  const a = new Map(base.map((x) => [key(x), x]));
  const b = new Map(next.map((x) => [key(x), x]));
  const out: TConfigChange[] = [];
  for (const [k, x] of b) {
    const old = a.get(k);
    if (!old) out.push({ kind: 'added', label: label(k), name: name(k), details: details({}, values(x)).filter((d) => d.after !== null) });
    else {
      const d = details(values(old), values(x));
      if (d.length) out.push({ kind: 'changed', label: label(k), name: name(k), details: d });
    }
  }
  for (const [k] of a) if (!b.has(k)) out.push({ kind: 'removed', label: label(k), name: name(k), details: [] });
  return out;
}

export function diffResourceModelConfigs(base: TResourceModelConfig, next: TResourceModelConfig): TConfigDiff {
  const settings = details(
    { estimationBuffer: base.estimationBuffer, estimationGrowthFactor: base.estimationGrowthFactor, storageBuffer: base.storageBuffer, vmOsStorageGb: base.vmOsStorageGb, storageDisplayUnit: base.storageDisplayUnit },
    { estimationBuffer: next.estimationBuffer, estimationGrowthFactor: next.estimationGrowthFactor, storageBuffer: next.storageBuffer, vmOsStorageGb: next.vmOsStorageGb, storageDisplayUnit: next.storageDisplayUnit },
  );
  const summaryDates = base.summaryDates.join() === next.summaryDates.join() ? null : { before: base.summaryDates, after: next.summaryDates };
  const usage = diffNamed(base.usage, next.usage, (u) => u.name, fieldName, fieldLabel, usageValues);
  const services = diffNamed(base.services, next.services, (s) => s.id, serviceName, serviceLabel, serviceValues);
  return { settings, summaryDates, usage, services, isSame: !settings.length && !summaryDates && !usage.length && !services.length };
}

export type TFigures = { vms: number; cores: number; ramGb: number; dataStorageGb: number };
export type TServiceFigureChange = { label: string; name: TReason; before: TFigures | null; after: TFigures | null };

/** Per service, the figures of the final period under each sizing: only the services whose figures differ. */
export function diffServiceFigures(base: TCommCareSizingResult, next: TCommCareSizingResult): TServiceFigureChange[] {
  const last = (r: TCommCareSizingResult) =>
    new Map(r.services.map((s) => {
      const p = s.perPeriod[s.perPeriod.length - 1];
      return [s.id, { label: s.label, name: s.name, figures: { vms: p.vms, cores: p.cores, ramGb: p.ramGb, dataStorageGb: p.dataStorageGb } }] as const;
    }));
  const a = last(base);
  const b = last(next);
  const ids = [...new Set([...b.keys(), ...a.keys()])];
  const same = (x: TFigures | null, y: TFigures | null) => !!x && !!y && x.vms === y.vms && x.cores === y.cores && x.ramGb === y.ramGb && x.dataStorageGb === y.dataStorageGb;
  return ids
    .map((id) => ({ label: (b.get(id) ?? a.get(id))!.label, name: (b.get(id) ?? a.get(id))!.name, before: a.get(id)?.figures ?? null, after: b.get(id)?.figures ?? null }))
    .filter((c) => !same(c.before, c.after));
}
