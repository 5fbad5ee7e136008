import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatIntegerIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { parseAuditQuery } from '@/lib/schemas/audit-query';
import { listAuditTrail } from '@/lib/server/assessments/audit-trail';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { AuditTrail } from '../audit-trail';
import { AuditFilterForm, AuditPager, auditHref } from '@/app/_components/audit-controls';

type TProps = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = assessmentMetadata({ key: 'auditTrail' });

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
  const base = `/assessments/${assessmentId}/audit`;
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="muted">
        <Link href="/">{ta('listTitle')}</Link> › <Link href={`/assessments/${assessmentId}`}>{assessment.name}</Link> ›
      </nav>
      <h1>{ta('auditTrail')}</h1>
      <AuditFilterForm
        label={t('filter')}
        show={t('show')}
        clear={{ href: base, label: t('clearFilters') }}
        filters={[
          { name: 'person', label: t('person'), everyLabel: t('everyone'), value: query.person, options: trail.filters.people },
          { name: 'kind', label: t('kind'), everyLabel: t('everyKind'), value: query.kind, options: trail.filters.kinds },
          { name: 'phase', label: t('phase'), everyLabel: t('everyPhase'), value: query.phase, options: trail.filters.phases },
        ]}
      />
      <p role="status">{trail.total === 0 ? t('noMatch') : t('range', { first: n(first), last: n(last), total: n(trail.total) })}</p>
      <AuditTrail events={trail.events} />
      <AuditPager
        label={t('pages')}
        page={trail.page}
        pageCount={trail.pageCount}
        href={(page) => auditHref(base, { person: query.person, kind: query.kind, phase: query.phase }, page)}
        newer={t('newer')}
        older={t('older')}
        pageOf={t('pageOf', { page: trail.page, count: trail.pageCount })}
      />
    </>
  );
}
