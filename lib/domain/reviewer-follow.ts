/**
 * Which assessments a reviewer follows, for the review page when nothing waits for them: those they
 * have reviewed, and those of their organisation with activity in the last `recentDays` days.
 * Reviewed ones first, then the most recently active; at most `limit`. Pure: the caller passes now.
 */
export type TFollowCandidate = { id: string; name: string; updatedAt: Date };
export type TFollowed = TFollowCandidate & { reason: 'reviewed' | 'recent' };

export const FOLLOW_RECENT_DAYS = 30;
const DAY_MS = 86_400_000;

export function followedAssessments(
  candidates: readonly TFollowCandidate[],
  reviewedIds: ReadonlySet<string>,
  now: Date,
  { recentDays = FOLLOW_RECENT_DAYS, limit = 10 }: { recentDays?: number; limit?: number } = {},
): TFollowed[] {
  const since = now.getTime() - recentDays * DAY_MS;
  return candidates
    .flatMap((c): TFollowed[] => (reviewedIds.has(c.id) ? [{ ...c, reason: 'reviewed' }] : c.updatedAt.getTime() >= since ? [{ ...c, reason: 'recent' }] : []))
    .sort((a, b) => (a.reason === b.reason ? b.updatedAt.getTime() - a.updatedAt.getTime() || a.name.localeCompare(b.name) : a.reason === 'reviewed' ? -1 : 1))
    .slice(0, limit);
}
