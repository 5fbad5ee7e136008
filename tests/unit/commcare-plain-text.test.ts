import { strFromU8, unzipSync } from 'fflate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommCareResult } from '@/app/_components/sizing-results';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { DEFAULT_RATE_CARD, SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { calculateAssessmentOutputs, DEFAULT_BUDGET_SETTINGS, OUTPUT_QUESTIONS } from '@/lib/domain/assessment-outputs';
import { commcareSizingBlocks } from '@/lib/domain/documents/sizing-blocks';
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
    const html = renderToStaticMarkup(createElement(CommCareResult, { result }));
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('PostgreSQL shards (forms, cases)');
    expect(text).toContain('Source:');
    expect(leaks(text)).toEqual([]);
  });

  it('the sizing CSV and XLSX', async () => {
    const table = sizingTable(outputs);
    expect(leaks(toCsv(table))).toEqual([]);
    const files = unzipSync(new Uint8Array(await toXlsx([table])));
    const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(shared).toContain('PostgreSQL shards');
    expect(leaks(shared.replace(/<[^>]+>/g, ' '))).toEqual([]);
  });

  it("the RFP's sizing section", () => {
    const text = strings(commcareSizingBlocks(result)).join('\n');
    expect(text).toContain('Assumptions');
    expect(leaks(text)).toEqual([]);
  });

  it('the configuration’s comments are the reason of a figure', () => {
    const couch = result.services.find((s) => s.id === 'couchdb')!;
    expect(couch.note).toContain('to account for other databases');
    expect(couch.citation.title).toBe("Dimagi's CommCare resource model, small-deployment example configuration");
  });
});
