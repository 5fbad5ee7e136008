import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { pageLocale } from '@/lib/i18n/request';
import { formatDateIn, formatNumberIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import { AnswerView } from '@/app/_components/answer-view';
import { parseOrganizationAuditQuery } from '@/lib/schemas/organization-audit-query';
import { AuditFilterForm, AuditPager, auditHref } from '@/app/_components/audit-controls';
import { listOrganizationAudit } from '@/lib/server/organization-audit';

export async function generateMetadata() {
  return { title: (await getTranslations('orgAudit'))('title') };
}

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
      <AuditFilterForm
        label={t('filter')}
        show={t('show')}
        clear={{ href: '/audit', label: t('clear') }}
        filters={[
          { name: 'person', label: t('person'), everyLabel: t('everyone'), value: query.person, options: trail.filters.people },
          { name: 'kind', label: t('kind'), everyLabel: t('everyKind'), value: query.kind, options: trail.filters.kinds },
          {
            name: 'assessment',
            label: t('assessment'),
            everyLabel: t('everyAssessment'),
            value: query.assessment,
            options: trail.filters.assessments.map((a) => ({ value: a.value, label: a.isArchived ? t('archivedOption', { name: a.label }) : a.label })),
          },
        ]}
      />
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
      <AuditPager
        label={t('pages')}
        page={trail.page}
        pageCount={trail.pageCount}
        href={(page) => auditHref('/audit', { person: query.person, kind: query.kind, assessment: query.assessment }, page)}
        newer={t('newer')}
        older={t('older')}
        pageOf={t('pageOf', { page: trail.page, pages: trail.pageCount })}
      />
    </>
  );
}
