import Link from 'next/link';

/**
 * The filter form and the pager the two audit pages share (an assessment's trail and the
 * organisation's). A plain GET form and plain links: they work without JavaScript.
 */

export type TAuditFilter = { name: string; label: string; everyLabel: string; value: string | undefined; options: { value: string; label: string }[] };

/** `/audit?person=…&kind=…&page=2`: the filters that are set, and the page when it is not the first. */
export function auditHref(path: string, filters: Record<string, string | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) search.set(name, value);
  if (page > 1) search.set('page', String(page));
  const s = search.toString();
  return `${path}${s ? `?${s}` : ''}`;
}

export function AuditFilterForm({ label, filters, show, clear }: { label: string; filters: TAuditFilter[]; show: string; clear: { href: string; label: string } }) {
  return (
    <form method="get" className="row" aria-label={label}>
      {filters.map((f) => (
        <label key={f.name}>
          {f.label}{' '}
          <select name={f.name} defaultValue={f.value ?? ''}>
            <option value="">{f.everyLabel}</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">{show}</button>
      {filters.some((f) => f.value) && <Link href={clear.href}>{clear.label}</Link>}
    </form>
  );
}

export function AuditPager({ label, page, pageCount, href, newer, older, pageOf }: { label: string; page: number; pageCount: number; href: (page: number) => string; newer: string; older: string; pageOf: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="row">
      {page > 1 ? <Link href={href(page - 1)}>{newer}</Link> : null}
      <span>{pageOf}</span>
      {page < pageCount ? <Link href={href(page + 1)}>{older}</Link> : null}
    </nav>
  );
}
