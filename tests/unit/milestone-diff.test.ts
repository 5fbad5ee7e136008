import { describe, expect, it } from 'vitest';
import { diffMilestones, type TMilestoneSnapshot } from '@/lib/domain/milestone-diff';

const base: TMilestoneSnapshot = {
  answers: { 'q.users': 2500, 'q.summary': 'Ready', 'q.team': [{ name: 'Aïcha', fte: 1 }], 'q.notes': '' },
  checkpoints: { 'cp.a': { status: 'approved', notApplicable: false }, 'cp.b': { status: 'submitted', notApplicable: false }, 'cp.c': { status: 'open', notApplicable: false } },
  evidence: [{ checkpointId: 'cp.a', fileName: 'contract.pdf', sha256: 'aa' }],
  labels: { 'commcare.tier': { label: 'CommCare HQ tier', value: 'Small cluster' } },
  figures: { 'budget.on-premise': { label: 'Budget, on premise', value: 120_000_00, unit: 'money' }, 'sizing.cores': { label: 'Cores', value: 32, unit: 'cores' } },
};
const w = (patch: Partial<TMilestoneSnapshot>): TMilestoneSnapshot => ({ ...base, ...patch });

describe('diffMilestones', () => {
  it('finds nothing between a milestone and itself, whatever the key order of answers', () => {
    const reordered = w({ answers: { 'q.team': [{ fte: 1, name: 'Aïcha' }], 'q.summary': 'Ready', 'q.users': 2500 } });
    expect(diffMilestones(base, reordered)).toMatchObject({ isUnchanged: true, answers: [] });
  });

  it.each<[string, Partial<TMilestoneSnapshot>, Partial<ReturnType<typeof diffMilestones>>]>([
    ['a changed number', { answers: { ...base.answers, 'q.users': 6000 } }, { answers: [{ questionId: 'q.users', change: 'changed', before: 2500, after: 6000 }] }],
    ['a first answer (blank text before)', { answers: { ...base.answers, 'q.notes': 'New' } }, { answers: [{ questionId: 'q.notes', change: 'added', before: null, after: 'New' }] }],
    ['a cleared answer', { answers: { ...base.answers, 'q.summary': null } }, { answers: [{ questionId: 'q.summary', change: 'removed', before: 'Ready', after: null }] }],
    ['a table row changed', { answers: { ...base.answers, 'q.team': [{ name: 'Aïcha', fte: 0.5 }] } }, { answers: [{ questionId: 'q.team', change: 'changed', before: [{ name: 'Aïcha', fte: 1 }], after: [{ name: 'Aïcha', fte: 0.5 }] }] }],
    [
      'checkpoints that moved, a new one counted from open, and one approved as not applicable',
      { checkpoints: { 'cp.a': { status: 'open', notApplicable: false }, 'cp.b': { status: 'approved', notApplicable: true }, 'cp.c': { status: 'open', notApplicable: false }, 'cp.d': { status: 'submitted', notApplicable: false } } },
      { checkpoints: [{ checkpointId: 'cp.a', from: 'approved', to: 'open' }, { checkpointId: 'cp.b', from: 'submitted', to: 'not applicable' }, { checkpointId: 'cp.d', from: 'open', to: 'submitted' }] },
    ],
    [
      'evidence replaced by a new version under the same name',
      { evidence: [{ checkpointId: 'cp.a', fileName: 'contract.pdf', sha256: 'bb' }] },
      { evidence: [{ checkpointId: 'cp.a', fileName: 'contract.pdf', change: 'removed' }, { checkpointId: 'cp.a', fileName: 'contract.pdf', change: 'added' }] },
    ],
    ['a new tier', { labels: { 'commcare.tier': { label: 'CommCare HQ tier', value: 'Medium cluster' } } }, { labels: [{ key: 'commcare.tier', label: 'CommCare HQ tier', before: 'Small cluster', after: 'Medium cluster' }] }],
    [
      'budget and sizing deltas, and a figure that appeared',
      { figures: { 'budget.on-premise': { label: 'Budget, on premise', value: 150_000_00, unit: 'money' }, 'sizing.cores': { label: 'Cores', value: 24, unit: 'cores' }, 'budget.cloud': { label: 'Budget, cloud', value: 90_000_00, unit: 'money' } } },
      {
        figures: [
          { key: 'budget.cloud', label: 'Budget, cloud', unit: 'money', before: null, after: 90_000_00, delta: 90_000_00 },
          { key: 'budget.on-premise', label: 'Budget, on premise', unit: 'money', before: 120_000_00, after: 150_000_00, delta: 30_000_00 },
          { key: 'sizing.cores', label: 'Cores', unit: 'cores', before: 32, after: 24, delta: -8 },
        ],
      },
    ],
  ])('%s', (_name, patch, expected) => {
    const diff = diffMilestones(base, w(patch));
    expect(diff).toMatchObject({ ...expected, isUnchanged: false });
    for (const part of ['answers', 'checkpoints', 'evidence', 'labels', 'figures'] as const) if (!(part in expected)) expect(diff[part], part).toEqual([]);
  });

  it('is symmetric: swapping the milestones swaps before and after', () => {
    const later = w({ answers: { ...base.answers, 'q.users': 6000 }, figures: { ...base.figures, 'sizing.cores': { label: 'Cores', value: 40, unit: 'cores' } } });
    const forward = diffMilestones(base, later);
    const back = diffMilestones(later, base);
    expect(back.answers[0]).toMatchObject({ before: 6000, after: 2500 });
    expect(back.figures[0]!.delta).toBe(-forward.figures[0]!.delta);
  });
});
