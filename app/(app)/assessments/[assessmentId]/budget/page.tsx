import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { DEFAULT_RATE_CARD } from '@/lib/content/outputs-reference';
import { BUDGET_LINES, formatRateValue, OVERLOOKED_LINE_IDS } from '@/lib/domain/budget';
import { CATEGORY_LABELS } from '@/lib/domain/documents/assessment-blocks';
import { formatMoney } from '@/lib/domain/money';
import { HOSTING_OPTIONS, RATE_KEYS, RATE_LABELS, RATE_UNITS, type TRateKey } from '@/lib/domain/rate-card';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { OutputsHeader } from '../outputs-header';
import { BudgetChart } from './budget-chart';
import { BudgetSettingsForm } from './budget-settings-form';
import { RateOverrideForm, type TRateChoice } from './rate-override-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';

export const generateMetadata = assessmentMetadata('Budget');

export default async function AssessmentBudgetPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const outputs = await orNotFound(loadOutputs(db(), session.actor, assessmentId));
  const { budget, settings } = outputs;
  const canEdit = can(session.role, 'outputs.edit');
  const chosen = new Set(Object.values(outputs.chosenHostingOption));
  const optionLabel = (id: string) => DEFAULT_RATE_CARD.options[id as (typeof HOSTING_OPTIONS)[number]]?.label ?? id;
  const overrides = Object.entries(outputs.overrides).flatMap(([option, rates]) =>
    Object.entries(rates ?? {}).map(([rateKey, o]) => ({ option, optionLabel: optionLabel(option), rateKey, rateLabel: RATE_LABELS[rateKey as TRateKey], valueText: formatRateValue(rateKey as TRateKey, o!.value, settings.currency), reason: o!.reason })),
  );
  const unitText = { 'usd-cents': ` (${settings.currency.code})`, fraction: ' (%)', years: ' (years)', days: ' (days)', count: '' } as const;
  const rateChoices: TRateChoice[] = RATE_KEYS.map((key) => ({
    key,
    label: `${RATE_LABELS[key]}${unitText[RATE_UNITS[key]]}`,
    entry: RATE_UNITS[key] === 'usd-cents' ? 'money' : RATE_UNITS[key] === 'fraction' ? 'percent' : 'plain',
  }));
  return (
    <>
      <OutputsHeader outputs={outputs} active="budget" />
      {canEdit ? (
        <BudgetSettingsForm assessmentId={assessmentId} years={settings.years} currency={settings.currency} version={settings.version} />
      ) : (
        <p className="muted">
          {settings.years} years, in {settings.currency.code}.
        </p>
      )}
      {!budget ? (
        <p className="empty">No budget yet: the budget is derived from the sizing, which needs the answers listed above.</p>
      ) : (
        <>
          <h2>Cost per year</h2>
          <BudgetChart budget={budget} />
          <div className="table-wrap">
            <table aria-label="Totals per year">
              <thead>
                <tr>
                  <th scope="col">Hosting option</th>
                  {budget.options[0].totalsPerYear.map((_, i) => (
                    <th scope="col" key={i}>
                      Year {i + 1}
                    </th>
                  ))}
                  <th scope="col">{budget.years}-year total</th>
                </tr>
              </thead>
              <tbody>
                {budget.options.map((o) => (
                  <tr key={o.option} data-option={o.option}>
                    <th scope="row">
                      {o.label} {chosen.has(o.option) && <span className="badge">chosen in the assessment</span>}
                    </th>
                    {o.totalsPerYear.map((t, i) => (
                      <td key={i} className="num">
                        {formatMoney(t, budget.currency)}
                      </td>
                    ))}
                    <td className="num">
                      <strong>{formatMoney(o.grandTotal, budget.currency)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Lines, side by side</h2>
          <p className="muted">Totals over {budget.years} years. Lines marked “often overlooked” are the items the sources say budgets forget; they are always shown, and a zero always says why.</p>
          <div className="table-wrap">
            <table aria-label="Budget lines">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {budget.options.map((o) => (
                    <th scope="col" key={o.option}>
                      {o.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {BUDGET_LINES.map((line) => (
                  <tr key={line.id} data-line={line.id}>
                    <th scope="row">
                      {line.label} {OVERLOOKED_LINE_IDS.includes(line.id) && <span className="badge warn">often overlooked</span>}
                    </th>
                    {budget.options.map((o) => {
                      const l = o.lines.find((x) => x.id === line.id)!;
                      return (
                        <td key={o.option} title={l.reason} className="num">
                          {formatMoney(l.total, budget.currency)}
                          {l.overridden && <span className="badge">overridden</span>}
                          {l.total === 0 && <div className="muted" style={{ fontSize: '.8rem' }}>{l.reason}</div>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>How each option is costed</h2>
          {budget.options.map((o) => (
            <details key={o.option} className="card">
              <summary>
                {o.label}: {formatMoney(o.grandTotal, budget.currency)}
              </summary>
              <div className="table-wrap">
                <table aria-label={`${o.label} lines`}>
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      {o.totalsPerYear.map((_, i) => (
                        <th scope="col" key={i}>
                          Year {i + 1}
                        </th>
                      ))}
                      <th scope="col">Rule</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.lines.map((l) => (
                      <tr key={l.id}>
                        <th scope="row">{l.label}</th>
                        {l.perYear.map((v, i) => (
                          <td key={i} className="num">
                            {formatMoney(v, budget.currency)}
                          </td>
                        ))}
                        <td className="muted">{l.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">
                Per category: {Object.entries(o.totalsPerCategory).map(([c, v]) => `${CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? 'Other'} ${formatMoney(v, budget.currency)}`).join(' · ')}
              </p>
            </details>
          ))}
        </>
      )}
      <h2>Rate card and overrides</h2>
      <p className="muted">{DEFAULT_RATE_CARD.note}</p>
      {canEdit ? (
        <RateOverrideForm assessmentId={assessmentId} options={HOSTING_OPTIONS.map((id) => ({ id, label: optionLabel(id) }))} rates={rateChoices} exchangeRate={settings.currency.exchangeRate} overrides={overrides} />
      ) : (
        <p className="muted">{overrides.length} override(s) in place; your role cannot change them.</p>
      )}
      <h3>Assumptions</h3>
      <ul>
        {[...(budget?.assumptions ?? []), ...outputs.budgetInputs.reasons, ...(budget?.missing ?? [])].map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </>
  );
}
