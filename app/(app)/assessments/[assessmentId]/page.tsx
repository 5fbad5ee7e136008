import Link from 'next/link';
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
  const page = await orNotFound(loadAssessmentPage(db(), session.actor, assessmentId));
  const upgrades = await availableUpgrades(db(), session.actor, assessmentId);
  return (
    <>
      <p className="muted">
        <Link href="/">Assessments</Link> ›
      </p>
      <h1>{page.name}</h1>
      <p className="muted">
        {page.country} · <a href={`/api/v1/assessments/${assessmentId}/export`}>Export as JSON</a>
        {can(session.role, 'audit.read') && (
          <>
            {' '}
            · <Link href={`/assessments/${assessmentId}/audit`}>Audit trail</Link>
          </>
        )}
      </p>
      {can(session.role, 'outputs.read') && (
        <nav aria-label="Outputs" className="row" style={{ marginBottom: '1rem' }}>
          <strong>Outputs:</strong>
          <Link href={`/assessments/${assessmentId}/sizing`}>Sizing</Link>
          <Link href={`/assessments/${assessmentId}/skills`}>Skills gap</Link>
          <Link href={`/assessments/${assessmentId}/budget`}>Budget</Link>
          <Link href={`/assessments/${assessmentId}/rfp`}>Request for Proposals</Link>
          <Link href={`/assessments/${assessmentId}/report`}>Assessment report</Link>
        </nav>
      )}
      {upgrades.map((u) =>
        can(session.role, 'assessment.upgrade') ? (
          <div key={u.platform} className="notice" role="status">
            A newer {platformName(u.platform)} questionnaire (version {u.to}) is available; this assessment uses version {u.from}. <UpgradeButton assessmentId={assessmentId} platform={u.platform} />
          </div>
        ) : null,
      )}
      {page.tracks.map((track) => (
        <section key={track.platform} aria-labelledby={`track-${track.platform}`}>
          <h2 id={`track-${track.platform}`}>
            {track.title} <span className="muted">(version {track.version})</span>
          </h2>
          <ol className="grid" style={{ listStyle: 'none', padding: 0 }}>
            {track.phases.map((phase) => (
              <li key={phase.id} className="card" data-testid={`phase-${phase.id}`}>
                <h3 style={{ marginTop: 0, fontSize: '1.05rem' }}>
                  <Link href={`/assessments/${assessmentId}/phases/${phase.id}`}>
                    Phase {phase.number}: {phase.title}
                  </Link>
                  {phase.optional && <span className="muted"> (optional)</span>}
                </h3>
                <p>
                  {phase.locked ? (
                    <span className="badge bad">Locked</span>
                  ) : phase.complete ? (
                    <span className="badge ok">Signed off</span>
                  ) : (
                    <span className="badge warn">Open</span>
                  )}{' '}
                  {phase.answered} of {phase.required} required questions answered
                </p>
                <p className="muted">
                  Checkpoints: {phase.checkpoints.approved} approved, {phase.checkpoints.submitted} submitted, {phase.checkpoints.changes_requested} to change, {phase.checkpoints.open} open
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
