import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { IntlProvider } from '@/app/_components/intl-provider';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listReviewQueue } from '@/lib/server/assessments/review-queue';
import { AnswerView } from '@/app/_components/answer-view';
import { CheckpointCard } from '../assessments/checkpoint-card';
import { EvidencePanel } from '../assessments/evidence-panel';
import { evidenceKindLabel, formatBytes } from '@/lib/files/evidence-type';
import { formatDate } from '@/lib/domain/documents/format';
import { env } from '@/lib/env';
import { reviewerOverview } from '@/lib/server/assessments/reviewer-overview';
import { formatDateIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { loadDiscussions } from '@/lib/server/discussion/load-discussions';
import { DiscussionPanel } from '../assessments/discussion-panel';
import { threadProps } from '../assessments/discussion-view';

export async function generateMetadata() {
  return { title: (await getTranslations('common'))('nav.review') };
}

export default async function ReviewPage() {
  const session = await requireSession();
  const [t, common] = await Promise.all([getTranslations('review'), getTranslations('common')]);
  if (!can(session.role, 'review.queue')) return <p className="form-error">{t('onlyReviewers')}</p>;
  const locale = await pageLocale();
  const queue = await listReviewQueue(db(), session.actor, locale);
  // Each checkpoint's discussion, one read per assessment in the queue.
  const discussions = new Map(await Promise.all([...new Set(queue.map((i) => i.assessmentId))].map(async (id) => [id, await loadDiscussions(db(), session.actor, id)] as const)));
  return (
    <>
      <h1>{common('nav.review')}</h1>
      {queue.length === 0 && <p className="card empty">{t('nothingWaiting')}</p>}
      {queue.length === 0 && <WhatElse />}
      {queue.map((item) => (
        <article key={`${item.assessmentId}:${item.checkpointId}`} className="card" aria-label={t('reviewLabel', { label: item.label })}>
          <p className="muted" style={{ marginTop: 0 }}>
            <Link href={`/assessments/${item.assessmentId}`}>{item.assessmentName}</Link> · {item.phase} · {item.section} · {t('submittedBy', { submitter: item.submittedBy })}
          </p>
          <h2 style={{ fontSize: '1rem' }}>{t('evidence')}</h2>
          <dl>
            {item.evidence.map((e) => (
              <div key={e.questionId}>
                <dt style={{ fontWeight: 600 }}>{e.label}</dt>
                <dd style={{ margin: '0 0 .5rem 1rem' }}>
                  <AnswerView view={e.view} caption={e.label} />
                </dd>
              </div>
            ))}
          </dl>
          <ul style={{ listStyle: 'none', padding: 0 }}>
            <IntlProvider namespaces={['phase', 'evidence', 'validation', 'discussion']}>
            <CheckpointCard
              assessmentId={item.assessmentId}
              checkpoint={{ id: item.checkpointId, label: item.label, status: 'submitted', notApplicable: item.notApplicable, justification: item.justification, comment: null, reopenReason: null, version: item.version, submittedBy: item.submittedBy, reviewedBy: null, optional: false }}
              phaseOpen
              canSubmit={false}
              canReview
              isOwnSubmission={item.submittedById === session.user.id}
            >
              <EvidencePanel
                assessmentId={item.assessmentId}
                checkpointId={item.checkpointId}
                checkpointLabel={item.label}
                canWrite={false}
                maxMb={env().EVIDENCE_MAX_FILE_MB}
                files={item.files.map((f) => ({ id: f.id, fileName: f.fileName, sizeText: formatBytes(f.size), kindLabel: evidenceKindLabel(f.mediaType), uploadedOn: formatDate(f.createdAt.toISOString()) }))}
              />
              <DiscussionPanel
                assessmentId={item.assessmentId}
                subjectId={item.checkpointId}
                label={item.label}
                thread={threadProps(discussions.get(item.assessmentId)?.threads[item.checkpointId], discussions.get(item.assessmentId)?.members ?? [], locale)}
                canWrite={can(session.role, 'discussion.write')}
                exampleName={session.user.name}
              />
            </CheckpointCard>
            </IntlProvider>
          </ul>
        </article>
      ))}
    </>
  );
}

/** When nothing waits: the reviewer's recent decisions and the assessments they follow. */
async function WhatElse() {
  const session = await requireSession();
  const [overview, t, locale] = await Promise.all([reviewerOverview(db(), session.actor), getTranslations('reviewerHome'), pageLocale()]);
  return (
    <>
      <section aria-labelledby="recent-decisions" className="card">
        <h2 id="recent-decisions" style={{ marginTop: 0 }}>
          {t('recentDecisions')}
        </h2>
        {overview.decisions.length === 0 ? (
          <p className="muted">{t('noDecisions')}</p>
        ) : (
          <ul>
            {overview.decisions.map((d) => (
              <li key={d.id}>
                <Link href={d.href}>{d.checkpointLabel ?? t('checkpointGone')}</Link>{' '}
                <span className="muted">
                  {t(d.decision, { assessment: d.assessmentName, date: formatDateIn(locale, d.createdAt) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="followed" className="card">
        <h2 id="followed" style={{ marginTop: 0 }}>
          {t('followed')}
        </h2>
        {overview.followed.length === 0 ? (
          <p className="muted">{t('noFollowed')}</p>
        ) : (
          <ul>
            {overview.followed.map((f) => (
              <li key={f.id}>
                <Link href={`/assessments/${f.id}`}>{f.name}</Link>{' '}
                <span className="muted">{t(f.reason === 'reviewed' ? 'becauseReviewed' : 'becauseRecent', { date: formatDateIn(locale, f.updatedAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
