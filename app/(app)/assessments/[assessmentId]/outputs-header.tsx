import Link from 'next/link';
import type { TOutputsView } from '@/lib/server/outputs/load-outputs';

const TABS = [
  { key: 'sizing', label: 'Sizing' },
  { key: 'skills', label: 'Skills gap' },
  { key: 'budget', label: 'Budget' },
] as const;
const EXPORT_NAMES = { sizing: 'sizing', skills: 'skills-gap', budget: 'budget' } as const;

/** Title, tabs between the outputs, their downloads, and the answers they still miss, each linked to its question. */
export function OutputsHeader({ outputs, active }: { outputs: TOutputsView; active: (typeof TABS)[number]['key'] }) {
  const id = outputs.assessment.id;
  const base = `/api/v1/assessments/${id}/report`;
  const blocking = outputs.missing.filter((m) => m.isBlocking);
  const defaulted = outputs.missing.filter((m) => !m.isBlocking);
  return (
    <>
      <p className="muted">
        <Link href="/">Assessments</Link> › <Link href={`/assessments/${id}`}>{outputs.assessment.name}</Link> ›
      </p>
      <h1>{TABS.find((t) => t.key === active)!.label}</h1>
      <nav aria-label="Outputs" className="row" style={{ marginBottom: '1rem' }}>
        {TABS.map((t) => (
          <Link key={t.key} href={`/assessments/${id}/${t.key}`} aria-current={t.key === active ? 'page' : undefined} className={t.key === active ? 'button' : 'button secondary'}>
            {t.label}
          </Link>
        ))}
        <span className="muted" style={{ marginLeft: 'auto' }}>
          Download: <a href={`${base}/${EXPORT_NAMES[active]}.csv`}>CSV</a> · <a href={`${base}/${EXPORT_NAMES[active]}.xlsx`}>XLSX</a> · <a href={base}>everything as JSON</a>
        </span>
      </nav>
      {outputs.notSized.length > 0 && (
        <p className="notice" data-testid="not-sized">
          {outputs.notSized.join(', ')}: not sized. Sizing, skills gap and budget cover CommCare HQ and DHIS2 only; this questionnaire’s checkpoints are reviewed and listed in the
          RFP like the others.
        </p>
      )}
      {outputs.missing.length > 0 && (
        <section aria-labelledby="missing-answers" className={blocking.length ? 'form-error' : 'notice'} style={{ marginBottom: '1rem' }}>
          <h2 id="missing-answers" style={{ fontSize: '1rem', margin: '0 0 .25rem' }}>
            {blocking.length ? 'Answers needed before these outputs can be computed' : 'Answers not given yet: defaults are used until they are'}
          </h2>
          <ul style={{ margin: 0 }}>
            {[...blocking, ...defaulted].map((m, i) => (
              <li key={`${m.questionId}-${i}`}>
                <Link href={m.href}>{m.label}</Link>
                {m.phaseNumber !== null && <span className="muted"> (phase {m.phaseNumber})</span>}: {m.effect}.
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
