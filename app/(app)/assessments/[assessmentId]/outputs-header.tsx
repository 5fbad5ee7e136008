import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TOutputsView } from '@/lib/server/outputs/load-outputs';
import { MissingInputs, readinessOf } from './provisional';

const TABS = [
  { key: 'sizing', label: 'Sizing' },
  { key: 'skills', label: 'Skills gap' },
  { key: 'budget', label: 'Budget' },
] as const;
const EXPORT_NAMES = { sizing: 'sizing', skills: 'skills-gap', budget: 'budget' } as const;

/** Title, tabs between the outputs, their downloads, and the inputs they still miss first, each linked to where it is given. */
export async function OutputsHeader({ outputs, active }: { outputs: TOutputsView; active: (typeof TABS)[number]['key'] }) {
  const id = outputs.assessment.id;
  const base = `/api/v1/assessments/${id}/report`;
  const [t, ta] = await Promise.all([getTranslations('outputs'), getTranslations('assessment')]);
  return (
    <>
      <p className="muted">
        <Link href="/">{ta('listTitle')}</Link> › <Link href={`/assessments/${id}`}>{outputs.assessment.name}</Link> ›
      </p>
      <h1>{ta(active)}</h1>
      <nav aria-label={ta('outputs')} className="row" style={{ marginBottom: '1rem' }}>
        {TABS.map((tab) => (
          <Link key={tab.key} href={`/assessments/${id}/${tab.key}`} aria-current={tab.key === active ? 'page' : undefined} className={tab.key === active ? 'button' : 'button secondary'}>
            {ta(tab.key)}
          </Link>
        ))}
        <span className="muted" style={{ marginLeft: 'auto' }}>
          {t('download')} <a href={`${base}/${EXPORT_NAMES[active]}.csv`}>CSV</a> · <a href={`${base}/${EXPORT_NAMES[active]}.xlsx`}>XLSX</a> · <a href={base}>{t('everythingJson')}</a>
        </span>
      </nav>
      {outputs.notSized.length > 0 && (
        <p className="notice" data-testid="not-sized">
          {t('notSized', { names: outputs.notSized.join(', ') })}
        </p>
      )}
      <MissingInputs outputs={outputs} readiness={readinessOf(outputs, active)} />
    </>
  );
}
