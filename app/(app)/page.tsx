import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { platformList } from '@/lib/domain/platform-names';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listAssessments } from '@/lib/server/list-assessments';
import { ImportForm } from './import-form';
import { IntlProvider } from '@/app/_components/intl-provider';

export async function generateMetadata() {
  return { title: (await getTranslations('assessment'))('listTitle') };
}

export default async function HomePage() {
  const session = await requireSession();
  const assessments = await listAssessments(db(), session.actor);
  const t = await getTranslations('assessment');
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
    </>
  );
}
