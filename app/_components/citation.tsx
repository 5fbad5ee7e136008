import { useTranslations } from 'next-intl';
import type { TCitation } from '@/lib/domain/citation';
import { citationLabel } from '@/lib/domain/citation';
import type { TCited } from '@/lib/domain/dhis2-citations';

/** One citation for people: its title and section, a link when the work is published. */
export function Cite({ citation }: { citation: TCitation }) {
  const label = citationLabel(citation);
  return citation.url ? (
    <a href={citation.url} rel="noreferrer" target="_blank">
      {label}
    </a>
  ) : (
    <cite>{label}</cite>
  );
}

/** Where a figure comes from, for people: the page and section as a link, and our assumption if any. */
export function Citation({ source, assumption }: TCited) {
  const t = useTranslations('ui');
  return (
    <small className="citation">
      {source && (
        <>
          {' '}
          {t('source')} <Cite citation={source} />.
        </>
      )}
      {assumption && <> {t('ourAssumption', { assumption })}</>}
    </small>
  );
}

/** The sources of a question: "Source: A — 1.1; B — Maintenance", each a link when published. */
export function SourcesLine({ citations }: { citations: readonly TCitation[] }) {
  const t = useTranslations('ui');
  if (citations.length === 0) return null;
  return (
    <p className="muted citation">
      {t('sourcesLabel', { count: citations.length })}{' '}
      {citations.map((c, i) => (
        <span key={`${c.title}-${c.section ?? ''}`}>
          {i > 0 && '; '}
          <Cite citation={c} />
        </span>
      ))}
    </p>
  );
}

/** A "Sources" list under a page: the works it draws on, once each. */
export function SourcesList({ citations, heading }: { citations: readonly TCitation[]; heading?: string }) {
  const t = useTranslations('ui');
  if (citations.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">{heading ?? t('sources')}</h2>
      <ul>
        {citations.map((c) => (
          <li key={`${c.title}-${c.section ?? ''}-${c.url ?? ''}`}>
            <Cite citation={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}
