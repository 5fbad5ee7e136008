import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResourceModelConfig } from '@/lib/domain/resource-model-config';
import { runResourceModel } from '@/lib/domain/resource-model-run';

/*
 * The example configurations of Dimagi's commcare-resource-model (kabass/commcare-resource-model at
 * da6826be76d38bc737223d41e1523d185e4da495, `configs/`), copied unchanged into
 * tests/fixtures/resource-model/. The expected figures in reference.json were obtained by running
 * the model's own, unmodified code on each file: Python 3.11, numpy 1.26.4, pandas 2.3.3 and the
 * jsonobject stand-in of /work/shared/tools/resource-model, with reference.py (beside the fixtures)
 * calling core.config.config_from_path, generate_usage_data, generate_service_data,
 * get_summary_data and summarize_service_data — the same calls as run_model.py — and writing per
 * summary date each service's VMs Total, Cores Total, RAM Total (GB), Data Storage Total and the
 * Storage by Group "Rounded Total", in the configuration's display unit.
 * Configurations the model itself cannot run here (sets, or failing inside pandas) are not used.
 */
const dir = join(process.cwd(), 'tests/fixtures/resource-model');
type TRef = { date: string; users: number; services: Record<string, { vms: number; cores: number; ramGb: number; dataStorage: number }>; storageByGroup: Record<string, number> }[];
const reference = JSON.parse(readFileSync(join(dir, 'reference.json'), 'utf8')) as Record<string, TRef>;

describe.each(Object.keys(reference))('%s against the model', (file) => {
  const parsed = parseResourceModelConfig(readFileSync(join(dir, file), 'utf8'));
  it('parses', () => expect(parsed.ok ? [] : parsed.errors).toEqual([]));
  if (!parsed.ok) return;
  const run = runResourceModel(parsed.config);
  it('has the same summary dates and users', () => {
    expect(run.summaries.map((s) => [s.date, s.users])).toEqual(reference[file].map((r) => [r.date, r.users]));
  });
  for (const [k, ref] of reference[file].entries()) {
    it.each(Object.keys(ref.services))(`${ref.date} %s: VMs, cores, RAM exact, storage within 1%`, (id) => {
      const got = run.summaries[k].services.find((s) => s.id === id)!;
      const want = ref.services[id];
      expect({ vms: got.vms, cores: got.cores, ramGb: got.ramGb }).toEqual({ vms: want.vms, cores: want.cores, ramGb: want.ramGb });
      expect(Math.abs(got.dataStorage - want.dataStorage)).toBeLessThanOrEqual(want.dataStorage * 0.01);
    });
    it(`${ref.date} storage by group within 1%`, () => {
      const got = Object.fromEntries(run.summaries[k].storageByGroup.map((g) => [g.group, g.total]));
      expect(Object.keys(got).sort()).toEqual(Object.keys(ref.storageByGroup).sort());
      for (const [g, want] of Object.entries(ref.storageByGroup)) expect(Math.abs(got[g] - want)).toBeLessThanOrEqual(want * 0.01);
    });
  }
});

/** A small valid configuration; each validation row changes one thing in it. */
const BASE = `estimation_buffer: 0.25
storage_buffer: 0.33
storage_display_unit: TB
summary_dates:
  - '2024-08'
vm_os_storage_gb: 50
vm_os_storage_group: 'VM_os'
usage:
  users:
    model: 'date_range_value'
    ranges:
      - ['20240701', '20240801', 1000]
  forms_monthly:
    model: 'derived_factor'
    dependant_field: 'users'
    factor: 300  # forms per user per month
  forms_total:
    model: 'cumulative'
    dependant_field: 'forms_monthly'
  cases_total:
    model: 'baseline_with_growth'
    dependant_field: 'users'
    baseline: 10
    monthly_growth: 150
  synclogs_total:
    model: 'cumulative_limited_lifespan'
    dependant_field: 'forms_monthly'
    lifespan: 2
  changes:
    model: 'derived_sum'
    dependant_fields: ['forms_monthly', 'cases_total_monthly']
  images:
    model: 'product'
    dependant_fields: ['users', 'forms_monthly']
services:
  pg_shards:
    static_number: 1
    storage:
      group: 'SSD'
      data_models:
        - referenced_field: 'forms_total'
          unit_size: 1200
    process:
      cores_per_node: 2
      ram_per_node: 8
`;
const errorsOf = (text: string) => {
  const r = parseResourceModelConfig(text);
  return r.ok ? [] : r.errors.map((e) => `${e.path}|${e.line}|${e.message}`);
};

