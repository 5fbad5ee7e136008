import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { IntlProvider } from '@/app/_components/intl-provider';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listTemplates } from '@/lib/server/templates/list-templates';
import { NewAssessmentForm } from './new-assessment-form';

export async function generateMetadata() {
  return { title: (await getTranslations('assessment'))('newAssessment') };
}

export default async function NewAssessmentPage() {
  const session = await requireSession();
  const [t, ta, tc] = await Promise.all([getTranslations('newAssessment'), getTranslations('assessment'), getTranslations('common')]);
  if (!can(session.role, 'assessment.create')) {
    return <p className="form-error">{t('plannersOnly', { role: tc(`roles.${session.role}`).toLowerCase() })}</p>;
  }
  const own = (await listTemplates(db(), session.actor)).filter((t) => !t.isBuiltIn);
  const newest = own.filter((t, i) => own.findIndex((o) => o.key === t.key) === i).map((t) => ({ key: t.key, title: t.title })); // listed newest version first
  return (
    <>
      <h1>{ta('newAssessment')}</h1>
      <div className="card">
        <IntlProvider namespaces={['newAssessment', 'validation']}>
          <NewAssessmentForm ownTemplates={newest} />
        </IntlProvider>
      </div>
    </>
  );
}
