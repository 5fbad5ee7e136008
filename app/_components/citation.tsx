import type { TCited } from '@/lib/domain/dhis2-citations';

/** Where a figure comes from, for people: the page and section as a link, and our assumption if any. */
export function Citation({ source, assumption }: TCited) {
  return (
    <small className="citation">
      {source && (
        <>
          {' '}
          Source:{' '}
          <a href={source.url} rel="noreferrer" target="_blank">
            {source.title} — {source.section}
          </a>
          .
        </>
      )}
      {assumption && <> Our assumption: {assumption}.</>}
    </small>
  );
}
