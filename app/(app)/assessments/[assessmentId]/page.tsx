import Link from 'next/link';
import type { TPlanItem } from '@/lib/domain/improvement-plan';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/request';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { upgradePreview } from '@/lib/server/assessments/upgrade-template';
import { UpgradePreview } from './upgrade-preview';
import { platformName } from '@/lib/domain/platform-names';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { IntlProvider } from '@/app/_components/intl-provider';
import { AssessmentLifecycle } from './assessment-lifecycle';
import { isReadOnly } from '@/lib/domain/assessment-read-only';
import { pageSayer } from '@/lib/i18n/page-sayer';

export const generateMetadata = assessmentMetadata();

export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const page = await orNotFound(loadAssessmentPage(db(), session.actor, assessmentId, await pageLocale()));
  // An archived assessment is read-only: no upgrade is offered until it is restored.
  const upgrades = can(session.role, 'assessment.upgrade') && !isReadOnly(page) ? await upgradePreview(db(), session.actor, assessmentId) : [];
  const [t, tm, say] = await Promise.all([getTranslations('assessment'), getTranslations('milestones'), pageSayer()]);
  return (
    <>
      <p className="muted">
        <Link href="/">{t('listTitle')}</Link> ›
      </p>
      <h1>{page.name}</h1>
      <p className="muted">
        {page.country} · <a href={`/api/v1/assessments/${assessmentId}/export`}>{t('exportJson')}</a>
        {' '}
        · <Link href={`/assessments/${assessmentId}/milestones`}>{tm('link')}</Link>
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
      {upgrades.map((u) => (
        <UpgradePreview key={u.platform} assessmentId={assessmentId} preview={u} title={platformName(u.platform)} />
      ))}
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
                {phase.locked && phase.lock && <p className="muted">{say(phase.lock)}</p>}
              </li>
            ))}
          </ol>
          <ImprovementPlan assessmentId={assessmentId} platformTitle={track.title} items={track.plan} />
        </section>
      ))}
      {can(session.role, 'assessment.archive') && (
        <IntlProvider namespaces={['lifecycle']}>
          <AssessmentLifecycle assessmentId={assessmentId} name={page.name} isArchived={page.archivedAt !== null} canDelete={can(session.role, 'assessment.delete')} />
        </IntlProvider>
      )}
    </>
  );
}

const PLAN_SHOWN = 8;
/** What to do next, most pressing first (current phase, then what holds up the most later work). */
async function ImprovementPlan({ assessmentId, platformTitle, items }: { assessmentId: string; platformTitle: string; items: TPlanItem[] }) {
  const tp = await getTranslations('improvementPlan');
  const id = `plan-${platformTitle.replace(/\W+/g, '-').toLowerCase()}`;
  if (items.length === 0) return <p className="notice">{tp('allDone', { platform: platformTitle })}</p>;
  return (
    <section aria-labelledby={id} className="card">
      <h3 id={id} style={{ marginTop: 0 }}>
        {tp('title')}
      </h3>
      <ol>
        {items.slice(0, PLAN_SHOWN).map((item) => (
          <li key={item.id}>
            <Link href={`/assessments/${assessmentId}/phases/${item.phaseId}`}>{item.label}</Link>{' '}
            <span className="muted">{tp('item', { kind: item.kind === 'checkpoint' ? 'checkpoint' : 'question', phase: item.phaseNumber, status: tp(`status.${item.status}`), blocks: item.blocks })}</span>
          </li>
        ))}
      </ol>
      {items.length > PLAN_SHOWN && <p className="muted">{tp('more', { count: items.length - PLAN_SHOWN })}</p>}
    </section>
  );
}
