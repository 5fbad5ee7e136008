import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TOutputsView } from '@/lib/server/outputs/load-outputs';

const TABS = [
  { key: 'sizing', label: 'Sizing' },
  { key: 'skills', label: 'Skills gap' },
  { key: 'budget', label: 'Budget' },
] as const;
const EXPORT_NAMES = { sizing: 'sizing', skills: 'skills-gap', budget: 'budget' } as const;

/** Title, tabs between the outputs, their downloads, and the answers they still miss, each linked to its question. */
export async function OutputsHeader({ outputs, active }: { outputs: TOutputsView; active: (typeof TABS)[number]['key'] }) {
  const id = outputs.assessment.id;
  const base = `/api/v1/assessments/${id}/report`;
  const blocking = outputs.missing.filter((m) => m.isBlocking);
  const defaulted = outputs.missing.filter((m) => !m.isBlocking);
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
      {outputs.missing.length > 0 && (
        <section aria-labelledby="missing-answers" className={blocking.length ? 'form-error' : 'notice'} style={{ marginBottom: '1rem' }}>
          <h2 id="missing-answers" style={{ fontSize: '1rem', margin: '0 0 .25rem' }}>
            {blocking.length ? t('answersNeeded') : t('answersDefaulted')}
          </h2>
          <ul style={{ margin: 0 }}>
            {[...blocking, ...defaulted].map((m, i) => (
              <li key={`${m.questionId}-${i}`}>
                <Link href={m.href}>{m.label}</Link>
                {m.phaseNumber !== null && <span className="muted"> {t('phase', { number: m.phaseNumber })}</span>}: {m.effect}.
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
