import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { IntlProvider } from '@/app/_components/intl-provider';
import { pageLocale } from '@/lib/i18n/request';
import { formatDateIn } from '@/lib/domain/intl-format';
import { progressSeries } from '@/lib/domain/progress-chart';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { listMilestones } from '@/lib/server/milestones/list-milestones';
import { ProgressChart } from './progress-chart';
import { SaveMilestoneForm } from './save-milestone-form';
import { isReadOnly } from '@/lib/domain/assessment-read-only';

export const generateMetadata = assessmentMetadata('Milestones');

export default async function MilestonesPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const locale = await pageLocale();
  const [page, milestones, t] = await Promise.all([
    orNotFound(loadAssessmentPage(db(), session.actor, assessmentId, locale)),
    orNotFound(listMilestones(db(), session.actor, assessmentId)),
    getTranslations('milestones'),
  ]);
  const date = (d: Date) => formatDateIn(locale, d);
  const nowProgress = page.tracks.flatMap((track) =>
    track.phases.map((p) => {
      const c = p.checkpoints;
      return { platform: track.platform, phaseId: p.id, phaseNumber: p.number, answered: p.answered, required: p.required, approved: c.approved, checkpoints: c.open + c.submitted + c.approved + c.changes_requested };
    }),
  );
  const moments = [...milestones.map((m) => ({ label: m.name, progress: m.progress })), { label: t('now'), progress: nowProgress }];
  const series = progressSeries(moments);
  const titleOf = (platform: string) => page.tracks.find((tr) => tr.platform === platform)?.title ?? platform;
  const latest = milestones.at(-1);
  return (
    <>
      <p className="muted">
        <Link href={`/assessments/${assessmentId}`}>{t('back')}</Link> ›
      </p>
      <h1>
        {t('title')} — {page.name}
      </h1>
      <p>{t('intro')}</p>
      {!isReadOnly(page) && can(session.role, 'milestone.save') && (
        <IntlProvider namespaces={['milestones', 'validation']}>
          <SaveMilestoneForm assessmentId={assessmentId} />
        </IntlProvider>
      )}

      <section aria-labelledby="milestones-list">
        <h2 id="milestones-list">{t('listHeading')}</h2>
        {milestones.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="skip">{t('listHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colSaved')}</th>
                  <th scope="col">{t('colBy')}</th>
                  <th scope="col">{t('colCompare')}</th>
                </tr>
              </thead>
              <tbody>
                {[...milestones].reverse().map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{date(m.createdAt)}</td>
                    <td>{m.createdBy}</td>
                    <td>
                      <Link href={`/assessments/${assessmentId}/milestones/compare?from=${m.id}&to=now`} aria-label={`${t('compareWithNow')}: ${m.name}`}>
                        {t('compareWithNow')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {milestones.length > 0 && (
        <section aria-labelledby="compare-heading" className="card">
          <h2 id="compare-heading" style={{ marginTop: 0 }}>
            {t('compareHeading')}
          </h2>
          <form method="get" action={`/assessments/${assessmentId}/milestones/compare`} className="row">
            <label htmlFor="compare-from">{t('fromLabel')}</label>
            <select id="compare-from" name="from" defaultValue={milestones[0]!.id} style={{ width: 'auto' }}>
              {milestones.map((m) => (
                <option key={m.id} value={m.id}>
                  {t('milestoneOption', { name: m.name, date: date(m.createdAt) })}
                </option>
              ))}
            </select>
            <label htmlFor="compare-to">{t('toLabel')}</label>
            <select id="compare-to" name="to" defaultValue={milestones.length > 1 && latest ? latest.id : 'now'} style={{ width: 'auto' }}>
              {milestones.map((m) => (
                <option key={m.id} value={m.id}>
                  {t('milestoneOption', { name: m.name, date: date(m.createdAt) })}
                </option>
              ))}
              <option value="now">{t('now')}</option>
            </select>
            <button type="submit">{t('compare')}</button>
          </form>
        </section>
      )}

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('progressHeading')}</h2>
        <p className="muted">{t('progressIntro')}</p>
        {series.map((s) => (
          <ProgressChart key={s.platform} title={titleOf(s.platform)} series={s} moments={moments.map((m) => m.label)} />
        ))}
      </section>
    </>
  );
}
