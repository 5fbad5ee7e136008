import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/prisma';
import { authedRoute } from '@/lib/app/route-handler';
import { comparisonText } from '@/lib/app/milestone-text';
import { pageLocale } from '@/lib/i18n/request';
import { formatDateIn } from '@/lib/domain/intl-format';
import { buildComparisonModel } from '@/lib/domain/documents/build-comparison-model';
import { compareMilestones, type TComparisonSide } from '@/lib/server/milestones/compare-milestones';
import { renderInPool } from '@/lib/server/documents/render-pool';

export const runtime = 'nodejs';

/** The comparison of two moments (`?from=<milestone>&to=<milestone>|now`) as a PDF, drawn in the render pool, in the reader's language. */
export const GET = authedRoute<{ assessmentId: string }>('assessment.read', async ({ request, session, params }) => {
  const url = new URL(request.url);
  const locale = await pageLocale();
  const [t, text] = await Promise.all([getTranslations('milestones'), comparisonText()]);
  const input = { assessmentId: params.assessmentId, from: url.searchParams.get('from') ?? '', to: url.searchParams.get('to') ?? 'now' };
  const c = await compareMilestones(db(), session.actor, input, locale, text);
  const sideName = (s: TComparisonSide) => (s.kind === 'now' ? t('nowAt', { date: formatDateIn(locale, s.at) }) : t('milestoneAt', { name: s.name, date: formatDateIn(locale, s.createdAt) }));
  const model = buildComparisonModel(
    c.view,
    { locale, assessmentName: c.assessment.name, country: c.assessment.country, clientName: c.assessment.organizationName, fromName: sideName(c.from), toName: sideName(c.to), generatedOn: formatDateIn(locale, new Date()) },
    {
      title: t('pdfTitle'),
      subtitle: c.assessment.name,
      assessment: t('pdfAssessment'),
      country: t('pdfCountry'),
      from: t('pdfFrom'),
      to: t('pdfTo'),
      unchanged: t('unchanged'),
      headings: { answers: t('answersHeading'), checkpoints: t('checkpointsHeading'), evidence: t('evidenceHeading'), outputs: t('outputsHeading') },
      none: { answers: t('noAnswers'), checkpoints: t('noCheckpoints'), evidence: t('noEvidence'), outputs: t('noOutputs') },
      columns: { question: t('colQuestion'), checkpoint: t('colCheckpoint'), file: t('colFile'), figure: t('colFigure'), before: t('colBefore'), after: t('colAfter'), change: t('colChange') },
      added: t('added'),
      removed: t('removed'),
    },
  );
  const bytes = await renderInPool(session.user.id, { model, format: 'pdf' });
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="milestone-comparison.pdf"', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
});
