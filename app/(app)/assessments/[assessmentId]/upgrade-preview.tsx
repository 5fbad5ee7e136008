import { getTranslations } from 'next-intl/server';
import type { TTemplateDiff } from '@/lib/domain/template-diff';
import { UpgradeButton } from './upgrade-button';

type TPreview = { platform: string; from: number; to: number; diff: TTemplateDiff; answersNoLongerShown: string[] };

/** A newer questionnaire version: what it changes, listed before the upgrade is applied. */
export async function UpgradePreview({ assessmentId, preview, title }: { assessmentId: string; preview: TPreview; title: string }) {
  const t = await getTranslations('assessment');
  const { diff } = preview;
  const lists: { heading: string; items: string[] }[] = [
    { heading: t('questionsAdded'), items: diff.questionsAdded.map((q) => `${q.label} (${q.where})`) },
    { heading: t('questionsRemoved'), items: diff.questionsRemoved.map((q) => `${q.label} (${q.where})`) },
    { heading: t('questionsReworded'), items: diff.questionsReworded.map((q) => `${q.where}: ${t('rewordedFromTo', { from: q.from, to: q.to })}`) },
    { heading: t('checkpointsAdded'), items: diff.checkpointsAdded.map((c) => `${c.label} (${c.where})`) },
    { heading: t('checkpointsRemoved'), items: diff.checkpointsRemoved.map((c) => `${c.label} (${c.where})`) },
    { heading: t('checkpointsMoved'), items: diff.checkpointsMoved.map((c) => `${c.label}: ${t('movedFromTo', { from: c.from, to: c.to })}`) },
    { heading: t('answersNoLongerShown'), items: preview.answersNoLongerShown },
  ].filter((l) => l.items.length > 0);
  return (
    <div className="notice" data-testid={`upgrade-${preview.platform}`}>
      <p style={{ marginTop: 0 }}>{t('newerVersion', { platform: title, to: preview.to, from: preview.from })}</p>
      <details open>
        <summary>{t('upgradeChanges', { to: preview.to })}</summary>
        {lists.length === 0 ? (
          <p>{t('upgradeNoChanges')}</p>
        ) : (
          lists.map((l) => (
            <div key={l.heading}>
              <h3 style={{ fontSize: '1rem', marginBottom: '.25rem' }}>{l.heading}</h3>
              <ul style={{ marginTop: 0 }}>
                {l.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            </div>
          ))
        )}
      </details>
      <UpgradeButton assessmentId={assessmentId} platform={preview.platform} toVersion={preview.to} label={t('applyUpgrade', { to: preview.to })} pendingLabel={t('upgrading')} doneText={t('upgraded', { to: preview.to })} />
    </div>
  );
}
