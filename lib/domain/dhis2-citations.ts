import { citationLabel } from './citation';
import type { TDhis2SizingConstants, TSourceRef } from './dhis2-sizing-constants';

/** A page of DHIS2's documentation and the section a figure comes from, to be shown as a citation. */
export type TSource = { title: string; section: string; repo: string; path: string; url: string };

/**
 * Where a figure comes from: DHIS2's page (`source`), our labelled `assumption`, or both when a
 * DHIS2 floor and a rule of ours meet. Every figure of the DHIS2 sizing has at least one of them.
 */
export type TCited = { source?: TSource; assumption?: string };

/** The full citation of a `{ ref, section }` of the reference data. */
export function cite(c: TDhis2SizingConstants, ref: TSourceRef): TSource {
  const page = c.sources[ref.ref];
  if (!page) throw new Error(`Unknown DHIS2 source: ${ref.ref}`);
  return { title: page.title, section: ref.section, repo: page.repo, path: page.path, url: page.url };
}

/** "Title — section": how a citation reads in text. */
export const citationText = (s: TSource) => citationLabel(s);
