import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/request';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { availableUpgrades } from '@/lib/server/assessments/upgrade-template';
import { UpgradeButton } from './upgrade-button';
import { platformName } from '@/lib/domain/platform-names';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';

export const generateMetadata = assessmentMetadata();

export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const page = await orNotFound(loadAssessmentPage(db(), session.actor, assessmentId, await pageLocale()));
  const upgrades = await availableUpgrades(db(), session.actor, assessmentId);
  const t = await getTranslations('assessment');
  return (
    <>
      <p className="muted">
        <Link href="/">{t('listTitle')}</Link> ›
      </p>
      <h1>{page.name}</h1>
      <p className="muted">
        {page.country} · <a href={`/api/v1/assessments/${assessmentId}/export`}>{t('exportJson')}</a>
        {can(session.role, 'audit.read') && (
          <>
            {' '}
            · <Link href={`/assessments/${assessmentId}/audit`}>{t('auditTrail')}</Link>
          </>
        )}
      </p>
      {can(session.role, 'outputs.read') && (
        <nav aria-label={t('outputs')} className="row" style={{ marginBottom: '1rem' }}>
          <strong>{t('outputsLabel')}</strong>
          <Link href={`/assessments/${assessmentId}/sizing`}>{t('sizing')}</Link>
          <Link href={`/assessments/${assessmentId}/skills`}>{t('skills')}</Link>
          <Link href={`/assessments/${assessmentId}/budget`}>{t('budget')}</Link>
          <Link href={`/assessments/${assessmentId}/rfp`}>{t('rfp')}</Link>
          <Link href={`/assessments/${assessmentId}/report`}>{t('report')}</Link>
        </nav>
      )}
      {upgrades.map((u) =>
        can(session.role, 'assessment.upgrade') ? (
          <div key={u.platform} className="notice" role="status">
            {t('newerVersion', { platform: platformName(u.platform), to: u.to, from: u.from })} <UpgradeButton assessmentId={assessmentId} platform={u.platform} />
          </div>
        ) : null,
      )}
      {page.tracks.map((track) => (
        <section key={track.platform} aria-labelledby={`track-${track.platform}`}>
          <h2 id={`track-${track.platform}`}>
            {track.title} <span className="muted">{t('version', { version: track.version })}</span>
          </h2>
          <ol className="grid" style={{ listStyle: 'none', padding: 0 }}>
            {track.phases.map((phase) => (
              <li key={phase.id} className="card" data-testid={`phase-${phase.id}`}>
                <h3 style={{ marginTop: 0, fontSize: '1.05rem' }}>
                  <Link href={`/assessments/${assessmentId}/phases/${phase.id}`}>
                    {t('phaseTitle', { number: phase.number, title: phase.title })}
                  </Link>
                  {phase.optional && <span className="muted"> {t('optional')}</span>}
                </h3>
                <p>
                  {phase.locked ? (
                    <span className="badge bad">{t('locked')}</span>
                  ) : phase.complete ? (
                    <span className="badge ok">{t('signedOff')}</span>
                  ) : (
                    <span className="badge warn">{t('open')}</span>
                  )}{' '}
                  {t('answered', { answered: phase.answered, required: phase.required })}
                </p>
                <p className="muted">
                  {t('checkpointCounts', { approved: phase.checkpoints.approved, submitted: phase.checkpoints.submitted, changes: phase.checkpoints.changes_requested, open: phase.checkpoints.open })}
                </p>
                {phase.locked && <p className="muted">{phase.lockedReason}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
