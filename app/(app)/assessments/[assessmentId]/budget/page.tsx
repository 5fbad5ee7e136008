import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { pageLocale } from '@/lib/i18n/request';
import { pageSayer } from '@/lib/i18n/page-sayer';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { rateCardIn } from '@/lib/content/outputs-reference';
import { BUDGET_LINES, OVERLOOKED_LINE_IDS } from '@/lib/domain/budget';
import { rateValueText } from '@/lib/domain/audit-text';
import { ANNEX_TEXT } from '@/lib/domain/documents/annex-text';
import { EXPORT_TEXT } from '@/lib/domain/export-text';
import { formatMoney } from '@/lib/domain/money';
import { HOSTING_OPTIONS, RATE_KEYS, RATE_UNITS, type TRateKey } from '@/lib/domain/rate-card';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { IntlProvider } from '@/app/_components/intl-provider';
import { OutputsHeader } from '../outputs-header';
import { ProvisionalFigures, readinessOf } from '../provisional';
import { BudgetChart } from './budget-chart';
import { BudgetSettingsForm } from './budget-settings-form';
import { RateOverrideForm, type TRateChoice } from './rate-override-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';

export const generateMetadata = assessmentMetadata({ key: 'budget' });

export default async function AssessmentBudgetPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const outputs = await orNotFound(loadOutputs(db(), session.actor, assessmentId, await pageLocale()));
  const { budget, settings } = outputs;
  const canEdit = !outputs.isReadOnly && can(session.role, 'outputs.edit');
  const [t, tf, locale, say] = await Promise.all([getTranslations('budget'), getTranslations('budgetForms'), pageLocale(), pageSayer()]);
  const money = (minor: number) => formatMoney(minor, budget?.currency ?? settings.currency, locale);
  const chosen = new Set(Object.values(outputs.chosenHostingOption));
  // Options, lines and categories in the page's language (the documents' and exports' words); rates from the messages.
  const optionLabel = (id: string) => ANNEX_TEXT[locale].hostingOptions[id] ?? rateCardIn(locale).options[id as (typeof HOSTING_OPTIONS)[number]]?.label ?? id;
  const lineLabel = (l: { id: string; label: string }) => EXPORT_TEXT[locale].budgetLines[l.id as keyof (typeof EXPORT_TEXT)['en']['budgetLines']] ?? l.label;
  const rateLabel = (key: TRateKey) => tf(`rates.${key}`);
  const overrides = Object.entries(outputs.overrides).flatMap(([option, rates]) =>
    Object.entries(rates ?? {}).map(([rateKey, o]) => ({ option, optionLabel: optionLabel(option), rateKey, rateLabel: rateLabel(rateKey as TRateKey), valueText: rateValueText(rateKey as TRateKey, o!.value, settings.currency, locale, (unit, count) => tf(unit === 'years' ? 'yearsCount' : 'daysCount', { count })), reason: o!.reason })),
  );
  const unitText = { 'usd-cents': ` (${settings.currency.code})`, fraction: ' (%)', years: ` (${tf('unitYears')})`, days: ` (${tf('unitDays')})`, count: '' } as const;
  const rateChoices: TRateChoice[] = RATE_KEYS.map((key) => ({
    key,
    label: `${rateLabel(key)}${unitText[RATE_UNITS[key]]}`,
    entry: RATE_UNITS[key] === 'usd-cents' ? 'money' : RATE_UNITS[key] === 'fraction' ? 'percent' : 'plain',
  }));
  return (
    <>
      <OutputsHeader outputs={outputs} active="budget" />
      <div id="budget-settings">
        {canEdit ? (
          <IntlProvider namespaces={['budgetForms', 'validation']}>
            <BudgetSettingsForm assessmentId={assessmentId} years={settings.years} currency={settings.currency} version={settings.version} />
          </IntlProvider>
        ) : (
          <p className="muted">{t('yearsIn', { years: settings.years, currency: settings.currency.code })}</p>
        )}
      </div>
      {!budget ? (
        <p className="empty">{t('noBudget')}</p>
      ) : (
        <ProvisionalFigures readiness={readinessOf(outputs, 'budget')}>
          <h2>{t('costPerYear')}</h2>
          <BudgetChart budget={budget} locale={locale} yearLabel={(year) => t('year', { year })} title={tf('chartTitle', { currency: budget.currency.code })} />
          <div className="table-wrap">
            <table aria-label={t('totalsPerYear')}>
              <thead>
                <tr>
                  <th scope="col">{t('hostingOption')}</th>
                  {budget.options[0].totalsPerYear.map((_, i) => (
                    <th scope="col" key={i}>
                      {t('year', { year: i + 1 })}
                    </th>
                  ))}
                  <th scope="col">{t('total', { years: budget.years })}</th>
                </tr>
              </thead>
              <tbody>
                {budget.options.map((o) => (
                  <tr key={o.option} data-option={o.option}>
                    <th scope="row">
                      {optionLabel(o.option)} {chosen.has(o.option) && <span className="badge">{t('chosen')}</span>}
                    </th>
                    {o.totalsPerYear.map((t, i) => (
                      <td key={i} className="num">
                        {money(t)}
                      </td>
                    ))}
                    <td className="num">
                      <strong>{money(o.grandTotal)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('linesSideBySide')}</h2>
          <p className="muted">{t('linesNote', { years: budget.years })}</p>
          <div className="table-wrap">
            <table aria-label={t('budgetLines')}>
              <thead>
                <tr>
                  <th scope="col">{t('line')}</th>
                  {budget.options.map((o) => (
                    <th scope="col" key={o.option}>
                      {optionLabel(o.option)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {BUDGET_LINES.map((line) => (
                  <tr key={line.id} data-line={line.id}>
                    <th scope="row">
                      {lineLabel(line)} {OVERLOOKED_LINE_IDS.includes(line.id) && <span className="badge warn">{t('oftenOverlooked')}</span>}
                    </th>
                    {budget.options.map((o) => {
                      const l = o.lines.find((x) => x.id === line.id)!;
                      return (
                        <td key={o.option} title={say(l.reason)} className="num">
                          {money(l.total)}
                          {l.overridden && <span className="badge">{t('overridden')}</span>}
                          {l.total === 0 && <div className="muted" style={{ fontSize: '.8rem' }}>{say(l.reason)}</div>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('howCosted')}</h2>
          {budget.options.map((o) => (
            <details key={o.option} className="card">
              <summary>
                {optionLabel(o.option)}: {money(o.grandTotal)}
              </summary>
              <div className="table-wrap">
                <table aria-label={t('optionLines', { option: optionLabel(o.option) })}>
                  <thead>
                    <tr>
                      <th scope="col">{t('line')}</th>
                      {o.totalsPerYear.map((_, i) => (
                        <th scope="col" key={i}>
                          {t('year', { year: i + 1 })}
                        </th>
                      ))}
                      <th scope="col">{t('rule')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.lines.map((l) => (
                      <tr key={l.id}>
                        <th scope="row">{lineLabel(l)}</th>
                        {l.perYear.map((v, i) => (
                          <td key={i} className="num">
                            {money(v)}
                          </td>
                        ))}
                        <td className="muted">{say(l.reason)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">
                {t('perCategory')} {Object.entries(o.totalsPerCategory).map(([c, v]) => `${ANNEX_TEXT[locale].categories[c as keyof (typeof ANNEX_TEXT)['en']['categories']]} ${money(v)}`).join(' · ')}
              </p>
            </details>
          ))}
        </ProvisionalFigures>
      )}
      <h2>{t('rateCard')}</h2>
      <p className="muted">{rateCardIn(locale).note}</p>
      {canEdit ? (
        <IntlProvider namespaces={['budgetForms', 'validation']}>
          <RateOverrideForm assessmentId={assessmentId} options={HOSTING_OPTIONS.map((id) => ({ id, label: optionLabel(id) }))} rates={rateChoices} exchangeRate={settings.currency.exchangeRate} overrides={overrides} />
        </IntlProvider>
      ) : (
        <p className="muted">{t('overridesInPlace', { count: overrides.length })}</p>
      )}
      <h3>{t('assumptions')}</h3>
      <ul>
        {[...(budget?.assumptions ?? []), ...outputs.budgetInputs.reasons, ...(budget?.missing ?? [])].map(say).map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </>
  );
}
