import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import type { TDocCheckpoint } from '@/lib/domain/documents/assessment-blocks';
import { buildReportModel, type TReportModelInput } from '@/lib/domain/documents/build-report-model';
import { modelText, type TDocBlock, type TDocModel } from '@/lib/domain/documents/doc-model';
import { formatGb, formatInteger } from '@/lib/domain/documents/format';
import { formatMoney } from '@/lib/domain/money';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';

const sample = sampleRfpInput();
const input: TReportModelInput = { assessment: sample.assessment, platforms: sample.platforms, templates: sample.templates, checkpoints: sample.checkpoints, sizing: sample.sizing, skills: sample.skills, budget: sample.budget, generatedAt: sample.generatedAt };
const tablesOf = (m: TDocModel, id: string) => m.sections.find((s) => s.id === id)!.blocks.filter((b): b is Extract<TDocBlock, { kind: 'table' }> => b.kind === 'table');
const cp = (phaseId: string, status: TDocCheckpoint['status'], notApplicable = false): TDocCheckpoint => ({ checkpointId: `${phaseId}.cp-${Math.random()}`, label: 'x', phaseId, phaseTitle: phaseId.toUpperCase(), status, notApplicable });

describe('the assessment report', () => {
  const m = buildReportModel(input, 'en', reasonSayer('en'));

  it('has the sections of the issue, numbered, and is never a draft', () => {
    expect(m.kind).toBe('report');
    expect(m.isDraft).toBe(false);
    expect(m.missing).toEqual([]);
    expect(m.sections.filter((s) => s.level === 1).map((s) => `${s.number} ${s.title}`)).toEqual(['1 Summary', '2 Progress per Phase', '3 Checkpoint Status', '4 Sizing', '5 Skills Gap', '6 Budget per Hosting Option']);
  });

  it.each([
    ['all approved', [cp('p1', 'approved'), cp('p1', 'approved')], ['P1', '2', '2', '0', '0', '0', '0', '100%']],
    ['not applicable is left out of the total', [cp('p1', 'approved'), cp('p1', 'open', true)], ['P1', '1', '1', '0', '0', '0', '1', '100%']],
    ['mixed', [cp('p1', 'approved'), cp('p1', 'submitted'), cp('p1', 'changes_requested'), cp('p1', 'open')], ['P1', '1', '4', '1', '1', '1', '0', '25%']],
    ['nothing applicable', [cp('p1', 'open', true)], ['P1', '0', '0', '0', '0', '0', '1', '—']],
  ])('progress per phase: %s', (_n, checkpoints, row) => {
    const table = tablesOf(buildReportModel({ ...input, checkpoints }, 'en', reasonSayer('en')), 'progress')[0];
    expect(table.rows[0]).toEqual(row);
    expect(table.rows.at(-1)![0]).toBe('Total');
  });

  it('lists each checkpoint’s evidence files in the checkpoint matrix', () => {
    const checkpoints = [{ ...cp('p1', 'approved'), evidenceFiles: ['contract.pdf (PDF document, 2.3 MB)', 'room.jpg (JPEG image, 830 KB)'] }, cp('p1', 'open')];
    const table = tablesOf(buildReportModel({ ...input, checkpoints }, 'en', reasonSayer('en')), 'checkpoints')[0];
    expect(table.columns.at(-1)!.label).toBe('Evidence files');
    expect(table.rows.map((r) => r.at(-1))).toEqual(['contract.pdf (PDF document, 2.3 MB); room.jpg (JPEG image, 830 KB)', '']);
  });

  it('counts approved out of applicable per phase, in the order of the phases', () => {
    const table = tablesOf(m, 'progress')[0];
    const phases = [...new Set(sample.checkpoints.map((c) => c.phaseTitle))];
    expect(table.rows.slice(0, -1).map((r) => r[0])).toEqual(phases);
    for (const row of table.rows.slice(0, -1)) {
      const items = sample.checkpoints.filter((c) => c.phaseTitle === row[0] && !c.notApplicable);
      expect(row.slice(1, 3)).toEqual([String(items.filter((c) => c.status === 'approved').length), String(items.length)]);
    }
  });

  it('lists every checkpoint with its status', () => {
    const rows = tablesOf(m, 'checkpoints')[0].rows;
    expect(rows).toHaveLength(sample.checkpoints.length);
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['Approved', 'Submitted', 'Changes requested', 'Open', 'Not applicable']));
  });

  it('shows the engines’ figures as the RFP does', () => {
    const text = modelText(m);
    const cc = sample.sizing.commcare!;
    expect(text).toContain(`Peak mobile users ${formatInteger(Math.max(...cc.periods.map((p) => p.users)))}`);
    expect(text).toContain(formatGb(cc.totals.at(-1)!.dataStorageGb));
    for (const o of sample.budget!.options) expect(text).toContain(`${o.label} ${o.totalsPerYear.map((y) => formatMoney(y, sample.budget!.currency)).join(' ')} ${formatMoney(o.grandTotal, sample.budget!.currency)}`);
    expect(text).toContain(`FTE needed ${sample.skills!.fte.needed}`);
  });

  it('lists what is not computed yet', () => {
    const empty = buildReportModel({ ...input, sizing: {}, skills: undefined, budget: undefined, checkpoints: [] }, 'en', reasonSayer('en'));
    expect(empty.missing.map((x) => x.key)).toEqual(['tool.sizing', 'tool.skills', 'tool.budget']);
    expect(empty.sections.at(-1)!.title).toBe('Open Items');
    expect(JSON.stringify(empty)).not.toMatch(/XXX/);
  });
});
