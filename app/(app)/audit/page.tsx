import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { pageLocale } from '@/lib/i18n/request';
import { formatDateIn, formatNumberIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import { AnswerView } from '@/app/_components/answer-view';
import { parseOrganizationAuditQuery, type TOrganizationAuditQuery } from '@/lib/schemas/organization-audit-query';
import { listOrganizationAudit } from '@/lib/server/organization-audit';

export async function generateMetadata() {
  return { title: (await getTranslations('orgAudit'))('title') };
}

const href = (q: TOrganizationAuditQuery, page: number) => {
  const search = new URLSearchParams();
  if (q.person) search.set('person', q.person);
  if (q.kind) search.set('kind', q.kind);
  if (q.assessment) search.set('assessment', q.assessment);
  if (page > 1) search.set('page', String(page));
  const s = search.toString();
  return `/audit${s ? `?${s}` : ''}`;
};

const when = (locale: TLocale, d: Date) => `${formatDateIn(locale, d)} ${d.toISOString().slice(11, 16)} UTC`;

/** The organisation's whole audit trail, for administrators: who did what, in which assessment, in words. */
export default async function OrganizationAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const [t, locale] = await Promise.all([getTranslations('orgAudit'), pageLocale()]);
  if (!can(session.role, 'organization-audit.read')) return <p className="form-error">{t('onlyAdmins')}</p>;
  const query = parseOrganizationAuditQuery(await searchParams);
  const trail = await listOrganizationAudit(db(), session.actor, query, locale);
  const first = (trail.page - 1) * trail.pageSize + 1;
  const last = Math.min(trail.total, trail.page * trail.pageSize);
  const n = (x: number) => formatNumberIn(locale, x, 0);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro', { organization: session.organization.name })}</p>
      <form method="get" className="row" aria-label={t('filter')}>
        <label>
          {t('person')}{' '}
          <select name="person" defaultValue={query.person ?? ''}>
            <option value="">{t('everyone')}</option>
            {trail.filters.people.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kind')}{' '}
          <select name="kind" defaultValue={query.kind ?? ''}>
            <option value="">{t('everyKind')}</option>
            {trail.filters.kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('assessment')}{' '}
          <select name="assessment" defaultValue={query.assessment ?? ''}>
            <option value="">{t('everyAssessment')}</option>
            {trail.filters.assessments.map((a) => (
              <option key={a.value} value={a.value}>
                {a.isArchived ? t('archivedOption', { name: a.label }) : a.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('show')}</button>
        {(query.person || query.kind || query.assessment) && <Link href="/audit">{t('clear')}</Link>}
      </form>
      <p role="status">{trail.total === 0 ? t('noneMatch') : t('range', { first: n(first), last: n(last), total: n(trail.total) })}</p>
      {trail.events.length > 0 && (
        <div className="card table-wrap">
          <table>
            <caption className="skip">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('where')}</th>
                <th scope="col">{t('about')}</th>
                <th scope="col">{t('before')}</th>
                <th scope="col">{t('after')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.events.map((e) => (
                <tr key={e.id}>
                  <td>{when(locale, e.createdAt)}</td>
                  <td>{e.actorName}</td>
                  <td>{e.kind}</td>
                  <td>{e.assessmentId && e.assessmentName ? <Link href={`/assessments/${e.assessmentId}`}>{e.assessmentName}</Link> : <span className="muted">{t('organisationWide')}</span>}</td>
                  <td>{e.subject ?? ''}</td>
                  <td>{e.before.kind === 'empty' ? <span className="muted">—</span> : <AnswerView view={e.before} caption={`${e.subject ?? e.kind}, ${t('before')}`} />}</td>
                  <td>{e.after.kind === 'empty' ? <span className="muted">—</span> : <AnswerView view={e.after} caption={`${e.subject ?? e.kind}, ${t('after')}`} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {trail.pageCount > 1 && (
        <nav aria-label={t('pages')} className="row">
          {trail.page > 1 ? <Link href={href(query, trail.page - 1)}>{t('newer')}</Link> : null}
          <span>{t('pageOf', { page: trail.page, pages: trail.pageCount })}</span>
          {trail.page < trail.pageCount ? <Link href={href(query, trail.page + 1)}>{t('older')}</Link> : null}
        </nav>
      )}
    </>
  );
}
