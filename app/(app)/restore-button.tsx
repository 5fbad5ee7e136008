'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/app/_components/action-button';
import { restoreAssessmentAction } from './assessments/actions';

/** Restores an archived assessment from the home page's archived list (administrators). */
export function RestoreButton({ assessmentId, name }: { assessmentId: string; name: string }) {
  const t = useTranslations('lifecycle');
  const router = useRouter();
  return <ActionButton label={t('restoreNamed', { name })} run={() => restoreAssessmentAction({ assessmentId })} onDone={() => router.refresh()} />;
}
