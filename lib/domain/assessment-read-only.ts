/**
 * An archived assessment is read-only until an administrator restores it: its answers, decisions,
 * evidence, discussions, milestones, outputs and RFP stay as they were. The one rule every write
 * path and every page asks.
 */
export function isReadOnly(assessment: { archivedAt: Date | string | null }): boolean {
  return assessment.archivedAt !== null;
}

/** The refusal in English (the server's words to API clients); pages translate it (validation.assessmentArchived). */
export const ARCHIVED_READ_ONLY_MESSAGE = 'This assessment is archived, so it is read-only. An administrator can restore it.';
