import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { IntlProvider } from '@/app/_components/intl-provider';
import { LOCALE_NAMES, isLocale } from '@/lib/domain/locale';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import type { TMissingItem } from '@/lib/domain/documents/doc-model';
import { loadRfpDetails } from '@/lib/server/documents/load-document-input';
import { buildCurrentRfp, listIssuedRfps } from '@/lib/server/documents/issue-rfp';
import { DocPreview } from '@/app/_components/doc-preview';
import { IssueButton } from './issue-button';
import { RfpDetailsForm } from './rfp-details-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { assessmentTitleParts } from '@/lib/server/assessments/page-title';
import { loadReadOnly } from '@/lib/server/assessments/load-read-only';
import { pageLocale } from '@/lib/i18n/request';

function hrefOf(assessmentId: string, m: TMissingItem): string {
  switch (m.target.kind) {
    case 'question':
      return `/assessments/${assessmentId}/phases/${m.target.phaseId}#q-${m.target.questionId}`;
    case 'rfp-field':
      return `#rfp-${m.target.field}`;
    case 'tool':
      return `/assessments/${assessmentId}/${m.target.tool}`;
  }
}

export const generateMetadata = assessmentMetadata({ key: 'rfp' });

export default async function RfpPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const model = await orNotFound(buildCurrentRfp(db(), session.actor, assessmentId, new Date(), await pageLocale()));
  const { name } = await assessmentTitleParts(db(), session.actor, assessmentId);
  const [issued, draft] = await Promise.all([listIssuedRfps(db(), session.actor, assessmentId), loadRfpDetails(db(), assessmentId)]);
  const files = `/api/v1/assessments/${assessmentId}/rfp`;
  const [t, ta, tl, { isReadOnly }] = await Promise.all([getTranslations('rfp'), getTranslations('assessment'), getTranslations('lifecycle'), loadReadOnly(db(), session.actor, assessmentId)]);
  return (
    <>
      <p className="muted">
        <Link href="/">{ta('listTitle')}</Link> › <Link href={`/assessments/${assessmentId}`}>{name}</Link> ›
      </p>
      <h1>{t('title')}</h1>
      <p>
        {model.isDraft ? (
          <span className="badge bad" data-testid="rfp-state">
            {t('draftState', { count: model.missing.length })}
          </span>
        ) : (
          <span className="badge ok" data-testid="rfp-state">
            {t('completeState')}
          </span>
        )}{' '}
        {t('downloadCurrent')} <a href={`${files}/draft.pdf`}>PDF</a> · <a href={`${files}/draft.docx`}>DOCX</a> · <a href={`/api/v1/assessments/${assessmentId}/report.pdf`}>{t('reportPdf')}</a>
      </p>
      {model.missing.length > 0 && (
        <section aria-labelledby="rfp-missing" className="notice">
          <h2 id="rfp-missing" style={{ fontSize: '1rem', margin: '0 0 .25rem' }}>
            {t('stillMissing')}
          </h2>
          <ul style={{ margin: 0 }}>
            {model.missing.map((m) => (
              <li key={m.key}>
                <a href={hrefOf(assessmentId, m)}>{m.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="issued">
        <h2 id="issued">{t('issuedVersions')}</h2>
        {!isReadOnly && can(session.role, 'rfp.issue') && (
          <IntlProvider namespaces={['rfp', 'validation']}>
            <IssueButton assessmentId={assessmentId} isDraft={model.isDraft} />
          </IntlProvider>
        )}
        {issued.length === 0 ? (
          <p className="muted">{t('noneIssued')}</p>
        ) : (
          <div className="table-wrap">
            <table aria-label={t('issuedVersions')}>
              <thead>
                <tr>
                  <th scope="col">{t('version')}</th>
                  <th scope="col">{t('issued')}</th>
                  <th scope="col">{t('by')}</th>
                  <th scope="col">{t('language')}</th>
                  <th scope="col">{t('files')}</th>
                </tr>
              </thead>
              <tbody>
                {issued.map((r) => (
                  <tr key={r.version}>
                    <th scope="row">v{r.version}</th>
                    <td>{r.issuedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</td>
                    <td>{r.issuedBy}</td>
                    <td lang={r.locale}>{isLocale(r.locale) ? LOCALE_NAMES[r.locale] : r.locale}</td>
                    <td>
                      <a href={`${files}/v${r.version}.pdf`}>PDF</a> <code className="muted">{r.pdfSha256.slice(0, 16)}…</code> · <a href={`${files}/v${r.version}.docx`}>DOCX</a> <code className="muted">{r.docxSha256.slice(0, 16)}…</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="rfp-details">
        <h2 id="rfp-details">{t('details')}</h2>
        {!isReadOnly && can(session.role, 'rfp.edit') ? (
          <IntlProvider namespaces={['rfpForm', 'validation']}>
            <RfpDetailsForm assessmentId={assessmentId} details={draft.details} version={draft.version} />
          </IntlProvider>
        ) : (
          <p className="muted">{isReadOnly ? tl('readOnlyShort') : t('consultantsFill')}</p>
        )}
      </section>
      <h2>{t('preview')}</h2>
      <DocPreview model={model} />
    </>
  );
}
