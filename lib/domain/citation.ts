/**
 * A source as people read it: the work's title, the part of it that says so, and a link when
 * the work is published. Never a file name, a repository path or a commit. Its schema is
 * ./citation-schema.ts (kept apart: pages that show citations ship this file to the browser,
 * and zod with it would weigh more than the rest of the questionnaire's own code).
 */
export type TCitation = { title: string; section?: string; url?: string };

/** "Title — section": how a citation reads in running text. */
export const citationLabel = (c: TCitation) => (c.section ? `${c.title} — ${c.section}` : c.title);

/** A citation in a document (no links there): the label, then the address a reader can type. */
export const citationInDocument = (c: TCitation) => (c.url ? `${citationLabel(c)} (${c.url})` : citationLabel(c));

/** The citations once each, in first-seen order: a "Sources" list under a page or a document part. */
export function uniqueCitations(citations: readonly TCitation[]): TCitation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.title}\u0000${c.section ?? ''}\u0000${c.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads a reference written as text by questionnaire version 1 ("000_68c3….txt (DHIS2 server
 * hosting), Maintenance" or "Guide to …, section 2.3") as a citation, dropping the file name, so
 * assessments still on version 1 show citations too.
 */
export function citationFromText(text: string): TCitation {
  const seed = /^\d{3}_[0-9a-f]+\.txt \(([^)]+)\)(?:, (.+))?$/.exec(text.trim());
  if (seed) return seed[2] ? { title: seed[1], section: seed[2] } : { title: seed[1] };
  const guide = /^(.+), (section .+)$/i.exec(text.trim());
  if (guide) return { title: guide[1], section: guide[2].replace(/^s/, 'S') };
  return { title: text.replace(/\S+\.(txt|ya?ml|json|py|md)\b/g, '').replace(/\s+/g, ' ').trim() || 'Source' };
}
