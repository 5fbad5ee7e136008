import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { comparisonText } from '@/lib/app/milestone-text';
import { pageLocale } from '@/lib/i18n/request';
import { formatDateIn } from '@/lib/domain/intl-format';
import type { TComparisonRow } from '@/lib/domain/milestone-comparison';
import { compareMilestones, type TComparisonSide } from '@/lib/server/milestones/compare-milestones';

export const generateMetadata = assessmentMetadata('Milestone comparison');

type TSearch = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ComparePage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: TSearch }) {
  const [{ assessmentId }, search] = await Promise.all([params, searchParams]);
  const session = await requireSession();
  const locale = await pageLocale();
  const from = one(search.from) ?? '';
  const to = one(search.to) ?? 'now';
  const [t, text] = await Promise.all([getTranslations('milestones'), comparisonText()]);
  const c = await orNotFound(compareMilestones(db(), session.actor, { assessmentId, from, to }, locale, text));
  const sideName = (s: TComparisonSide) => (s.kind === 'now' ? t('nowAt', { date: formatDateIn(locale, s.at) }) : t('milestoneAt', { name: s.name, date: formatDateIn(locale, s.createdAt) }));
  const rows = (items: TComparisonRow[], labelHeading: string, caption: string) => (
    <div className="table-wrap">
      <table>
        <caption className="skip">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col">{t('colBefore')}</th>
            <th scope="col">{t('colAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.label}</th>
              <td>{r.before}</td>
              <td>{r.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const { view } = c;
  const query = new URLSearchParams({ from, to }).toString();
  return (
    <>
      <p className="muted">
        <Link href={`/assessments/${assessmentId}/milestones`}>{t('title')}</Link> ›
      </p>
      <h1>{t('comparisonTitle', { from: sideName(c.from), to: sideName(c.to) })}</h1>
      <p>{t('comparisonIntro', { assessment: c.assessment.name, from: sideName(c.from), to: sideName(c.to) })}</p>
      <p>
        <a href={`/api/v1/assessments/${assessmentId}/milestones/compare.pdf?${query}`}>{t('downloadPdf')}</a>
      </p>
      {view.isUnchanged && <p className="notice">{t('unchanged')}</p>}

      <section aria-labelledby="changed-answers">
        <h2 id="changed-answers">{t('answersHeading')}</h2>
        {view.answers.length ? rows(view.answers, t('colQuestion'), t('answersHeading')) : <p className="muted">{t('noAnswers')}</p>}
      </section>
      <section aria-labelledby="moved-checkpoints">
        <h2 id="moved-checkpoints">{t('checkpointsHeading')}</h2>
        {view.checkpoints.length ? rows(view.checkpoints, t('colCheckpoint'), t('checkpointsHeading')) : <p className="muted">{t('noCheckpoints')}</p>}
      </section>
      <section aria-labelledby="evidence-changes">
        <h2 id="evidence-changes">{t('evidenceHeading')}</h2>
        {view.evidence.length ? (
          <div className="table-wrap">
            <table>
              <caption className="skip">{t('evidenceHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colFile')}</th>
                  <th scope="col">{t('colCheckpoint')}</th>
                  <th scope="col">{t('colChange')}</th>
                </tr>
              </thead>
              <tbody>
                {view.evidence.map((e, i) => (
                  <tr key={i}>
                    <th scope="row">{e.fileName}</th>
                    <td>{e.checkpoint}</td>
                    <td>{e.change === 'added' ? t('added') : t('removed')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('noEvidence')}</p>
        )}
      </section>
      <section aria-labelledby="output-changes">
        <h2 id="output-changes">{t('outputsHeading')}</h2>
        {view.outputs.length ? (
          <div className="table-wrap">
            <table>
              <caption className="skip">{t('outputsHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colFigure')}</th>
                  <th scope="col">{t('colBefore')}</th>
                  <th scope="col">{t('colAfter')}</th>
                  <th scope="col">{t('colChange')}</th>
                </tr>
              </thead>
              <tbody>
                {view.outputs.map((o, i) => (
                  <tr key={i}>
                    <th scope="row">{o.label}</th>
                    <td>{o.before}</td>
                    <td>{o.after}</td>
                    <td>{o.delta ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('noOutputs')}</p>
        )}
      </section>
    </>
  );
}
