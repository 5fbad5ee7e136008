import Link from 'next/link';
import { cache } from 'react';
import { GLOSSARY } from '@/lib/content/glossary';
import { markFirstUses, termAnchor } from '@/lib/domain/glossary';

/** The terms already linked on the page being rendered (one set per request). */
const linkedOnThisPage = cache(() => new Set<string>());

/** Text in which the first use on the page of each glossary term links to its definition. */
export function GlossaryText({ text }: { text: string }) {
  const segments = markFirstUses(text, GLOSSARY, linkedOnThisPage());
  return (
    <>
      {segments.map((s, i) =>
        s.term ? (
          <Link key={i} href={`/glossary#${termAnchor(s.term.term)}`} className="term" title={s.term.definition}>
            <abbr>{s.text}</abbr>
          </Link>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
