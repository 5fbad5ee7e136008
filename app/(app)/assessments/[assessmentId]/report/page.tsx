import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { buildCurrentReport } from '@/lib/server/documents/issue-rfp';
import { DocPreview } from '@/app/_components/doc-preview';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { assessmentTitleParts } from '@/lib/server/assessments/page-title';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { pageLocale } from '@/lib/i18n/request';
import { MissingInputs, ProvisionalFigures, readinessOf } from '../provisional';

export const generateMetadata = assessmentMetadata({ key: 'report' });

export default async function ReportPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  // The preview and the outputs in the reader's language, as the downloaded PDF is.
  const locale = await pageLocale();
  const model = await orNotFound(buildCurrentReport(db(), session.actor, assessmentId, new Date(), locale));
  const [{ name }, outputs] = await Promise.all([assessmentTitleParts(db(), session.actor, assessmentId), loadOutputs(db(), session.actor, assessmentId, locale)]);
  const readiness = readinessOf(outputs, 'report');
  const ta = await getTranslations('assessment');
  return (
    <>
      <p className="muted">
        <Link href="/">{ta('listTitle')}</Link> › <Link href={`/assessments/${assessmentId}`}>{name}</Link> ›
      </p>
      <h1>{ta('report')}</h1>
      <MissingInputs outputs={outputs} readiness={readiness} />
      <p>
        <a className="button" href={`/api/v1/assessments/${assessmentId}/report.pdf`}>
          {ta('downloadPdf')}
        </a>
      </p>
      <ProvisionalFigures readiness={readiness}>
        <DocPreview model={model} />
      </ProvisionalFigures>
    </>
  );
}
