import { describe, expect, it } from 'vitest';
import { transition, type TCheckpointEvent, type TCheckpointState, type TCheckpointStatus } from '@/lib/domain/checkpoint-machine';

const state = (status: TCheckpointStatus, extra: Partial<TCheckpointState> = {}): TCheckpointState => ({ status, notApplicable: false, ...extra });
const submitted = state('submitted', { submittedById: 'planner' });

const submit: TCheckpointEvent = { type: 'submit', actorId: 'planner', evidenceComplete: true };
const na = (justification: string, isOptional = true): TCheckpointEvent => ({ type: 'submit_not_applicable', actorId: 'planner', justification, isOptional });
const approve = (actorId = 'reviewer'): TCheckpointEvent => ({ type: 'approve', actorId });
const changes = (comment: string, actorId = 'reviewer'): TCheckpointEvent => ({ type: 'request_changes', actorId, comment });

describe('checkpoint state machine', () => {
  it.each<[string, TCheckpointState, TCheckpointEvent, TCheckpointStatus | string]>([
    ['submit from open', state('open'), submit, 'submitted'],
    ['submit after changes requested', state('changes_requested', { comment: 'fix' }), submit, 'submitted'],
    ['submit with missing evidence', state('open'), { ...submit, evidenceComplete: false } as TCheckpointEvent, 'evidence_incomplete'],
    ['submit twice', submitted, submit, 'not_submittable'],
    ['submit when approved', state('approved'), submit, 'not_submittable'],
    ['not applicable on optional section', state('open'), na('No cloud'), 'submitted'],
    ['not applicable on required section', state('open'), na('No cloud', false), 'not_optional'],
    ['not applicable without justification', state('open'), na('   '), 'justification_required'],
    ['approve a submission', submitted, approve(), 'approved'],
    ['approve own submission', submitted, approve('planner'), 'same_person'],
    ['approve when open', state('open'), approve(), 'not_submitted'],
    ['approve when already approved', state('approved', { submittedById: 'planner' }), approve(), 'not_submitted'],
    ['request changes', submitted, changes('Add the budget'), 'changes_requested'],
    ['request changes without comment', submitted, changes('  '), 'comment_required'],
    ['request changes on own submission', submitted, changes('x', 'planner'), 'same_person'],
    ['request changes when open', state('open'), changes('x'), 'not_submitted'],
    ['reopen approved', state('approved'), { type: 'reopen', reason: 'evidence changed' }, 'open'],
    ['reopen submitted', submitted, { type: 'reopen', reason: 'evidence changed' }, 'open'],
    ['reopen open', state('open'), { type: 'reopen', reason: 'evidence changed' }, 'not_reopenable'],
  ])('%s', (_name, from, event, expected) => {
    const result = transition(from, event);
    expect(result.ok ? result.next.status : result.code).toBe(expected);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('records who submitted, who reviewed and why', () => {
    const na1 = transition(state('open'), na('  Not hosted in the cloud. '));
    expect(na1).toMatchObject({ ok: true, next: { notApplicable: true, justification: 'Not hosted in the cloud.', submittedById: 'planner' } });
    const reviewed = transition(submitted, changes(' Add the budget '));
    expect(reviewed).toMatchObject({ ok: true, next: { reviewedById: 'reviewer', comment: 'Add the budget', submittedById: 'planner' } });
    const resubmitted = transition(state('changes_requested', { comment: 'x', notApplicable: true, justification: 'y' }), submit);
    expect(resubmitted).toEqual({ ok: true, next: { status: 'submitted', notApplicable: false, submittedById: 'planner' } });
    expect(transition(state('approved'), { type: 'reopen', reason: 'r' })).toEqual({ ok: true, next: { status: 'open', notApplicable: false, reopenReason: 'r' } });
  });
});
