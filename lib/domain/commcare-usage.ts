import type { TUsageModel } from './commcare-sizing-constants';

/** Step 1 of the resource model (core/models.py): the month-by-month usage table. */

export type TSeries = number[];
export type TUsageTable = Record<string, TSeries>;

/**
 * core/models.py, run in dependency order like generate_usage_data. `ranged` holds the month-by-month
 * figures of date_range_value models given by date ranges (NaN in a month outside its ranges, as
 * pandas aligns them); NaN then behaves as in pandas: it spreads through arithmetic, cumulative sums
 * and products skip it.
 */
export function projectUsage(models: TUsageModel[], users: TSeries, ranged: Record<string, TSeries> = {}): TUsageTable {
  const n = users.length;
  const table: TUsageTable = {};
  const deps = (m: TUsageModel) => [...(m.dependantField ? [m.dependantField] : []), ...(m.dependantFields ?? [])];
  const withStart = (s: TSeries, start: number) => (start ? s.map((v, i) => (i === 0 ? v + start : v)) : s);
  const cumsum = (s: TSeries, start: number) => {
    let acc = 0;
    return withStart(s, start).map((v) => (Number.isNaN(v) ? v : (acc += v)));
  };
  let pending = [...models];
  while (pending.length) {
    const ready = pending.filter((m) => deps(m).every((d) => d in table));
    if (!ready.length) throw new Error(`Unmet dependencies for models: ${pending.map((m) => m.name).join(', ')}`);
    for (const m of ready) {
      const d = deps(m).map((f) => table[f]);
      switch (m.model) {
        case 'date_range_value':
          table[m.name] = ranged[m.name] ? [...ranged[m.name]] : m.value === undefined ? [...users] : Array<number>(n).fill(m.value);
          break;
        case 'derived_factor':
          table[m.name] = withStart(d[0].map((v) => v * m.factor!), m.startWith);
          break;
        case 'derived_sum':
          table[m.name] = withStart(d[0].map((_, i) => d.reduce((s, col) => s + col[i], 0)), m.startWith);
          break;
        case 'product':
          table[m.name] = withStart(d[0].map((_, i) => d.reduce((p, col) => (Number.isNaN(col[i]) ? p : p * col[i]), 1)), m.startWith);
          break;
        case 'cumulative':
          table[m.name] = cumsum(d[0], m.startWith);
          break;
        case 'cumulative_limited_lifespan': {
          const cum = cumsum(d[0], m.startWith);
          table[m.name] = cum.map((v, i) => Math.trunc(i >= m.lifespan! ? v - cum[i - m.lifespan!] : v));
          break;
        }
        case 'baseline_with_growth': {
          const baseline = d[0].map((v) => v * m.baseline!);
          const monthly = d[0].map((v) => v * m.monthlyGrowth!);
          const cum = cumsum(monthly, m.startWith);
          table[`${m.name}_baseline`] = baseline;
          table[`${m.name}_monthly`] = monthly;
          table[m.name] = baseline.map((b, i) => b + cum[i]);
          break;
        }
      }
    }
    pending = pending.filter((m) => !ready.includes(m));
  }
  return table;
}
