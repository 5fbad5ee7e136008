import { describe, expect, it } from 'vitest';
import type { TQuestion } from '@/lib/content/template-schema';
import { buildComparisonModel, type TComparisonDocText } from '@/lib/domain/documents/build-comparison-model';
import { modelText } from '@/lib/domain/documents/doc-model';
import { describeComparison, type TComparisonWords } from '@/lib/domain/milestone-comparison';
import { diffMilestones } from '@/lib/domain/milestone-diff';
import { freezeOutputs, toDiffInput, type TFrozenAssessment, type TSnapshotWords } from '@/lib/domain/milestone-snapshot';
import { polylinePoints, progressSeries, share } from '@/lib/domain/progress-chart';

const hosting = { id: 'q.hosting', label: 'Where will the servers be hosted?', kind: 'single', required: true, references: [], origin: 'added', options: [{ value: 'ndc', label: 'National data centre' }, { value: 'cloud', label: 'Commercial cloud' }] } as TQuestion;
const users = { id: 'q.users', label: 'Mobile users', kind: 'number', unit: 'users', min: 0, max: 1e9, integer: true, required: true, references: [], origin: 'added' } as TQuestion;
const words: TSnapshotWords = {
  platform: (p) => (p === 'commcare' ? 'CommCare' : 'DHIS2'),
  tier: (_p, t) => ({ 'small-cluster': 'Small cluster', 'large-cluster': 'Large cluster' })[t] ?? t,
  tierLabel: (p, s) => (s ? `${p} — ${s}: specification` : `${p}: configuration`),
  totalLabel: (p, w) => `${p}: production ${w}`,
  budgetLabel: (o, y, c) => `Budget over ${y} years (${c}), ${o}`,
};
const cw: TComparisonWords = {
  locale: 'en',
  question: (id) => ({ [hosting.id]: hosting, [users.id]: users })[id],
  checkpoint: (id) => (id === 'cp.dc' ? 'The data centre is chosen' : undefined),
  status: (s) => ({ open: 'Open', submitted: 'Waiting for review', approved: 'Approved', changes_requested: 'Changes requested', 'not applicable': 'Not applicable', none: 'Open' })[s],
  figure: (f, v, signed) => `${signed && v > 0 ? '+' : ''}${v}${f.unit === 'money' ? ' XOF' : f.unit === 'gb' ? ' GB' : ' cores'}`,
  empty: 'Not answered',
  unknownQuestion: 'A question no longer in the questionnaire',
  unknownCheckpoint: 'A checkpoint no longer in the questionnaire',
};
const footprint = (cores: number) => ({ environments: [{ kind: 'production', cores, ramGb: 64, storageGb: 500 }, { kind: 'staging', cores: 4, ramGb: 8, storageGb: 50 }] });
const frozen = (patch: Partial<TFrozenAssessment>): TFrozenAssessment => ({
  version: 1,
  tracks: [{ platform: 'commcare', templateVersionId: 't1' }],
  answers: { [hosting.id]: 'ndc', [users.id]: 2500 },
  checkpoints: { 'cp.dc': { status: 'submitted', notApplicable: false } },
  evidence: [],
  progress: [{ platform: 'commcare', phaseId: 'p1', phaseNumber: 1, answered: 1, required: 2, approved: 0, checkpoints: 2 }],
  outputs: freezeOutputs({ sizing: { commcare: { tier: { tier: 'small-cluster' }, footprint: footprint(16) } }, budget: { years: 5, currency: { code: 'XOF', minorDigits: 0 }, options: [{ option: 'on-premise', grandTotal: 1000 }] } }),
  ...patch,
});

describe('freezeOutputs', () => {
  it('keeps tiers, production totals only and each option’s grand total', () => {
    const out = freezeOutputs({
      sizing: { commcare: { tier: { tier: 'small-cluster' }, footprint: footprint(16) }, dhis2: { systems: [{ name: 'HMIS', tier: { tier: 'medium' } }], footprints: [footprint(8), footprint(4)] } },
      budget: { years: 5, currency: { code: 'XOF', minorDigits: 0 }, options: [{ option: 'saas', grandTotal: 42 }] },
    });
    expect(out).toEqual({
      tiers: [{ platform: 'commcare', tier: 'small-cluster' }, { platform: 'dhis2', system: 'HMIS', tier: 'medium' }],
      totals: [{ platform: 'commcare', cores: 16, ramGb: 64, storageGb: 500 }, { platform: 'dhis2', cores: 12, ramGb: 128, storageGb: 1000 }],
      budget: { years: 5, currency: { code: 'XOF', minorDigits: 0 }, options: [{ option: 'saas', grandTotal: 42 }] },
    });
    expect(freezeOutputs({ sizing: {} })).toEqual({ tiers: [], totals: [], budget: null });
  });
});

