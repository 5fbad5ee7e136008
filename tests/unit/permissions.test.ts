import { describe, expect, it } from 'vitest';
import { ACTIONS, PERMISSIONS, ROLES, can, rightsLost, scopesAllow, type TRole } from '@/lib/auth/permissions';
import { navigationFor } from '@/lib/app/navigation';

// The expected matrix, written out independently of lib/auth/permissions: P = planner,
// R = reviewer, C = consultant, A = admin. Changing a permission means changing this table too.
const EXPECTED: Record<string, string> = {
  'assessment.read': 'PRCA',
  'assessment.create': 'P--A',
  'assessment.upgrade': 'P--A',
  'assessment.export': 'PRCA',
  'assessment.import': 'P--A',
  'assessment.archive': '---A',
  'assessment.delete': '---A',
  'answer.write': 'P--A',
  'checkpoint.submit': 'P--A',
  'checkpoint.review': '-R-A',
  'evidence.write': 'P--A',
  'review.queue': '-R-A',
  'discussion.write': 'PRCA',
  'notification.manage': 'PRCA',
  'audit.read': 'PRCA',
  'organization-audit.read': '---A',
  'outputs.read': 'PRCA',
  'outputs.edit': 'P-CA',
  'rfp.read': 'PRCA',
  'rfp.edit': '--CA',
  'rfp.issue': '--CA',
  'member.list': '---A',
  'member.invite': '---A',
  'member.remove': '---A',
  'member.change-role': '---A',
  'invitation.revoke': '---A',
  'account.manage': 'PRCA',
  'token.manage-organization': '---A',
  'template.manage': '---A',
  'milestone.save': 'P-CA',
  'portfolio.read': '--CA',
};
const LETTER = { planner: 'P', reviewer: 'R', consultant: 'C', admin: 'A' } as const;

describe('permission matrix', () => {
  it('lists exactly the expected actions', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cells = ACTIONS.flatMap((action) => ROLES.map((role) => [action, role, EXPECTED[action]?.includes(LETTER[role]) ?? false] as const));
  it.each(cells)('%s by %s -> %s', (action, role, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it.each([
    ['owner', 'assessment.read'],
    ['', 'assessment.read'],
    [undefined, 'assessment.read'],
    ['admin', 'assessment.destroy'],
    ['admin', 'toString'],
    ['admin', '__proto__'],
    ['admin', undefined],
    [{ role: 'admin' }, 'assessment.read'],
  ])('fails closed for role %j and action %j', (role, action) => {
    expect(can(role, action)).toBe(false);
  });

  it('navigation shows each role only what it may use', () => {
    expect(navigationFor('planner').map((n) => n.label)).toEqual(['Assessments', 'Sizing calculator', 'Glossary', 'Your account']);
    expect(navigationFor('reviewer').map((n) => n.label)).toEqual(['Assessments', 'Review queue', 'Sizing calculator', 'Glossary', 'Your account']);
    expect(navigationFor('admin').map((n) => n.label)).toEqual(['Assessments', 'Portfolio', 'Review queue', 'Members', 'Questionnaires', 'Sizing calculator', 'Glossary', 'Your account']);
    expect(navigationFor('consultant').map((n) => n.label)).toEqual(['Assessments', 'Portfolio', 'Sizing calculator', 'Glossary', 'Your account']);
    expect(PERMISSIONS['member.list']).toEqual(['admin']);
  });
});

describe('API token scopes', () => {
  it.each([
    [['read'], 'assessment.read', true],
    [['read'], 'answer.write', false],
    [['answers'], 'answer.write', true],
    [['outputs'], 'outputs.read', true],
    [['outputs'], 'rfp.read', true],
    [['read', 'outputs', 'answers'], 'assessment.import', false],
    [['read', 'outputs', 'answers'], 'rfp.issue', false],
    [['admin'], 'assessment.read', false],
    [['__proto__'], 'assessment.read', false],
    [[], 'assessment.read', false],
  ] as const)('%j allows %s: %s', (scopes, action, allowed) => expect(scopesAllow(scopes, action)).toBe(allowed));
});

describe('rightsLost: which role changes need a confirmation', () => {
  it.each<[TRole, TRole, boolean]>([
    ['admin', 'planner', true],
    ['planner', 'reviewer', true],
    ['reviewer', 'admin', false],
    ['planner', 'admin', false],
    ['consultant', 'consultant', false],
  ])('%s → %s takes rights away: %s', (from, to, expected) => {
    expect(rightsLost(from, to).length > 0).toBe(expected);
  });

  it('lists exactly the actions lost', () => {
    expect(rightsLost('admin', 'reviewer')).toEqual(expect.arrayContaining(['member.change-role', 'answer.write']));
    expect(rightsLost('admin', 'reviewer')).not.toContain('checkpoint.review');
  });
});
