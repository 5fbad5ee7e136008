import 'server-only';
import { getTranslations } from 'next-intl/server';
import { platformName } from '@/lib/domain/platform-names';
import type { TComparisonText } from '@/lib/server/milestones/compare-milestones';

/** The milestones messages as the comparison's words (pages and the PDF route share them). */
export async function comparisonText(): Promise<TComparisonText> {
  const t = await getTranslations('milestones');
  const tr = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const has = t.has as unknown as (key: string) => boolean;
  return {
    platform: (p) => platformName(p),
    tier: (_p, tier) => (has(`tier.${tier}`) ? tr(`tier.${tier}`) : tier),
    tierLabel: (platform, system) => (system ? t('tierOfSystem', { platform, system }) : t('tierOf', { platform })),
    totalLabel: (platform, what) => tr(`totalOf.${what}`, { platform }),
    budgetLabel: (option, years, currency) => t('budgetOf', { option: has(`option.${option}`) ? tr(`option.${option}`) : option, years, currency }),
    status: (s) => tr(`status.${s}`),
    empty: t('empty'),
    unknownQuestion: t('unknownQuestion'),
    unknownCheckpoint: t('unknownCheckpoint'),
    cores: (n) => t('cores', { n }),
    gb: (n) => t('gb', { n }),
  };
}
