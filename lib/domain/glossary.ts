import { z } from 'zod';
import { ZCitation } from './citation-schema';

/** The glossary (content/glossary/en.json): jargon people meet on pages, in plain words, with a source where there is one. */
export const ZGlossary = z
  .object({
    terms: z.array(z.object({ term: z.string().min(1), aliases: z.array(z.string().min(1)).default([]), definition: z.string().min(20), source: ZCitation.optional() }).strict()).min(1),
  })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.terms.forEach((t, i) =>
      [t.term, ...t.aliases].forEach((form) => {
        if (seen.has(form)) ctx.addIssue({ code: 'custom', message: `"${form}" is listed twice`, path: ['terms', i] });
        seen.add(form);
      }),
    );
  });
export type TGlossary = z.infer<typeof ZGlossary>;
export type TGlossaryTerm = TGlossary['terms'][number];

/** The term's anchor on the glossary page: "-Xmx" → "xmx", "shared_buffers" → "shared-buffers". */
export const termAnchor = (term: string) => term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A piece of text, and the glossary term it is the first use of on the page, if any. */
export type TGlossarySegment = { text: string; term?: TGlossaryTerm };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Splits a text at the first use on the page of each glossary term (its name or an alias, exact
 * case, as a whole word). `seen` holds the terms the page has already linked and is updated, so
 * a term is linked once per page, not on every occurrence.
 */
export function markFirstUses(text: string, glossary: TGlossary, seen: Set<string>): TGlossarySegment[] {
  const forms = glossary.terms.flatMap((t) => [t.term, ...t.aliases].map((form) => ({ form, term: t }))).sort((a, b) => b.form.length - a.form.length);
  const pattern = new RegExp(`(?<![\\w-])(${forms.map((f) => escape(f.form)).join('|')})(?![A-Za-z_])`, 'g');
  const segments: TGlossarySegment[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const term = forms.find((f) => f.form === m[1])!.term;
    if (seen.has(term.term)) continue;
    seen.add(term.term);
    if (m.index > last) segments.push({ text: text.slice(last, m.index) });
    segments.push({ text: m[1], term });
    last = m.index + m[1].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
