import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { formatDateIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { loadReadOnly } from '@/lib/server/assessments/load-read-only';

/** Every page of an archived assessment says, first, that it is read-only and who can restore it. */
export default async function AssessmentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const { archivedAt } = await orNotFound(loadReadOnly(db(), session.actor, assessmentId));
  // The same shape archived or not: the page below keeps its place in the tree, so archiving (which
  // refreshes the page) does not mount it afresh and wipe what its controls just announced.
  const notice = archivedAt ? await readOnlyNotice(archivedAt) : null;
  return (
    <>
      {notice}
      {children}
    </>
  );
}

async function readOnlyNotice(archivedAt: Date) {
  const [t, locale] = await Promise.all([getTranslations('lifecycle'), pageLocale()]);
  return (
    <div className="notice read-only" role="note" aria-labelledby="read-only-title" data-testid="archived-notice">
      <strong id="read-only-title">{t('readOnlyTitle')}</strong> <span>{t('readOnlyBanner', { date: formatDateIn(locale, archivedAt) })}</span>
    </div>
  );
}
