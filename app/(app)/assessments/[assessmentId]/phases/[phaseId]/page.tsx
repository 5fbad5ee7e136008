import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/request';
import { IntlProvider } from '@/app/_components/intl-provider';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { loadPhasePage } from '@/lib/server/assessments/load-phase-page';
import { CheckpointCard } from '../../../checkpoint-card';
import { SectionForm } from './section-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';

export const generateMetadata = assessmentMetadata();

export default async function PhasePage({ params }: { params: Promise<{ assessmentId: string; phaseId: string }> }) {
  const { assessmentId, phaseId } = await params;
  const session = await requireSession();
  const page = await orNotFound(loadPhasePage(db(), session.actor, assessmentId, phaseId, await pageLocale()));
  const editable = !page.locked && can(session.role, 'answer.write');
  const [t, ta] = await Promise.all([getTranslations('phase'), getTranslations('assessment')]);
  return (
    <>
      <p className="muted">
        <Link href="/">{ta('listTitle')}</Link> › <Link href={`/assessments/${assessmentId}`}>{page.assessment.name}</Link> › {page.platformTitle}
      </p>
      <h1>
        {ta('phaseTitle', { number: page.phase.number, title: page.phase.title })}
        {page.phase.optional && <span className="muted"> {t('optional')}</span>}
      </h1>
      {page.locked && (
        <p className="form-error" role="status" data-testid="phase-locked">
          {t('locked', { reason: page.lockedReason ?? '' })}
        </p>
      )}
      {page.phase.intro && <p style={{ whiteSpace: 'pre-line' }}>{page.phase.intro}</p>}
      <IntlProvider namespaces={['phase', 'validation']}>
      {page.phase.sections.map((section) => (
        <section key={section.id} className="card" aria-labelledby={`s-${section.id}`}>
          <h2 id={`s-${section.id}`} style={{ marginTop: 0 }}>
            {section.number} {section.title}
            {section.optional && <span className="muted"> {t('optional')}</span>}
          </h2>
          {section.intro && <p style={{ whiteSpace: 'pre-line' }}>{section.intro}</p>}
          {section.questions.length > 0 && <SectionForm assessmentId={assessmentId} section={section} saved={page.saved} editable={editable} />}
          {section.checkpoints.length > 0 && (
            <>
              <h3>{t('checkpointHeading')}</h3>
              <ul style={{ listStyle: 'none', padding: 0 }}>
                {section.checkpoints.map((cp) => {
                  const view = page.checkpoints[cp.id];
                  return (
                    <CheckpointCard
                      key={cp.id}
                      assessmentId={assessmentId}
                      checkpoint={view}
                      phaseOpen={!page.locked}
                      canSubmit={can(session.role, 'checkpoint.submit')}
                      canReview={can(session.role, 'checkpoint.review')}
                      isOwnSubmission={view.submittedById === session.user.id}
                    />
                  );
                })}
              </ul>
            </>
          )}
        </section>
      ))}
      </IntlProvider>
    </>
  );
}
