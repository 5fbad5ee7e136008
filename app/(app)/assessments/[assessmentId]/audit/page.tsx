import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatIntegerIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { parseAuditQuery, type TAuditQuery } from '@/lib/schemas/audit-query';
import { listAuditTrail } from '@/lib/server/assessments/audit-trail';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { AuditTrail } from '../audit-trail';

type TProps = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = assessmentMetadata({ key: 'auditTrail' });

const href = (assessmentId: string, q: TAuditQuery, page: number) => {
  const search = new URLSearchParams();
  if (q.person) search.set('person', q.person);
  if (q.kind) search.set('kind', q.kind);
  if (q.phase) search.set('phase', q.phase);
  if (page > 1) search.set('page', String(page));
  const s = search.toString();
  return `/assessments/${assessmentId}/audit${s ? `?${s}` : ''}`;
};

export default async function AuditPage({ params, searchParams }: TProps) {
  const { assessmentId } = await params;
  const query = parseAuditQuery(await searchParams);
  const session = await requireSession();
  const [t, ta, locale] = await Promise.all([getTranslations('audit'), getTranslations('assessment'), pageLocale()]);
  const assessment = await orNotFound(loadAssessmentPage(db(), session.actor, assessmentId));
  const trail = await orNotFound(listAuditTrail(db(), session.actor, assessmentId, query, locale));
  const first = (trail.page - 1) * trail.pageSize + 1;
  const last = Math.min(trail.total, trail.page * trail.pageSize);
  const n = (x: number) => formatIntegerIn(locale, x);
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="muted">
        <Link href="/">{ta('listTitle')}</Link> › <Link href={`/assessments/${assessmentId}`}>{assessment.name}</Link> ›
      </nav>
      <h1>{ta('auditTrail')}</h1>
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
          {t('phase')}{' '}
          <select name="phase" defaultValue={query.phase ?? ''}>
            <option value="">{t('everyPhase')}</option>
            {trail.filters.phases.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('show')}</button>
        {(query.person || query.kind || query.phase) && <Link href={`/assessments/${assessmentId}/audit`}>{t('clearFilters')}</Link>}
      </form>
      <p role="status">{trail.total === 0 ? t('noMatch') : t('range', { first: n(first), last: n(last), total: n(trail.total) })}</p>
      <AuditTrail events={trail.events} />
      {trail.pageCount > 1 && (
        <nav aria-label={t('pages')} className="row">
          {trail.page > 1 ? <Link href={href(assessmentId, query, trail.page - 1)}>{t('newer')}</Link> : null}
          <span>
            {t('pageOf', { page: trail.page, count: trail.pageCount })}
          </span>
          {trail.page < trail.pageCount ? <Link href={href(assessmentId, query, trail.page + 1)}>{t('older')}</Link> : null}
        </nav>
      )}
    </>
  );
}