describe('configuration validation: each error names its YAML path and line', () => {
  it('the base configuration is valid', () => expect(errorsOf(BASE)).toEqual([]));
  it('keeps the comments as the reason of a figure', () => {
    const r = parseResourceModelConfig(BASE);
    expect(r.ok && r.config.comments['usage.forms_monthly.factor']).toBe('forms per user per month');
    expect(r.ok && r.config.usage.find((u) => u.name === 'forms_monthly')!.source).toBe('forms per user per month');
  });
  it.each([
    ['date_range_value without ranges', ["      - ['20240701', '20240801', 1000]\n", ''], 'usage.users.ranges|11|must be a list of date ranges'],
    ['date_range_value with a text value', ["'20240801', 1000]", "'20240801', 'many']"], "usage.users.ranges.0.2|12|'many' must be a number"],
    ['derived_factor without factor', ['    factor: 300  # forms per user per month\n', ''], 'usage.forms_monthly.factor|14|is required'],
    ['derived_factor on an unknown field', ["dependant_field: 'users'\n    factor: 300", "dependant_field: 'userz'\n    factor: 300"], "usage.forms_monthly.dependant_field|15|'userz' is not a usage field"],
    ['cumulative with a negative start', ["dependant_field: 'forms_monthly'\n  cases_total", "dependant_field: 'forms_monthly'\n    start_with: -5\n  cases_total"], 'usage.forms_total.start_with|20|must be 0 or more'],
    ['baseline_with_growth without monthly_growth', ['    monthly_growth: 150\n', ''], 'usage.cases_total.monthly_growth|21|is required'],
    ['cumulative_limited_lifespan with lifespan 0', ['lifespan: 2', 'lifespan: 0'], 'usage.synclogs_total.lifespan|28|must be more than 0'],
    ['derived_sum with no fields', ["dependant_fields: ['forms_monthly', 'cases_total_monthly']", 'dependant_fields: []'], 'usage.changes.dependant_fields|31|needs at least one field'],
    ['product with an unknown field', ["['users', 'forms_monthly']", "['users', 'formz']"], "usage.images.dependant_fields.1|34|'formz' is not a usage field"],
    ['date_range_value with a date that is not a month start', ["['20240701', '20240801', 1000]", "['20240715', '20240801', 1000]"], "usage.users.ranges.0.0|12|'20240715' is not the first of a month (the model counts whole months)"],
    ['derived_factor with a text factor', ['factor: 300', "factor: 'many'"], "usage.forms_monthly.factor|16|'many' must be a number"],
    ['derived_sum on an unknown field', ["['forms_monthly', 'cases_total_monthly']", "['forms_monthly', 'cases_totl_monthly']"], "usage.changes.dependant_fields.1|31|'cases_totl_monthly' is not a usage field"],
    ['product without its fields', ["    dependant_fields: ['users', 'forms_monthly']\n", ''], 'usage.images.dependant_fields|33|is required'],
    ['cumulative without its field', ["    dependant_field: 'forms_monthly'\n  cases_total", '  cases_total'], 'usage.forms_total.dependant_field|18|is required'],
    ['cumulative on an unknown field', ["dependant_field: 'forms_monthly'\n  cases_total", "dependant_field: 'forms_month'\n  cases_total"], "usage.forms_total.dependant_field|19|'forms_month' is not a usage field"],
    ['cumulative_limited_lifespan without lifespan', ['    lifespan: 2\n', ''], 'usage.synclogs_total.lifespan|26|is required'],
    ['cumulative_limited_lifespan on an unknown field', ["dependant_field: 'forms_monthly'\n    lifespan", "dependant_field: 'formz'\n    lifespan"], "usage.synclogs_total.dependant_field|27|'formz' is not a usage field"],
    ['baseline_with_growth with a text baseline', ['baseline: 10', "baseline: 'ten'"], "usage.cases_total.baseline|23|must be a number"],
    ['baseline_with_growth on an unknown field', ["dependant_field: 'users'\n    baseline", "dependant_field: 'user'\n    baseline"], "usage.cases_total.dependant_field|22|'user' is not a usage field"],
    ['an unknown usage model', ["model: 'product'", "model: 'exponential'"], "usage.images.model|33|'exponential' is not a usage model (one of date_range_value, derived_factor, derived_sum, product, cumulative, cumulative_limited_lifespan, baseline_with_growth)"],
    ['an unknown option of a usage model', ['    lifespan: 2\n', '    lifespan: 2\n    decay: 3\n'], "usage.synclogs_total.decay|29|'decay' is not an option the model knows"],
    ['an unknown service option', ['    static_number: 1\n', '    static_number: 1\n    autoscale: true\n'], "services.pg_shards.autoscale|38|'autoscale' is not an option the model knows"],
    ['an unknown storage option', ["      group: 'SSD'\n", "      group: 'SSD'\n      raid: 10\n"], "services.pg_shards.storage.raid|40|'raid' is not an option the model knows"],
    ['a service on an unknown field', ["referenced_field: 'forms_total'", "referenced_field: 'forms_totl'"], "services.pg_shards.storage.data_models.0.referenced_field|41|'forms_totl' is not a usage field"],
    ['a bad size', ['unit_size: 1200', 'unit_size: 1.5GB'], 'services.pg_shards.storage.data_models.0.unit_size|42|must be a size in bytes or like 50KB, 200MB, 100GB'],
    ['a range ending before it starts', ["['20240701', '20240801', 1000]", "['20240801', '20240701', 1000]"], 'usage.users.ranges.0|12|ends (2024-07) before it starts (2024-08)'],
    ['ranges out of order', ["      - ['20240701', '20240801', 1000]\n", "      - ['20240701', '20240801', 1000]\n      - ['20240601', 900]\n"], 'usage.users.ranges.1|13|starts (2024-06) before the previous range ends (2024-08); ranges must be in date order'],
    ['a summary date outside the months', ["  - '2024-08'", "  - '2025-08'"], "summary_dates.0|5|2025-08 is not one of the configuration's months (2024-07 to 2024-08)"],
    ['a missing top-level setting', ['storage_buffer: 0.33\n', ''], 'storage_buffer|1|is required'],
    ['scenario sets', ['usage:\n', "sets:\n  size: [{name: a}]\nusage:\n"], "sets|9|'sets' (scenario sets) is not supported: run each set as its own configuration"],
    ['a set placeholder', ["'20240801', 1000]", "'20240801', '{users}']"], "usage.users.ranges.0.2|12|'{users}' is a set placeholder; sets are not supported, write the figure itself"],
  ])('%s', (_, [from, to], expected) => {
    expect(BASE.includes(from)).toBe(true);
    expect(errorsOf(BASE.replace(from, to))).toContain(expected);
  });

  it('refuses a cycle between derived fields', () => {
    const text = BASE.replace("dependant_field: 'users'\n    factor: 300", "dependant_field: 'forms_total'\n    factor: 300");
    expect(errorsOf(text)).toEqual(['usage.forms_monthly|14|forms_monthly, forms_total, synclogs_total, changes, images depend on each other in a cycle; no order can compute them']);
  });

  it('refuses a 10 MB configuration before parsing it', () => {
    const text = `${BASE}\n${'# padding to ten megabytes of comment text\n'.repeat(250_000)}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(errorsOf(text)).toEqual(['|null|The configuration is larger than 256 KB.']);
  });

  it('refuses a YAML bomb (aliases of aliases)', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    const started = performance.now();
    const errors = errorsOf(`${bomb}\n${BASE}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\|null\|The configuration uses too many aliases/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses YAML syntax errors with their line', () => {
    expect(errorsOf(`${BASE}  bad: [unclosed\n`)[0]).toMatch(/^\|47\|/);
  });
});

describe('the API path (runResourceModelSizing)', () => {
  it('answers a configuration with its summaries, and refuses figures too large to compute', async () => {
    const { runResourceModelSizing } = await import('@/lib/app/sizing');
    const ok = runResourceModelSizing({ platform: 'commcare', resourceModelConfig: BASE });
    expect(ok.ok && ok.summaries[0].services[0]).toMatchObject({ id: 'pg_shards', vms: 1, cores: 2, ramGb: 8 });
    const huge = runResourceModelSizing({ platform: 'commcare', resourceModelConfig: BASE.replace('factor: 300', 'factor: 1e308') });
    expect(huge.ok ? 'accepted' : huge.fieldErrors.resourceModelConfig).toEqual(['The configuration gives figures too large to compute; check its factors and unit sizes.']);
    const bad = runResourceModelSizing({ platform: 'commcare', resourceModelConfig: BASE.replace("'users'\n    factor", "'userz'\n    factor") });
    expect(bad.ok ? 'accepted' : bad.fieldErrors.resourceModelConfig).toEqual(["usage.forms_monthly.dependant_field (line 15): 'userz' is not a usage field"]);
  });
});
