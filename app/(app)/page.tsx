import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { platformList } from '@/lib/domain/platform-names';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listAssessments } from '@/lib/server/list-assessments';
import { ImportForm } from './import-form';
import { IntlProvider } from '@/app/_components/intl-provider';
import { formatDateIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { RestoreButton } from './restore-button';

export async function generateMetadata() {
  return { title: (await getTranslations('assessment'))('listTitle') };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const [assessments, archived, t, tl, locale, { deleted }] = await Promise.all([
    listAssessments(db(), session.actor),
    listAssessments(db(), session.actor, { archived: true }),
    getTranslations('assessment'),
    getTranslations('lifecycle'),
    pageLocale(),
    searchParams,
  ]);
  return (
    <>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{t('listTitle')}</h1>
        {can(session.role, 'assessment.create') && (
          <Link className="button" href="/assessments/new">
            {t('newAssessment')}
          </Link>
        )}
      </div>
      {deleted === '1' && (
        <p className="notice" role="status">
          {tl('deleted')}
        </p>
      )}
      {assessments.length === 0 ? (
        <div className="card empty">
          <p>{t.rich('noneYet', { organization: session.organization.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <p>{t('whatIsAssessment')}</p>
          {can(session.role, 'assessment.create') && (
            <IntlProvider namespaces={['importForm']}>
              <ImportForm />
            </IntlProvider>
          )}
        </div>
      ) : (
        <ul className="grid" aria-label={t('listTitle')} style={{ listStyle: 'none', padding: 0 }}>
          {assessments.map((a) => (
            <li key={a.id} className="card">
              <Link href={`/assessments/${a.id}`}>{a.name}</Link>
              <p className="muted">
                {a.country} · {platformList(a.platforms)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {assessments.length > 0 && can(session.role, 'assessment.import') && (
        <IntlProvider namespaces={['importForm']}>
          <ImportForm />
        </IntlProvider>
      )}
      {archived.length > 0 && (
        <details className="card" id="archived">
          <summary>
            <h2 style={{ display: 'inline', fontSize: '1.05rem' }}>{tl('archivedSection', { count: archived.length })}</h2>
          </summary>
          <p className="muted">{tl('archivedSectionHelp')}</p>
          <ul aria-label={tl('archivedList')} style={{ paddingLeft: '1.25rem' }}>
            {archived.map((a) => (
              <li key={a.id} style={{ marginBottom: '.5rem' }}>
                <Link href={`/assessments/${a.id}`}>{a.name}</Link>{' '}
                <span className="muted">
                  {a.country} · {platformList(a.platforms)} · {tl('archivedOn', { date: formatDateIn(locale, a.archivedAt!) })}
                </span>{' '}
                {can(session.role, 'assessment.archive') && (
                  <IntlProvider namespaces={['lifecycle']}>
                    <RestoreButton assessmentId={a.id} name={a.name} />
                  </IntlProvider>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
