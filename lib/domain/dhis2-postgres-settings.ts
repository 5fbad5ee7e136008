import { cite, type TSource } from './dhis2-citations';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';

/**
 * Every postgresql.conf setting DHIS2 recommends, scaled to the database server's RAM. Where
 * DHIS2's pages disagree, the setting names the value we chose, why, and the other page's value
 * (`alternative`).
 */

export type TPostgresSetting = {
  setting: string;
  value: string;
  /** How the value scales with RAM and connections ("fixed" when it does not). */
  rule: string;
  reason: string;
  source: TSource;
  assumption?: string;
  alternative?: { value: string; source: TSource };
};

/** Whole GB when exact or from 4 GB on (rounded down: these are sizes not to exceed), MB below. */
const mb = (n: number) => (n >= 1024 && n % 1024 === 0 ? `${n / 1024}GB` : n >= 4096 ? `${Math.floor(n / 1024)}GB` : `${n}MB`);
const pct = (f: number) => `${Math.round(f * 100)}%`;

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
      { setting: f.setting, value: f.value, rule: f.rule, reason: f.reason, source: cite(c, f.source), ...(f.alternative ? { alternative: { value: f.alternative.value, source: cite(c, f.alternative.source) } } : {}) } satisfies TPostgresSetting,
    ]),
  );
  const scaled: Record<string, TPostgresSetting> = {
    max_connections: {
      setting: 'max_connections',
      value: String(maxConnections),
      rule: `each Tomcat's connection pool (${p.poolPerCoreNode.value}) + ${p.reservedConnections.value}, at least ${p.minMaxConnections.value}`,
      reason: `DHIS2's tuning sets 200; each DHIS2 instance opens up to ${p.poolPerCoreNode.value} connections (its pool's default maximum), so a cluster needs more. The ${p.reservedConnections.value} in reserve are our assumption (administration, backups, replication).`,
      source: cite(c, p.minMaxConnections.source),
      assumption: p.reservedConnections.assumption,
    },
    shared_buffers: {
      setting: 'shared_buffers',
      value: mb(sharedMb),
      rule: `${pct(p.sharedBuffersFraction.value)} of RAM`,
      reason: `${pct(p.sharedBuffersFraction.value)} of the database server's ${ramGb} GB, as dhis2-server-tools computes it and the PostgreSQL setup page says; it leaves room for the operating system's cache, which PostgreSQL relies on as its second cache layer. DHIS2's PostgreSQL tips say about ${pct(p.sharedBuffersAlternative.value)} (${mb(Math.floor(ramMb * p.sharedBuffersAlternative.value))} here); their own 8 GB sample (3GB) lies between the two.`,
      source: cite(c, p.sharedBuffersFraction.source),
      alternative: { value: mb(Math.floor(ramMb * p.sharedBuffersAlternative.value)), source: cite(c, p.sharedBuffersAlternative.source) },
    },
    work_mem: {
      setting: 'work_mem',
      value: mb(workMb),
      rule: `25% of RAM / max_connections, at least ${p.workMemMinMb.value} MB`,
      reason: `dhis2-server-tools' formula (25% of ${ramGb} GB / ${maxConnections} connections = ${formulaWorkMb} MB), never below the ${p.workMemMinMb.value} MB of the PostgreSQL setup page's 8 GB sample, since work_mem is "essential for DHIS2 aggregation performance". We take 20 MB rather than the PostgreSQL tips' ${p.workMemAlternativeMb.value} MB as the floor because the value is per sort and per connection: the lower sample keeps ${maxConnections} busy connections within RAM.`,
      source: cite(c, p.workMemFormula.source),
      alternative: { value: mb(p.workMemAlternativeMb.value), source: cite(c, p.workMemAlternativeMb.source) },
    },
    maintenance_work_mem: {
      setting: 'maintenance_work_mem',
      value: mb(maintenanceMb),
      rule: `RAM / ${p.maintenanceDivisor.value}, ${mb(p.maintenanceMinMb.value)} to ${mb(p.maintenanceMaxMb.value)}`,
      reason: `Index builds, VACUUM and analytics table generation. DHIS2's PostgreSQL tips give 1GB for 8 GB (RAM / ${p.maintenanceDivisor.value}), the PostgreSQL setup page 512MB (our floor), dhis2-server-tools "as much as reasonably possible"; we cap it at ${mb(p.maintenanceMaxMb.value)} (our assumption) because each autovacuum worker may use as much.`,
      source: cite(c, p.maintenanceDivisor.source),
      assumption: p.maintenanceMaxMb.assumption,
      alternative: { value: mb(p.maintenanceMinMb.value), source: cite(c, p.maintenanceMinMb.source) },
    },
    effective_cache_size: {
      setting: 'effective_cache_size',
      value: mb(cacheMb),
      rule: `${pct(p.effectiveCacheFormula.value)} of (RAM − maintenance_work_mem − max_connections × work_mem), at least shared_buffers`,
      reason: `A planner estimate, not an allocation: ${pct(p.effectiveCacheFormula.value)} × (${ramMb} − ${maintenanceMb} − ${maxConnections} × ${workMb}) MB = ${mb(cacheFormulaMb)}${cacheMb > cacheFormulaMb ? `, raised to shared_buffers, which it includes` : ''}. We follow dhis2-server-tools' formula rather than the PostgreSQL tips' sample (8GB, the whole 8 GB given to PostgreSQL), because the tips themselves warn that a value above what is really available gives poor performance.`,
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
