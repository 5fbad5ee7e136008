import 'server-only';

/** Which template version each platform of an assessment uses, as a save last found it. */
export type TCachedTrack = { platform: string; templateVersionId: string; templateKey: string; version: number };

/** Assessments remembered at most; beyond it the oldest is forgotten (its next save reads its tracks again). */
export const MAX_CACHED_ASSESSMENTS = 10_000;

const cache = new Map<string, TCachedTrack[]>();

/**
 * The tracks of an assessment as this process last read them. A hint, never a fact: an upgrade
 * (on this or another instance) can change them at any time, so whoever uses it has the database
 * confirm the version in the same statement that writes (see saveAnswer), and reads again when not.
 */
export function cachedTracks(assessmentId: string): TCachedTrack[] | undefined {
  return cache.get(assessmentId);
}

export function rememberTracks(assessmentId: string, tracks: TCachedTrack[]): void {
  cache.delete(assessmentId);
  cache.set(assessmentId, tracks);
  if (cache.size > MAX_CACHED_ASSESSMENTS) cache.delete(cache.keys().next().value!);
}
