import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { outputReadiness, type TOutputKind, type TOutputReadiness } from '@/lib/domain/output-readiness';
import { pageSayer } from '@/lib/i18n/page-sayer';
import type { TOutputsView } from '@/lib/server/outputs/load-outputs';

/** How ready one output of the assessment is (pure rules in lib/domain/output-readiness.ts). */
export function readinessOf(outputs: TOutputsView, output: TOutputKind): TOutputReadiness {
  return outputReadiness(output, {
    missing: outputs.missing,
    teamSize: outputs.team.length,
    hasBudgetSettings: outputs.settings.version > 0,
    hasSizing: !!(outputs.sizing.commcare || outputs.sizing.dhis2),
  });
}

/** What an output still needs, first on its page, each item linked to where it is given. */
export async function MissingInputs({ outputs, readiness }: { outputs: TOutputsView; readiness: TOutputReadiness }) {
  const id = outputs.assessment.id;
  const answers = outputs.missing.filter((m) => readiness.missingAnswers.some((r) => r.questionId === m.questionId && r.effect === m.effect));
  const blocking = answers.filter((m) => m.isBlocking);
  const defaulted = answers.filter((m) => !m.isBlocking);
  if (!answers.length && !readiness.needsTeam && !readiness.needsBudgetSettings) return null;
  const [t, tp, say] = await Promise.all([getTranslations('outputs'), getTranslations('provisional'), pageSayer()]);
  return (
    <section aria-labelledby="missing-answers" className={blocking.length ? 'form-error' : 'notice'} style={{ marginBottom: '1rem' }} data-testid="missing-inputs">
      <h2 id="missing-answers" style={{ fontSize: '1rem', margin: '0 0 .25rem' }}>
        {blocking.length ? t('answersNeeded') : answers.length ? t('answersDefaulted') : tp('inputsMissing')}
      </h2>
      <ul style={{ margin: 0 }}>
        {[...blocking, ...defaulted].map((m, i) => (
          <li key={`${m.questionId}-${i}`}>
            <Link href={m.href}>{m.label}</Link>
            {m.phaseNumber !== null && <span className="muted"> {t('phase', { number: m.phaseNumber })}</span>}: {say(m.why)}.
          </li>
        ))}
        {readiness.needsTeam && (
          <li>
            <Link href={`/assessments/${id}/skills#team`}>{tp('team')}</Link>: {tp('teamEffect')}
          </li>
        )}
        {readiness.needsBudgetSettings && (
          <li>
            <Link href={`/assessments/${id}/budget#budget-settings`}>{tp('budgetSettings')}</Link>: {tp('budgetSettingsEffect', { years: outputs.settings.years, currency: outputs.settings.currency.code })}
          </li>
        )}
      </ul>
    </section>
  );
}

/** The figures of an output, marked as provisional while an input it needs is missing. */
export async function ProvisionalFigures({ readiness, children }: { readiness: TOutputReadiness; children: React.ReactNode }) {
  if (readiness.state !== 'provisional') return <>{children}</>;
  const tp = await getTranslations('provisional');
  return (
    <section className="provisional" aria-labelledby="provisional-label" data-testid="provisional-figures">
      <h2 id="provisional-label" className="provisional-label">
        {tp('label')}
      </h2>
      <p className="muted" style={{ marginTop: 0 }}>
        {tp('explanation')}
      </p>
      {children}
    </section>
  );
}
