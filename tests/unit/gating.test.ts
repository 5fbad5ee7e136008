import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateFile } from '@/lib/content/load-templates';
import { answerMode, checkpointsToReopen, computeGating, isAnswered, isPhaseWritable, type TStatuses } from '@/lib/domain/gating';
import type { TQuestion } from '@/lib/content/template-schema';

const template = loadTemplateFile(path.join(process.cwd(), 'tests/fixtures/templates/commcare.json'));
const P1 = ['commcare.p1.s1.cp-summary', 'commcare.p1.s2.cp-sized'];
const P2 = ['commcare.p2.s1.cp-vendor', 'commcare.p2.s2.cp-link'];
const approved = (ids: string[], notApplicable = false): TStatuses => Object.fromEntries(ids.map((id) => [id, { status: 'approved' as const, notApplicable }]));

describe('phase gating', () => {
  it.each<[string, TStatuses, boolean[]]>([
    ['nothing signed off', {}, [false, true, true]],
    ['phase 1 half approved', approved(P1.slice(0, 1)), [false, true, true]],
    ['phase 1 submitted, not approved', { [P1[0]]: { status: 'submitted', notApplicable: false }, [P1[1]]: { status: 'submitted', notApplicable: false } }, [false, true, true]],
    ['phase 1 approved', approved(P1), [false, false, true]],
    ['phase 1 and 2 approved', approved([...P1, ...P2]), [false, false, false]],
    ['optional section approved as not applicable', { ...approved([...P1, P2[0]]), ...approved([P2[1]], true) }, [false, false, false]],
    ['phase 2 approved but phase 1 re-opened', { ...approved([P1[1], ...P2]), [P1[0]]: { status: 'open', notApplicable: false } }, [false, true, true]],
  ])('%s', (_name, statuses, locked) => {
    const gating = computeGating(template, statuses, {});
    expect(gating.map((g) => g.locked)).toEqual(locked);
    expect(template.phases.map((p) => !isPhaseWritable(template, p.id, statuses))).toEqual(locked);
    // Draft ahead: answers of a locked phase are kept as drafts, never refused; only its checkpoints wait.
    expect(template.phases.map((p) => answerMode(template, p.id, statuses))).toEqual(locked.map((l) => (l ? 'draft' : 'final')));
    for (const g of gating.filter((x) => x.locked)) expect(g.lockedReason).toMatch(/^Phase \d \(.+\) still has \d checkpoints? to be approved/);
  });

  it('counts required questions answered and checkpoints per state', () => {
    const [p1] = computeGating(template, { [P1[0]]: { status: 'submitted', notApplicable: false } }, { 'commcare.p1.s1.summary': 'Ready', 'commcare.p1.s1.users': null, 'commcare.p1.s1.notes': 'not required' });
    expect(p1).toMatchObject({ answered: 1, required: 3, checkpoints: { open: 1, submitted: 1, approved: 0, changes_requested: 0 } });
  });

  it('refuses writes to an unknown phase', () => {
    expect(isPhaseWritable(template, 'commcare.p9', approved([...P1, ...P2]))).toBe(false);
    expect(answerMode(template, 'commcare.p9', approved([...P1, ...P2]))).toBeUndefined();
  });

  it.each<[string, TStatuses, string[]]>([
    ['approved checkpoint citing the question', approved(P1), ['commcare.p1.s1.cp-summary']],
    ['submitted checkpoint citing the question', { [P1[0]]: { status: 'submitted', notApplicable: false } }, ['commcare.p1.s1.cp-summary']],
    ['open checkpoint', { [P1[0]]: { status: 'open', notApplicable: false } }, []],
    ['changes requested', { [P1[0]]: { status: 'changes_requested', notApplicable: false } }, []],
    ['approved as not applicable', approved([P1[0]], true), []],
  ])('re-opens on evidence change: %s', (_name, statuses, expected) => {
    expect(checkpointsToReopen(template, 'commcare.p1.s1.users', statuses)).toEqual(expected);
  });
});

describe('isAnswered', () => {
  const q = (kind: string, extra = {}) => ({ id: 'x.y', label: 'x', references: [], required: true, origin: 'added', kind, ...extra }) as TQuestion;
  it.each<[string, TQuestion, unknown, boolean]>([
    ['text', q('text'), 'a', true],
    ['blank text', q('text'), '   ', false],
    ['null', q('text'), null, false],
    ['zero', q('number'), 0, true],
    ['empty multi', q('multi'), [], false],
    ['multi', q('multi'), ['a'], true],
    ['empty table', q('table', { columns: [{ id: 'name', label: 'Name', kind: 'text' }] }), [], false],
    ['table of empty rows', q('table', { columns: [{ id: 'name', label: 'Name', kind: 'text' }] }), [{ name: null }, { name: ' ' }], false],
    ['table with a filled row', q('table', { columns: [{ id: 'name', label: 'Name', kind: 'text' }] }), [{ name: null }, { name: 'HQ' }], true],
    ['person without name', q('person'), { name: ' ', jobFunction: 'x', email: '' }, false],
    ['person', q('person'), { name: 'Aïcha', jobFunction: 'DevOps', email: '' }, true],
    ['date', q('date'), '2026-01-31', true],
  ])('%s', (_name, question, value, expected) => {
    expect(isAnswered(question, value)).toBe(expected);
  });
});
