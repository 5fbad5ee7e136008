import { describe, expect, it } from 'vitest';
import { followedAssessments } from '@/lib/domain/reviewer-follow';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const a = (id: string, age: number) => ({ id, name: `Assessment ${id}`, updatedAt: daysAgo(age) });

describe('followedAssessments: what a reviewer follows', () => {
  it.each<[string, ReturnType<typeof a>[], string[], [string, string][]]>([
    ['nothing to follow', [], [], []],
    ['an assessment they reviewed, however old', [a('old', 400)], ['old'], [['old', 'reviewed']]],
    ['recent activity within 30 days', [a('fresh', 3)], [], [['fresh', 'recent']]],
    ['exactly 30 days ago is still recent', [a('edge', 30)], [], [['edge', 'recent']]],
    ['31 days ago and never reviewed is left out', [a('stale', 31)], [], []],
    ['reviewed ones first, then the most recently active', [a('r1', 5), a('x', 1), a('r2', 2), a('y', 10)], ['r1', 'r2'], [['r2', 'reviewed'], ['r1', 'reviewed'], ['x', 'recent'], ['y', 'recent']]],
  ])('%s', (_name, candidates, reviewed, expected) => {
    expect(followedAssessments(candidates, new Set(reviewed), now).map((f) => [f.id, f.reason])).toEqual(expected);
  });

  it('keeps at most the limit', () => {
    const many = Array.from({ length: 15 }, (_, i) => a(`a${i}`, i));
    expect(followedAssessments(many, new Set(), now, { limit: 10 })).toHaveLength(10);
  });
});
