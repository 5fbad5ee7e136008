import { cite, type TSource } from './dhis2-citations';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import { reason, type TReason } from './reason';

/**
 * Every postgresql.conf setting DHIS2 recommends, scaled to the database server's RAM. Where
 * DHIS2's pages disagree, the setting names the value we chose, why, and the other page's value
 * (`alternative`).
 */

export type TPostgresSetting = {
  setting: string;
  value: string;
  /** How the value scales with RAM and connections ("fixed" when it does not). */
  rule: TReason;
  reason: TReason;
  source: TSource;
  assumption?: string;
  alternative?: { value: string; source: TSource };
};

/** Whole GB when exact or from 4 GB on (rounded down: these are sizes not to exceed), MB below. */
const mb = (n: number) => (n >= 1024 && n % 1024 === 0 ? `${n / 1024}GB` : n >= 4096 ? `${Math.floor(n / 1024)}GB` : `${n}MB`);
/** A text of the reference data (a fixed setting's rule and reason), as a reason. */
const text = (t: string) => reason('dhis2.text', { text: t });

/** max_connections: every Tomcat's connection pool plus a reserve, with DHIS2's 200 as the floor. */
export function postgresMaxConnections(coreNodes: number, p: TDhis2SizingConstants['postgres']) {
  return Math.max(p.minMaxConnections.value, coreNodes * p.poolPerCoreNode.value + p.reservedConnections.value);
}

/** The settings for a database server with `ramGb` of RAM serving `maxConnections`. */
export function postgresSettings(ramGb: number, maxConnections: number, c: TDhis2SizingConstants): TPostgresSetting[] {
  const p = c.postgres;
  const ramMb = ramGb * 1024;
  const sharedMb = Math.floor(ramMb * p.sharedBuffersFraction.value);
  const formulaWorkMb = Math.floor((0.25 * ramMb) / maxConnections);
  const workMb = Math.max(p.workMemMinMb.value, formulaWorkMb);
  const maintenanceMb = Math.min(p.maintenanceMaxMb.value, Math.max(p.maintenanceMinMb.value, Math.floor(ramMb / p.maintenanceDivisor.value)));
  const cacheFormulaMb = Math.floor(p.effectiveCacheFormula.value * (ramMb - maintenanceMb - maxConnections * workMb));
  const cacheMb = Math.max(sharedMb, cacheFormulaMb);
  const fixed = Object.fromEntries(
    p.fixed.map((f) => [
      f.setting,
      { setting: f.setting, value: f.value, rule: text(f.rule), reason: text(f.reason), source: cite(c, f.source), ...(f.alternative ? { alternative: { value: f.alternative.value, source: cite(c, f.alternative.source) } } : {}) } satisfies TPostgresSetting,
    ]),
  );
  const scaled: Record<string, TPostgresSetting> = {
    max_connections: {
      setting: 'max_connections',
      value: String(maxConnections),
      rule: reason('dhis2.postgres.maxConnectionsRule', { pool: p.poolPerCoreNode.value, reserve: p.reservedConnections.value, min: p.minMaxConnections.value }),
      reason: reason('dhis2.postgres.maxConnections', { min: p.minMaxConnections.value, pool: p.poolPerCoreNode.value, reserve: p.reservedConnections.value }),
      source: cite(c, p.minMaxConnections.source),
      assumption: p.reservedConnections.assumption,
    },
    shared_buffers: {
      setting: 'shared_buffers',
      value: mb(sharedMb),
      rule: reason('dhis2.postgres.shareOfRam', { share: p.sharedBuffersFraction.value }),
      reason: reason('dhis2.postgres.sharedBuffers', { share: p.sharedBuffersFraction.value, ram: ramGb, alternative: p.sharedBuffersAlternative.value, alternativeValue: mb(Math.floor(ramMb * p.sharedBuffersAlternative.value)) }),
      source: cite(c, p.sharedBuffersFraction.source),
      alternative: { value: mb(Math.floor(ramMb * p.sharedBuffersAlternative.value)), source: cite(c, p.sharedBuffersAlternative.source) },
    },
    work_mem: {
      setting: 'work_mem',
      value: mb(workMb),
      rule: reason('dhis2.postgres.workMemRule', { min: p.workMemMinMb.value }),
      reason: reason('dhis2.postgres.workMem', { ram: ramGb, connections: maxConnections, formula: formulaWorkMb, min: p.workMemMinMb.value, alternative: p.workMemAlternativeMb.value }),
      source: cite(c, p.workMemFormula.source),
      alternative: { value: mb(p.workMemAlternativeMb.value), source: cite(c, p.workMemAlternativeMb.source) },
    },
    maintenance_work_mem: {
      setting: 'maintenance_work_mem',
      value: mb(maintenanceMb),
      rule: reason('dhis2.postgres.maintenanceRule', { divisor: p.maintenanceDivisor.value, min: mb(p.maintenanceMinMb.value), max: mb(p.maintenanceMaxMb.value) }),
      reason: reason('dhis2.postgres.maintenance', { divisor: p.maintenanceDivisor.value, max: mb(p.maintenanceMaxMb.value) }),
      source: cite(c, p.maintenanceDivisor.source),
      assumption: p.maintenanceMaxMb.assumption,
      alternative: { value: mb(p.maintenanceMinMb.value), source: cite(c, p.maintenanceMinMb.source) },
    },
    effective_cache_size: {
      setting: 'effective_cache_size',
      value: mb(cacheMb),
      rule: reason('dhis2.postgres.effectiveCacheRule', { share: p.effectiveCacheFormula.value }),
      reason: reason('dhis2.postgres.effectiveCache', {
        share: p.effectiveCacheFormula.value,
        ramMb,
        maintenanceMb,
        connections: maxConnections,
        workMb,
        formula: mb(cacheFormulaMb),
        raised: cacheMb > cacheFormulaMb ? reason('dhis2.postgres.raisedToSharedBuffers') : '',
      }),
      source: cite(c, p.effectiveCacheFormula.source),
      alternative: { value: `${ramGb}GB`, source: cite(c, p.effectiveCacheSample.source) },
    },
  };
  const order = ['jit', 'max_connections', 'shared_buffers', 'work_mem', 'maintenance_work_mem', 'temp_buffers', 'effective_cache_size', 'checkpoint_completion_target', 'synchronous_commit', 'wal_writer_delay', 'random_page_cost', 'max_locks_per_transaction', 'track_activity_query_size', 'log_min_duration_statement'];
  const all = { ...fixed, ...scaled };
  return [...order.filter((k) => k in all), ...Object.keys(all).filter((k) => !order.includes(k))].map((k) => all[k]);
}

/** The settings as a postgresql.conf snippet, to paste into conf.d. */
export function postgresConf(settings: TPostgresSetting[], ramGb: number): string {
  const width = Math.max(...settings.map((s) => s.setting.length));
  return [`# DHIS2 settings for a database server with ${ramGb} GB of RAM`, ...settings.map((s) => `${s.setting.padEnd(width)} = ${s.value}`)].join('\n') + '\n';
}
