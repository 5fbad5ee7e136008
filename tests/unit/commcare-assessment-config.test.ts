import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMCARE_CALCULATOR_SETTINGS, COMMCARE_SIZING, commcareSettingsIn, DEFAULT_COMMCARE_CONFIG, DEFAULT_COMMCARE_CONFIG_TEXT } from '@/lib/content/sizing-reference';
import { commcareConstantsForAssessment, type TOwnConfigKind } from '@/lib/domain/commcare-assessment-config';
import type { TLocale } from '@/lib/domain/locale';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';
import { diffResourceModelConfigs, diffServiceFigures } from '@/lib/domain/resource-model-diff';
import { parseResourceModelConfig } from '@/lib/domain/resource-model-config';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';

const MORE = readFileSync(join(process.cwd(), 'tests/fixtures/assessment-config/more-services.yml'), 'utf8');
const own = (text: string) => commcareConstantsForAssessment(text, COMMCARE_CALCULATOR_SETTINGS, 'assessment', reasonSayer('en'));
const errorsOf = (text: string) => {
  const r = own(text);
  return r.ok ? [] : r.errors.map((e) => `${e.path}|${e.line}|${e.message}`);
};
const input = ZCommCareSizingInput.parse({ users: 2500 });

describe("an assessment's own configuration", () => {
  it('the built-in text, uploaded, sizes exactly as the built-in default', () => {
    const r = own(DEFAULT_COMMCARE_CONFIG_TEXT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = calculateCommCareSizing(input, COMMCARE_SIZING);
    const b = calculateCommCareSizing(input, r.constants);
    expect(b.services.map((s) => [s.id, s.perPeriod])).toEqual(a.services.map((s) => [s.id, s.perPeriod]));
    expect(b.totals).toEqual(a.totals);
    expect(diffServiceFigures(a, b)).toEqual([]);
    expect(diffResourceModelConfigs(DEFAULT_COMMCARE_CONFIG, r.config).isSame).toBe(true);
  });

  it("the defaulted rates' reasons are the configuration's own figure and comment", () => {
    const r = own(MORE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const result = calculateCommCareSizing(input, r.constants);
    expect(result.assumptions.find((a) => a.startsWith('Case updates per user per month'))).toBe(
      "Case updates per user per month: 1500 (5 per form) (default — this assessment's configuration: 5 case updates a month (5 cases per form)).",
    );
    expect(result.services.find((s) => s.id === 'es_master')).toMatchObject({ label: 'Elasticsearch master nodes', note: 'a quorum of three master nodes' });
  });

  it('with more services and another factor: the changes by label, and each changed figure', () => {
    const r = own(MORE);
    if (!r.ok) throw new Error('refused');
    const diff = diffResourceModelConfigs(DEFAULT_COMMCARE_CONFIG, r.config);
    expect(diff.isSame).toBe(false);
    expect(diff.settings).toEqual([]);
    expect(diff.summaryDates).toBeNull();
    expect(diff.usage).toEqual([{ kind: 'changed', label: 'case updates a month', name: { key: 'commcare.fields.case_transactions' }, details: [{ param: 'factor', before: 3, after: 5 }] }]);
    // The names in the reader's language: the page says them.
    expect(reasonSayer('fr')(diff.usage[0].name)).toBe('mises à jour de cas par mois');
    expect(reasonSayer('pt')(diff.services[0].name)).toBe('Elasticsearch, nós mestres');
    expect(diff.services).toEqual([
      {
        kind: 'added',
        label: 'Elasticsearch master nodes',
        name: { key: 'commcare.services.es_master' },
        details: [
          { param: 'staticNumber', before: null, after: 3 },
          { param: 'usageField', before: null, after: 'users', said: { before: null, after: { key: 'commcare.fields.users' } } },
          { param: 'minNodes', before: null, after: 0 },
          { param: 'includeHaResources', before: null, after: false },
          { param: 'storageScalesWithNodes', before: null, after: false },
          { param: 'storageGroup', before: null, after: 'Other VM data disks', said: { before: null, after: { key: 'commcare.groups.VM_other' } } },
          { param: 'redundancy', before: null, after: 1 },
          { param: 'staticBaseline', before: null, after: '50 GB', said: { before: null, after: { key: 'commcare.diff.size', params: { value: 50, unit: 'GB' } } } },
          { param: 'coresPerNode', before: null, after: 2 },
          { param: 'ramPerNodeGb', before: null, after: 8 },
        ],
      },
    ]);
    // Values in words are said in the reader's language: "50 Go", the storage group's French name.
    const fr = reasonSayer('fr');
    const said = (param: string) => fr(diff.services[0].details.find((d) => d.param === param)!.said!.after!);
    expect([said('staticBaseline'), said('usageField')]).toEqual(['50 Go', 'utilisateurs']);
    expect(said('storageGroup')).not.toMatch(/Other|disks/);
    const figures = diffServiceFigures(calculateCommCareSizing(input, COMMCARE_SIZING), calculateCommCareSizing(input, r.constants));
    expect(figures.find((f) => f.label === 'Elasticsearch master nodes')).toEqual({ label: 'Elasticsearch master nodes', name: { key: 'commcare.services.es_master' }, before: null, after: { vms: 3, cores: 6, ramGb: 24, dataStorageGb: 50 } });
    // 5 instead of 3 case updates per form: more case-transaction storage on the shards, and a longer change feed.
    expect(figures.map((f) => f.label)).toEqual(expect.arrayContaining(['PostgreSQL shards (forms, cases)', 'Kafka (change feed)']));
  });

  it('a removed service and changed settings and dates are named', () => {
    const text = DEFAULT_COMMCARE_CONFIG_TEXT.replace('storage_buffer: 0.33', 'storage_buffer: 0.5').replace("  - '2024-08'", "  - '2024-07'").replace(/\n  formplayer:[\s\S]*$/, '\n');
    const r = own(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const diff = diffResourceModelConfigs(DEFAULT_COMMCARE_CONFIG, r.config);
    expect(diff.settings).toEqual([{ param: 'storageBuffer', before: 0.33, after: 0.5 }]);
    expect(diff.summaryDates).toEqual({ before: ['2024-08'], after: ['2024-07'] });
    expect(diff.services).toEqual([{ kind: 'removed', label: 'Formplayer (web apps)', name: { key: 'commcare.services.formplayer' }, details: [] }]);
  });

  it.each([
    ['without the blob storage the attachment answer sizes', [/\n  riakcs:[\s\S]*?\n\n/, '\n'], "services|95|needs the service 'riakcs' (Blob storage (RiakCS)) with a data model on 'forms_total': the assessment's answer on attachments per form sets its unit size"],
    ['with case updates not per form', ["    model: 'derived_factor'\n    dependant_field: 'forms_monthly'\n    factor: 3", "    model: 'cumulative'\n    dependant_field: 'forms_monthly'"], "usage.case_transactions.model|46|needs 'case_transactions' as a derived_factor field: the assessment's answer on case updates a month replaces its factor"],
    ['without a case total', [/case_transactions_total/g, 'case_updates_total'], "usage|13|needs a 'case_transactions_total' field (case updates stored): the sizing reports it for every period"],
  ] as const)('refuses a configuration %s, by YAML path and line', (_, [from, to], expected) => {
    const text = DEFAULT_COMMCARE_CONFIG_TEXT.replace(from, to);
    expect(text).not.toBe(DEFAULT_COMMCARE_CONFIG_TEXT);
    expect(parseResourceModelConfig(text).ok).toBe(true);
    expect(errorsOf(text)).toEqual([expected]);
  });
});

describe('the public calculator with a pasted configuration (runCommCareWithConfig)', () => {
  it('sizes the input with it, and refuses it as an assessment would', async () => {
    const { runCommCareWithConfig } = await import('@/lib/app/sizing');
    const ok = runCommCareWithConfig({ platform: 'commcare', users: 2500, resourceModelConfig: MORE });
    expect(ok.ok && ok.result.services.find((s) => s.id === 'es_master')?.perPeriod.at(-1)).toMatchObject({ vms: 3, cores: 6, ramGb: 24 });
    expect(ok.ok && ok.result.assumptions[0]).toBe("Method and constants of Dimagi's commcare-resource-model, one configuration throughout: The configuration you pasted");
    const noBlob = runCommCareWithConfig({ platform: 'commcare', users: 2500, resourceModelConfig: MORE.replace(/\n {2}riakcs:[\s\S]*?\n\n/, '\n') });
    expect(noBlob.ok ? [] : noBlob.fieldErrors.resourceModelConfig[0]).toMatch(/^services \(line \d+\): needs the service 'riakcs'/);
    const big = runCommCareWithConfig({ platform: 'commcare', users: 2500, resourceModelConfig: `${MORE}${'#'.repeat(260 * 1024)}` });
    expect(big.ok ? [] : big.fieldErrors.resourceModelConfig).toEqual(['The configuration is larger than 256 KB.']);
    const huge = runCommCareWithConfig({ platform: 'commcare', users: 2500, resourceModelConfig: MORE.replace('factor: 300', 'factor: 1e308') });
    expect(huge.ok ? [] : huge.fieldErrors.resourceModelConfig).toEqual(['The configuration gives figures too large to compute; check its factors and unit sizes.']);
  });
});

describe("a configuration's own figures and title in the reader's language", () => {
  // The defaulted rates' sources and the citation, as the calculator quotes them (the user's comments as written).
  const sourcesIn = (locale: TLocale, kind: TOwnConfigKind) => {
    const r = commcareConstantsForAssessment(MORE, commcareSettingsIn(locale), kind, reasonSayer(locale));
    if (!r.ok) throw new Error('refused');
    const m = (input: string) => r.constants.inputMapping.find((x) => x.input === input)!.source;
    return [r.constants.source, m('formsPerUserPerMonth'), m('caseUpdatesPerUserPerMonth'), r.constants.attachment.source];
  };
  it.each([
    ['en', 'assessment', ["This assessment's own commcare-resource-model configuration", "this assessment's configuration: 300 forms a month (Forms per user per month (16000000 forms / 1132 users))", "this assessment's configuration: 5 case updates a month (5 cases per form)", "this assessment's configuration: 15.7 KB per form stored (96% of objects)"]],
    ['en', 'pasted', ['The configuration you pasted', 'the configuration you pasted: 300 forms a month (Forms per user per month (16000000 forms / 1132 users))', 'the configuration you pasted: 5 case updates a month (5 cases per form)', 'the configuration you pasted: 15.7 KB per form stored (96% of objects)']],
    ['fr', 'assessment', ['Configuration du modèle de ressources CommCare propre à cette évaluation', 'configuration de cette évaluation : 300 formulaires par mois (Forms per user per month (16000000 forms / 1132 users))', 'configuration de cette évaluation : 5 mises à jour de cas par mois (5 cases per form)', 'configuration de cette évaluation : 15,7 Ko par formulaire stocké (96% of objects)']],
    ['fr', 'pasted', ['La configuration que vous avez collée', 'configuration que vous avez collée : 300 formulaires par mois (Forms per user per month (16000000 forms / 1132 users))', 'configuration que vous avez collée : 5 mises à jour de cas par mois (5 cases per form)', 'configuration que vous avez collée : 15,7 Ko par formulaire stocké (96% of objects)']],
    ['pt', 'assessment', ['Configuração do modelo de recursos do CommCare própria desta avaliação', 'configuração desta avaliação: 300 formulários por mês (Forms per user per month (16000000 forms / 1132 users))', 'configuração desta avaliação: 5 atualizações de casos por mês (5 cases per form)', 'configuração desta avaliação: 15,7 KB por formulário armazenado (96% of objects)']],
    ['pt', 'pasted', ['A configuração que colou', 'configuração que colou: 300 formulários por mês (Forms per user per month (16000000 forms / 1132 users))', 'configuração que colou: 5 atualizações de casos por mês (5 cases per form)', 'configuração que colou: 15,7 KB por formulário armazenado (96% of objects)']],
  ] as const)('%s, %s configuration', (locale, kind, expected) => {
    expect(sourcesIn(locale, kind)).toEqual(expected);
  });

  it('the public calculator quotes them in the request’s language, figures unchanged', async () => {
    const { runCommCareWithConfig } = await import('@/lib/app/sizing');
    const en = runCommCareWithConfig({ platform: 'commcare', users: 2500, resourceModelConfig: MORE });
    const fr = runCommCareWithConfig({ platform: 'commcare', users: 2500, resourceModelConfig: MORE }, 'fr');
    if (!en.ok || !fr.ok) throw new Error('refused');
    expect(fr.result.totals).toEqual(en.result.totals);
    const say = reasonSayer('fr');
    expect(say(fr.result.assumptionReasons[0])).toContain('La configuration que vous avez collée');
    expect(fr.result.services[0].citation.title).toBe('La configuration que vous avez collée');
  });
});

describe('what a configuration changes, in the reader’s language', () => {
  // The shards' form size doubled: their data models, said per field and size.
  const text = DEFAULT_COMMCARE_CONFIG_TEXT.replace('unit_size: 1200', 'unit_size: 2400');
  const r = own(text);
  if (!r.ok) throw new Error('refused');
  const shards = diffResourceModelConfigs(DEFAULT_COMMCARE_CONFIG, r.config).services.find((s) => s.label === 'PostgreSQL shards (forms, cases)')!;
  const models = shards.details.find((d) => d.param === 'dataModels')!;
  it.each([
    ['en', /^forms stored × 2\.4 KB, cases × 1\.8 KB, .+ and case updates stored × 515 B$/, 'PostgreSQL shards (forms, cases)'],
    ['fr', /^formulaires stockés × 2,4 Ko, cas × 1,8 Ko, .+ et mises à jour de cas stockées × 515 o$/, 'PostgreSQL, fragments (formulaires, cas)'],
    ['pt', /^formulários armazenados × 2,4 KB, casos × 1,8 KB, .+ e atualizações de casos armazenadas × 515 B$/, null],
  ] as const)('%s', (locale, after, name) => {
    const say = reasonSayer(locale);
    expect(models.before).toMatch(/^forms stored × 1\.2 KB; cases × 1\.8 KB/);
    expect(say(models.said!.after!)).toMatch(after);
    if (name) expect(say(shards.name)).toBe(name);
  });
});
