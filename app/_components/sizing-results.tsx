import { useTranslations } from 'next-intl';
import type { TCitation, TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import { formatNumberIn } from '@/lib/domain/intl-format';
import { useFormatLocale } from './use-format-locale';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import { Dhis2Result as Dhis2SizingResult } from './dhis2-sizing-result';
import { useSizingSay } from './use-sizing-say';
import { reason, type TReason } from '@/lib/domain/reason';

/** Sizing results with the rule behind every figure; shared by the public calculator and the assessment pages. */

export function CommCareResult({ result }: { result: TCommCareSizingResult }) {
  const last = result.periods.length - 1;
  const t = useTranslations('sizing');
  const locale = useFormatLocale();
  const fmt = (n: number) => formatNumberIn(locale, n, 3);
  const say = useSizingSay();
  return (
    <section aria-labelledby="cc-result">
      <h2 id="cc-result">
        {t('configuration')} <span data-testid="commcare-tier">{say(result.tier.name)}</span>
      </h2>
      <p>{say(result.tier.why)}</p>
      <h3>{t('usageProjection')}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('users')}</th>
              <th scope="col">{t('formsTotal')}</th>
              <th scope="col">{t('casesTotal')}</th>
              <th scope="col">{t('attachmentsGb')}</th>
            </tr>
          </thead>
          <tbody>
            {result.periods.map((p) => (
              <tr key={p.label}>
                <th scope="row">{t('periodMonth', { n: p.monthIndex + 1, month: p.endMonth })}</th>
                <td>{fmt(p.users)}</td>
                <td>{fmt(p.formsTotal)}</td>
                <td>{fmt(p.casesTotal)}</td>
                <td>{fmt(p.attachmentGb)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('perServiceEndOf', { n: result.periods[last].monthIndex + 1, month: result.periods[last].endMonth })}</h3>
      <div className="table-wrap">
        <table aria-label={t('perServiceSizing')}>
          <thead>
            <tr>
              <th scope="col">{t('service')}</th>
              <th scope="col">{t('vms')}</th>
              <th scope="col">{t('cores')}</th>
              <th scope="col">{t('ramGb')}</th>
              <th scope="col">{t('dataStorageGb')}</th>
              <th scope="col">{t('rule')}</th>
            </tr>
          </thead>
          <tbody>
            {result.services.map((s) => (
              <tr key={s.id}>
                <th scope="row">{say(s.name)}</th>
                <td>{s.perPeriod[last].vms}</td>
                <td>{s.perPeriod[last].cores}</td>
                <td>{s.perPeriod[last].ramGb}</td>
                <td>{fmt(s.perPeriod[last].dataStorageGb)}</td>
                <td className="muted">
                  {say(s.reason)}
                  {s.note && <> {say(reason('commcare.configurationNote', { note: s.note }))}</>} <CommCareCitation citation={{ ...s.citation, section: say(reason('commcare.serviceSection', { name: s.name })) }} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('total')}</th>
              <td>{result.totals[last].vms}</td>
              <td>{result.totals[last].cores}</td>
              <td>{result.totals[last].ramGb}</td>
              <td data-testid="commcare-storage-total">{fmt(result.totals[last].dataStorageGb)}</td>
              <td className="muted">{t('plusOsDisks', { gb: fmt(result.totals[last].osStorageGb) })}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>{t('backupAndStaging', { backupGb: fmt(result.footprint.backupStorageGb), cores: result.footprint.environments[1].cores, ramGb: fmt(result.footprint.environments[1].ramGb) })}</p>
      <Assumptions items={result.assumptionReasons} />
    </section>
  );
}

/** A citation of the CommCare sizing: title and section, linked when it has an address. */
function CommCareCitation({ citation }: { citation: TCitation }) {
  const text = citation.section ? `${citation.title} — ${citation.section}` : citation.title;
  const t = useTranslations('ui');
  return (
    <small className="citation">
      {t('source')}{' '}
      {citation.url ? (
        <a href={citation.url} rel="noreferrer" target="_blank">
          {text}
        </a>
      ) : (
        text
      )}
      .
    </small>
  );
}

export function Dhis2Result({ result }: { result: TDhis2SizingResult }) {
  return <Dhis2SizingResult result={result} assumptions={<Assumptions items={result.assumptionReasons} />} />;
}

export function Assumptions({ items }: { items: TReason[] }) {
  const t = useTranslations('sizing');
  const say = useSizingSay();
  return (
    <>
      <h3>{t('assumptions')}</h3>
      <ul>
        {items.map((a, i) => (
          <li key={i}>{say(a)}</li>
        ))}
      </ul>
    </>
  );
}
