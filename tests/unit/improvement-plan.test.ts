import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateFile } from '@/lib/content/load-templates';
import type { TStatuses } from '@/lib/domain/gating';
import { improvementPlan } from '@/lib/domain/improvement-plan';

const template = loadTemplateFile(path.join(process.cwd(), 'tests/fixtures/templates/commcare.json'));
const approved = (...ids: string[]): TStatuses => Object.fromEntries(ids.map((id) => [`commcare.${id}`, { status: 'approved' as const, notApplicable: false }]));
const P1_ANSWERS = { 'commcare.p1.s1.summary': 'Ready', 'commcare.p1.s1.users': 2500, 'commcare.p1.s2.sized': 'yes' };
const short = (items: ReturnType<typeof improvementPlan>) => items.map((i) => `${i.kind === 'checkpoint' ? 'C' : 'Q'} ${i.id.replace('commcare.', '')} ${i.blocks}${i.isCurrentPhase ? ' *' : ''}`);

describe('improvementPlan: current phase first, then what holds up the most', () => {
  it.each<[string, TStatuses, Record<string, unknown>, string[]]>([
    [
      'nothing done: questions cited by phase 1 checkpoints hold up those and every later item',
      {},
      {},
      [
        'Q p1.s1.summary 7 *', 'Q p1.s1.users 7 *', 'Q p1.s2.sized 7 *', 'C p1.s1.cp-summary 6 *', 'C p1.s2.cp-sized 6 *',
        'Q p2.s1.vendor 3', 'Q p2.s2.link 3', 'C p2.s1.cp-vendor 2', 'C p2.s2.cp-link 2',
        'Q p3.s1.done 1', 'C p3.s1.cp-done 0',
      ],
    ],
    [
      'phase 1 answered but not approved: its checkpoints come first',
      {},
      P1_ANSWERS,
      ['C p1.s1.cp-summary 6 *', 'C p1.s2.cp-sized 6 *', 'Q p2.s1.vendor 3', 'Q p2.s2.link 3', 'C p2.s1.cp-vendor 2', 'C p2.s2.cp-link 2', 'Q p3.s1.done 1', 'C p3.s1.cp-done 0'],
    ],
    [
      'phase 1 signed off, one phase 2 checkpoint submitted: phase 2 is current',
      { ...approved('p1.s1.cp-summary', 'p1.s2.cp-sized'), 'commcare.p2.s1.cp-vendor': { status: 'submitted', notApplicable: false } },
      { ...P1_ANSWERS, 'commcare.p2.s1.vendor': 'Acme' },
      ['Q p2.s2.link 3 *', 'C p2.s1.cp-vendor 2 *', 'C p2.s2.cp-link 2 *', 'Q p3.s1.done 1', 'C p3.s1.cp-done 0'],
    ],
    [
      'a re-opened phase 1 checkpoint makes phase 1 current again',
      { ...approved('p1.s2.cp-sized', 'p2.s1.cp-vendor', 'p2.s2.cp-link'), 'commcare.p1.s1.cp-summary': { status: 'changes_requested', notApplicable: false } },
      { ...P1_ANSWERS, 'commcare.p2.s1.vendor': 'Acme', 'commcare.p2.s2.link': 'https://x.example' },
      ['C p1.s1.cp-summary 2 *', 'Q p3.s1.done 1', 'C p3.s1.cp-done 0'],
    ],
    [
      'everything approved and answered: nothing left',
      approved('p1.s1.cp-summary', 'p1.s2.cp-sized', 'p2.s1.cp-vendor', 'p2.s2.cp-link', 'p3.s1.cp-done'),
      { ...P1_ANSWERS, 'commcare.p2.s1.vendor': 'Acme', 'commcare.p2.s2.link': 'https://x.example', 'commcare.p3.s1.done': 'yes' },
      [],
    ],
  ])('%s', (_name, statuses, values, expected) => {
    expect(short(improvementPlan(template, statuses, values))).toEqual(expected);
  });

  it('keeps the checkpoint status and the labels', () => {
    const [first] = improvementPlan(template, { 'commcare.p1.s1.cp-summary': { status: 'changes_requested', notApplicable: false } }, P1_ANSWERS);
    expect(first).toMatchObject({ kind: 'checkpoint', status: 'changes_requested', label: expect.stringMatching(/\w/), phaseNumber: 1 });
  });
});