describe('describeComparison: a diff in words', () => {
  const later = frozen({
    answers: { [hosting.id]: 'cloud', [users.id]: 6000 },
    checkpoints: { 'cp.dc': { status: 'approved', notApplicable: false }, 'cp.gone': { status: 'submitted', notApplicable: false } },
    evidence: [{ checkpointId: 'cp.dc', fileName: 'contrat.pdf', sha256: 'ab', size: 10 }],
    outputs: freezeOutputs({ sizing: { commcare: { tier: { tier: 'large-cluster' }, footprint: footprint(24) } }, budget: { years: 5, currency: { code: 'XOF', minorDigits: 0 }, options: [{ option: 'on-premise', grandTotal: 1500 }] } }),
  });
  const view = describeComparison(diffMilestones(toDiffInput(frozen({}), words), toDiffInput(later, words)), cw);

  it('answers by question label and formatted value, never ids or raw values', () => {
    expect(view.answers).toEqual([
      { label: 'Where will the servers be hosted?', before: 'National data centre', after: 'Commercial cloud' },
      { label: 'Mobile users', before: '2,500 users', after: '6,000 users' },
    ]);
  });
  it('checkpoints by label and state words; one that left the questionnaire is said so', () => {
    expect(view.checkpoints).toEqual([
      { label: 'The data centre is chosen', before: 'Waiting for review', after: 'Approved' },
      { label: 'A checkpoint no longer in the questionnaire', before: 'Open', after: 'Waiting for review' },
    ]);
  });
  it('evidence, tier and deltas of sizing and budget', () => {
    expect(view.evidence).toEqual([{ checkpoint: 'The data centre is chosen', fileName: 'contrat.pdf', change: 'added' }]);
    expect(view.outputs).toEqual([
      { label: 'CommCare: configuration', before: 'Small cluster', after: 'Large cluster', delta: null },
      { label: 'Budget over 5 years (XOF), on-premise', before: '1000 XOF', after: '1500 XOF', delta: '+500 XOF' },
      { label: 'CommCare: production cores', before: '16 cores', after: '24 cores', delta: '+8 cores' },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/q\.hosting|cp\.dc|small-cluster|"cloud"/);
  });
  it('a budget in another currency is not a delta: the old total goes, the new one comes', () => {
    const eur = frozen({ outputs: { ...frozen({}).outputs, budget: { years: 5, currency: { code: 'EUR', minorDigits: 2 }, options: [{ option: 'on-premise', grandTotal: 900 }] } } });
    const out = describeComparison(diffMilestones(toDiffInput(frozen({}), words), toDiffInput(eur, words)), cw).outputs;
    expect(out.map((o) => [o.label, o.before, o.after, o.delta])).toEqual([
      ['Budget over 5 years (EUR), on-premise', 'Not answered', '900 XOF', null],
      ['Budget over 5 years (XOF), on-premise', '1000 XOF', 'Not answered', null],
    ]);
  });
  it('the document model carries the same words, and says when nothing changed', () => {
    const text: TComparisonDocText = {
      title: 'Comparison of two moments', subtitle: 'Évaluation', assessment: 'Assessment', country: 'Country', from: 'Earlier', to: 'Later', unchanged: 'Nothing changed between these two moments.',
      headings: { answers: 'Answers that changed', checkpoints: 'Checkpoints that moved', evidence: 'Evidence files', outputs: 'Sizing and budget' },
      none: { answers: 'No answer changed.', checkpoints: 'No checkpoint moved.', evidence: 'No evidence file was added or removed.', outputs: 'The sizing and the budget did not change.' },
      columns: { question: 'Question', checkpoint: 'Checkpoint', file: 'File', figure: 'Output', before: 'Before', after: 'After', change: 'Change' }, added: 'Added', removed: 'Removed',
    };
    const meta = { locale: 'en' as const, assessmentName: 'Évaluation', country: 'Bénin', clientName: 'Ministère', fromName: '“Start” (1 March 2027)', toName: 'now (10 March 2027)', generatedOn: '10 March 2027' };
    const changed = modelText(buildComparisonModel(view, meta, text));
    expect(changed).toContain('Mobile users 2,500 users 6,000 users');
    expect(changed).toContain('CommCare: production cores 16 cores 24 cores +8 cores');
    expect(changed).not.toContain('Nothing changed');
    const same = describeComparison(diffMilestones(toDiffInput(frozen({}), words), toDiffInput(frozen({}), words)), cw);
    const unchanged = modelText(buildComparisonModel(same, meta, text));
    expect(unchanged).toContain('Nothing changed between these two moments.');
    expect(unchanged).toContain('No answer changed.');
  });
});

describe('progress over time', () => {
  const p = (phaseId: string, n: number, answered: number, approved: number) => ({ platform: 'commcare', phaseId, phaseNumber: n, answered, required: 4, approved, checkpoints: 2 });
  it('one series per phase across moments; a phase absent at a moment is null', () => {
    const series = progressSeries([
      { label: 'Start', progress: [p('p1', 1, 1, 0)] },
      { label: 'Now', progress: [p('p1', 1, 4, 2), p('p2', 2, 2, 0)] },
    ]);
    expect(series).toEqual([
      {
        platform: 'commcare',
        phases: [
          { phaseId: 'p1', phaseNumber: 1, values: [{ answered: 1, required: 4, approved: 0, checkpoints: 2 }, { answered: 4, required: 4, approved: 2, checkpoints: 2 }] },
          { phaseId: 'p2', phaseNumber: 2, values: [null, { answered: 2, required: 4, approved: 0, checkpoints: 2 }] },
        ],
      },
    ]);
  });
  it.each([
    [0, 4, 0],
    [2, 4, 0.5],
    [4, 4, 1],
    [0, 0, 1],
  ])('share(%i, %i) = %f', (done, total, expected) => expect(share(done, total)).toBe(expected));
  it('draws shares from the bottom (0%) to the top (100%), skipping missing moments', () => {
    const box = { width: 100, height: 100, left: 0, right: 0, top: 0, bottom: 0 };
    expect(polylinePoints([0, 0.5, 1], box)).toBe('0,100 50,50 100,0');
    expect(polylinePoints([null, 1], box)).toBe('100,0');
  });
});
