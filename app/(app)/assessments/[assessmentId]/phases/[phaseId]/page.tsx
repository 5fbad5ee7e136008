import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/request';
import { IntlProvider } from '@/app/_components/intl-provider';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { loadPhasePage } from '@/lib/server/assessments/load-phase-page';
import { SourcesList } from '@/app/_components/citation';
import { GlossaryText } from '@/app/_components/glossary-text';
import { CheckpointCard } from '../../../checkpoint-card';
import { EvidencePanel } from '../../../evidence-panel';
import { env } from '@/lib/env';
import { evidenceKindLabel, formatBytes } from '@/lib/files/evidence-type';
import { formatDateIn } from '@/lib/domain/intl-format';
import { SectionForm } from './section-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { loadDiscussions } from '@/lib/server/discussion/load-discussions';
import { DiscussionPanel } from '../../../discussion-panel';
import { threadProps } from '../../../discussion-view';
import { pageSayer } from '@/lib/i18n/page-sayer';

export const generateMetadata = assessmentMetadata();

export default async function PhasePage({ params }: { params: Promise<{ assessmentId: string; phaseId: string }> }) {
  const { assessmentId, phaseId } = await params;
  const session = await requireSession();
  const locale = await pageLocale();
  const page = await orNotFound(loadPhasePage(db(), session.actor, assessmentId, phaseId, locale));
  const subjects = page.phase.sections.flatMap((s) => [...s.questions.map((q) => q.id), ...s.checkpoints.map((c) => c.id)]);
  const discussions = await loadDiscussions(db(), session.actor, assessmentId, subjects);
  // An archived assessment is read-only (the layout says so): no field, button or comment box changes it.
  const writable = !page.isReadOnly;
  const canDiscuss = writable && can(session.role, 'discussion.write');
  const discussion = (subjectId: string, label: string) => (
    <DiscussionPanel assessmentId={assessmentId} subjectId={subjectId} label={label} thread={threadProps(discussions.threads[subjectId], discussions.members, locale)} canWrite={canDiscuss} exampleName={session.user.name} />
  );
  const [t, ta, tp, say] = await Promise.all([getTranslations('phase'), getTranslations('assessment'), getTranslations('phasePage'), pageSayer()]);
  // Draft ahead: a locked phase's answers can be written as drafts; only its checkpoints wait for the gate.
  const editable = writable && can(session.role, 'answer.write');
  const at = page.phases.findIndex((p) => p.id === page.phase.id);
  const previous = page.phases[at - 1];
  const next = page.phases[at + 1];
  const phaseLinks = (
    <nav aria-label={tp('phases')} className="phase-links">
      {previous ? (
        <Link href={`/assessments/${assessmentId}/phases/${previous.id}`} rel="prev">
          ← {ta('phaseTitle', { number: previous.number, title: previous.title })}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/assessments/${assessmentId}/phases/${next.id}`} rel="next">
          {ta('phaseTitle', { number: next.number, title: next.title })} →
        </Link>
      )}
    </nav>
  );
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
        <p className="notice" role="status" data-testid="phase-locked">
          <span className="badge warn">{tp('drafts')}</span> {tp('notOpenYet', { reason: page.lock ? say(page.lock) : '' })} {editable ? tp('draftNow') : tp('submitOnceOpen')}
        </p>
      )}
      {page.phase.intro && (
        <p style={{ whiteSpace: 'pre-line' }}>
          <GlossaryText text={page.phase.intro} />
        </p>
      )}
      {page.phase.sections.length > 1 && (
        <nav aria-labelledby="sections-heading" className="card">
          <h2 id="sections-heading" style={{ marginTop: 0 }}>
            {tp('sections')}
          </h2>
          <ol className="section-list">
            {page.phase.sections.map((section) => (
              <li key={section.id}>
                <a href={`#s-${section.id}`}>
                  {section.number} {section.title}
                </a>
                {section.optional && <span className="muted"> {t('optional')}</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <IntlProvider namespaces={['phase', 'evidence', 'validation', 'discussion']}>
      {page.phase.sections.map((section) => (
        <section key={section.id} className="card" aria-labelledby={`s-${section.id}`}>
          <h2 id={`s-${section.id}`} style={{ marginTop: 0 }}>
            {section.number} {section.title}
            {section.optional && <span className="muted"> {t('optional')}</span>}
          </h2>
          {section.intro && (
            <p style={{ whiteSpace: 'pre-line' }}>
              <GlossaryText text={section.intro} />
            </p>
          )}
          {section.questions.length > 0 && <SectionForm assessmentId={assessmentId} section={section} saved={page.saved} editable={editable} questionExtras={Object.fromEntries(section.questions.map((q) => [q.id, discussion(q.id, q.label)]))} />}
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
                      canSubmit={writable && can(session.role, 'checkpoint.submit')}
                      canReview={writable && can(session.role, 'checkpoint.review')}
                      isOwnSubmission={view.submittedById === session.user.id}
                    >
                      <EvidencePanel
                        assessmentId={assessmentId}
                        checkpointId={cp.id}
                        checkpointLabel={cp.label}
                        canWrite={writable && !page.locked && can(session.role, 'evidence.write')}
                        maxMb={env().EVIDENCE_MAX_FILE_MB}
                        files={page.evidence
                          .filter((f) => f.checkpointId === cp.id)
                          .map((f) => ({ id: f.id, fileName: f.fileName, sizeText: formatBytes(f.size), kindLabel: evidenceKindLabel(f.mediaType), uploadedBy: f.uploadedBy, uploadedOn: formatDateIn(locale, f.createdAt) }))}
                      />
                      {discussion(cp.id, cp.label)}
                    </CheckpointCard>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      ))}
      </IntlProvider>
      <SourcesList citations={page.sources} heading={tp('sourcesHeading')} />
      {phaseLinks}
    </>
  );
}
