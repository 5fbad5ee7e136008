import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { CommCareResult, Dhis2Result } from '@/app/_components/sizing-results';
import { OutputsHeader } from '../outputs-header';
import { ProvisionalFigures, readinessOf } from '../provisional';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { can } from '@/lib/auth/permissions';
import { pageLocale } from '@/lib/i18n/request';
import { SizingConfigSection } from './sizing-config-section';
import { localizeDhis2Sizing } from '@/lib/content/localize-dhis2-sizing';

export const generateMetadata = assessmentMetadata({ key: 'sizing' });

export default async function AssessmentSizingPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const outputs = await orNotFound(loadOutputs(db(), session.actor, assessmentId, await pageLocale()));
  const { commcare, dhis2 } = outputs.sizing;
  const [t, locale] = await Promise.all([getTranslations('sizing'), pageLocale()]);
  return (
    <>
      <OutputsHeader outputs={outputs} active="sizing" />
      <p className="muted">{t('computedFrom', { years: outputs.settings.years })}</p>
      <ProvisionalFigures readiness={readinessOf(outputs, 'sizing')}>
        {commcare && <CommCareResult result={commcare} />}
        {dhis2 && <Dhis2Result result={localizeDhis2Sizing(dhis2, locale)} />}
      </ProvisionalFigures>
      {!commcare && !dhis2 && <p className="empty">{t('noSizing')}</p>}
      {outputs.platforms.includes('commcare') && <SizingConfigSection outputs={outputs} canEdit={!outputs.isReadOnly && can(session.role, 'outputs.edit')} locale={locale} />}
    </>
  );
}
