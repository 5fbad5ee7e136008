import { readFileSync } from 'node:fs';
import { reasonSayer } from '@/lib/i18n/reason-text';
import type { ComponentProps } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { loadMessages } from '@/lib/i18n/load-messages';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommCareResult } from '@/app/_components/sizing-results';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { DEFAULT_RATE_CARD, SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { calculateAssessmentOutputs, DEFAULT_BUDGET_SETTINGS, OUTPUT_QUESTIONS } from '@/lib/domain/assessment-outputs';
import { storageGroupLabel } from '@/lib/domain/commcare-labels';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';
import { commcareSummaryTables } from '@/lib/domain/commcare-summary-tables';
import { commcareSizingBlocks } from '@/lib/domain/documents/sizing-blocks';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import { sizingTable } from '@/lib/domain/output-tables';
import { toCsv } from '@/lib/exports/csv';
import { toXlsx } from '@/lib/exports/xlsx';

/**
 * What people read of the CommCare sizing carries no developer output: no configuration file path,
 * no commit hash, no snake_case key of the resource model's configuration (pg_shards, forms_total,
 * VM_os). Sources are citations, service and storage-group names plain labels.
 */
const LEAKS: [string, RegExp][] = [
  ['a configuration path', /configs\/|\.ya?ml\b|\.py\b/],
  ['a commit hash', /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/],
  ['a snake_case key', /\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/],
];
const leaks = (text: string) => LEAKS.filter(([, re]) => re.test(text)).map(([what, re]) => `${what}: ${re.exec(text)![0]}`);

const outputs = calculateAssessmentOutputs(
  { platforms: ['commcare'], answers: { [OUTPUT_QUESTIONS.commcare.users]: 2500 }, team: [], settings: DEFAULT_BUDGET_SETTINGS, overrides: {} },
  { commcare: COMMCARE_SIZING, dhis2: DHIS2_SIZING, catalogue: SKILLS_CATALOGUE, rateCard: DEFAULT_RATE_CARD },
);
const result = outputs.sizing.commcare!;
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

describe('the CommCare sizing as people read it', () => {
  it('the sizing page text', () => {
    // As the page renders it: with the English messages (the component reads its labels through next-intl).
    const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: 'en', messages: loadMessages('en'), timeZone: 'UTC' } as ComponentProps<typeof NextIntlClientProvider>, createElement(CommCareResult, { result })));
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('PostgreSQL shards (forms, cases)');
    expect(text).toContain('Source:');
    expect(leaks(text)).toEqual([]);
  });

  it('the sizing CSV and XLSX', async () => {
    const table = sizingTable(outputs, 'en', reasonSayer('en'));
    expect(leaks(toCsv(table))).toEqual([]);
    const files = unzipSync(new Uint8Array(await toXlsx([table])));
    const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(shared).toContain('PostgreSQL shards');
    expect(leaks(shared.replace(/<[^>]+>/g, ' '))).toEqual([]);
  });

  it("the RFP's sizing section", () => {
    const text = strings(commcareSizingBlocks(result, 'en', reasonSayer('en'))).join('\n');
    expect(text).toContain('Assumptions');
    expect(leaks(text)).toEqual([]);
  });

  it('the configuration’s comments are the reason of a figure', () => {
    const couch = result.services.find((s) => s.id === 'couchdb')!;
    expect(couch.note).toContain('to account for other databases');
    expect(couch.citation.title).toBe("Dimagi's CommCare resource model, small-deployment example configuration");
  });
});

describe("the sizing workbook's summary sheets, in the resource model's layout", () => {
  /*
   * 1,000 users from 2024-07 is the bka-test configuration; its summary at 2024-08 (one of the
   * periods, the configuration's summary date) is the model's own output (tests/fixtures/resource-model/reference.json, obtained by
   * running the model, see that folder's README).
   */
  const reference = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/resource-model/reference.json'), 'utf8'))['bka-test.yml'][0] as {
    services: Record<string, { vms: number; cores: number; ramGb: number }>;
    storageByGroup: Record<string, number>;
  };
  const bka = calculateCommCareSizing(ZCommCareSizingInput.parse({ users: 1000, startDate: '2024-07-01', horizonMonths: 12 }), COMMCARE_SIZING);
  const tables = commcareSummaryTables(bka);
  const rowsOf = (name: string) => tables.find((t) => t.name === name)!.rows.filter((r) => r[0] === bka.periods.find((p) => p.endMonth === '2024-08')!.label);

  it('has the five sections of the model’s summary sheet', () => {
    expect(tables.map((t) => t.name)).toEqual(['Storage by Group (TB)', 'VMs by Size', 'VMs by Type', 'VM Summary', 'Service Detailed Summary']);
  });
  it('storage by group is the model’s, under plain labels', () => {
    const got = Object.fromEntries(rowsOf('Storage by Group (TB)').map((r) => [r[1], r[2] as number]));
    const want = Object.fromEntries(Object.entries(reference.storageByGroup).map(([g, tb]) => [storageGroupLabel(g), tb]));
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const [g, tb] of Object.entries(want)) expect(got[g]).toBeCloseTo(tb, 9);
  });
  it('VMs by size and the detailed total add up to the model’s VMs, cores and RAM', () => {
    const want = Object.values(reference.services);
    expect(sum(rowsOf('VMs by Size').map((r) => r[2] as number))).toBe(sum(want.map((s) => s.vms)));
    const total = rowsOf('Service Detailed Summary').find((r) => r[1] === 'Total')!;
    expect([total[4], total[7], total[11]]).toEqual([sum(want.map((s) => s.cores)), sum(want.map((s) => s.ramGb)), sum(want.map((s) => s.vms))]);
  });
  it.each(['fr', 'pt'] as const)('in %s: the same figures, with sheets, headers, periods, services and groups in the language', (locale) => {
    const theirs = commcareSummaryTables(bka, locale, reasonSayer(locale));
    // Rows sorted by name come in the language's order: the same rows, compared as sets.
    const figures = (ts: typeof tables) => ts.map((t) => t.rows.map((r) => JSON.stringify(r.filter((c) => typeof c === 'number'))).sort());
    expect(figures(theirs)).toEqual(figures(tables));
    const english = new Set(tables.flatMap((t) => [t.name, ...t.columns.map((c) => c.header), ...t.rows.flatMap((r) => r.filter((c): c is string => typeof c === 'string'))]));
    const same = theirs.flatMap((t) => [t.name, ...t.columns.map((c) => c.header), ...t.rows.flatMap((r) => r.filter((c): c is string => typeof c === 'string'))]).filter((w) => english.has(w));
    // Software names and words both languages write alike.
    expect([...new Set(same)].filter((w) => !/^(Total|Service|CouchDB|Redis|RabbitMQ|Web \(Django\)|Proxy \(nginx\)|PostgreSQL \(principal\))$/.test(w))).toEqual([]);
  });
  it('has no internal names', async () => {
    const files = unzipSync(new Uint8Array(await toXlsx(tables)));
    expect(leaks(strFromU8(files['xl/sharedStrings.xml']).replace(/<[^>]+>/g, ' '))).toEqual([]);
  });
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
