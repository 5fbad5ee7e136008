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

export async function generateMetadata() {
  return { title: (await getTranslations('common'))('nav.review') };
}

export default async function ReviewPage() {
  const session = await requireSession();
  const [t, common] = await Promise.all([getTranslations('review'), getTranslations('common')]);
  if (!can(session.role, 'review.queue')) return <p className="form-error">{t('onlyReviewers')}</p>;
  const queue = await listReviewQueue(db(), session.actor);
  return (
    <>
      <h1>{common('nav.review')}</h1>
      {queue.length === 0 && <p className="card empty">{t('nothingWaiting')}</p>}
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
            <IntlProvider namespaces={['phase', 'evidence', 'validation']}>
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
            </CheckpointCard>
            </IntlProvider>
          </ul>
        </article>
      ))}
    </>
  );
}
