import { getTranslations } from 'next-intl/server';
import { IntlProvider } from '@/app/_components/intl-provider';
import { COMMCARE_SIZING, DEFAULT_COMMCARE_CONFIG } from '@/lib/content/sizing-reference';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';
import { formatDateIn, formatNumberIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import type { TReason } from '@/lib/domain/reason';
import { diffResourceModelConfigs, diffServiceFigures, type TDiffDetail, type TDiffValue, type TFigures } from '@/lib/domain/resource-model-diff';
import { parseResourceModelConfig } from '@/lib/domain/resource-model-config';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import type { TOutputsView } from '@/lib/server/outputs/load-outputs';
import { SizingConfigForm } from './sizing-config-form';

const FIGURES = ['vms', 'cores', 'ramGb', 'dataStorageGb'] as const;

/**
 * The CommCare configuration of an assessment: which one the figures use, what it changes against
 * the built-in default (settings, dates, usage fields, services; then each service's figures), its
 * download, the form to replace it, and its versions.
 */
export async function SizingConfigSection({ outputs, canEdit, locale }: { outputs: TOutputsView; canEdit: boolean; locale: TLocale }) {
  const t = await getTranslations('sizingConfig');
  // Services and usage fields by their names in the reader's language (sizingReasons.json).
  const say = reasonSayer(locale);
  const cfg = outputs.commcareConfig;
  const id = outputs.assessment.id;
  const own = cfg.isDefault ? null : parseResourceModelConfig(cfg.text);
  const diff = own?.ok ? diffResourceModelConfigs(DEFAULT_COMMCARE_CONFIG, own.config) : null;
  const input = outputs.sizingInputs.commcare && ZCommCareSizingInput.safeParse(outputs.sizingInputs.commcare);
  const figures = diff && outputs.sizing.commcare && input?.success ? diffServiceFigures(calculateCommCareSizing(input.data, COMMCARE_SIZING), outputs.sizing.commcare) : null;
  // A value in words (a field, a storage group, a size) is said in the reader's language; figures are formatted; model names and dates as written.
  const value = (v: TDiffValue, said?: TReason | null) => (said ? say(said) : v === null ? '—' : typeof v === 'boolean' ? t(v ? 'yes' : 'no') : typeof v === 'number' ? formatNumberIn(locale, v, 6) : v);
  const figure = (f: TFigures | null, k: (typeof FIGURES)[number]) => (f ? formatNumberIn(locale, f[k], 1) : '—');
  const detailRows = (details: TDiffDetail[]) =>
    details.map((d) => (
      <tr key={d.param}>
        <th scope="row">{t(`param.${d.param}`)}</th>
        <td>{value(d.before, d.said?.before)}</td>
        <td>{value(d.after, d.said?.after)}</td>
      </tr>
    ));
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('setting')}</th>
        <th scope="col">{t('before')}</th>
        <th scope="col">{t('after')}</th>
      </tr>
    </thead>
  );
  return (
    <section aria-labelledby="sizing-config-title" data-testid="sizing-config">
      <h2 id="sizing-config-title">{t('title')}</h2>
      <p data-testid="sizing-config-in-use">{cfg.isDefault ? t('usingDefault') : t('usingOwn', { version: cfg.version })}</p>
      <p>
        <a href={`/api/v1/assessments/${id}/sizing-config`} download>
          {t('download')}
        </a>{' '}
        <span className="muted">{t('downloadHint')}</span>
      </p>
      {diff && (
        <section aria-labelledby="sizing-config-changes">
          <h3 id="sizing-config-changes">{t('changesTitle')}</h3>
          {diff.isSame && <p>{t('noChanges')}</p>}
          {diff.settings.length > 0 && (
            <div className="table-wrap">
              <table aria-label={t('settings')}>
                {head}
                <tbody>{detailRows(diff.settings)}</tbody>
              </table>
            </div>
          )}
          {diff.summaryDates && (
            <p>
              {t('summaryDates')}: {diff.summaryDates.before.join(', ') || '—'} → {diff.summaryDates.after.join(', ') || '—'}
            </p>
          )}
          {(['usage', 'services'] as const).map((part) =>
            diff[part].length ? (
              <div key={part}>
                <h4>{t(part)}</h4>
                <ul>
                  {diff[part].map((c) => (
                    <li key={`${c.kind}-${c.label}`}>
                      <strong>{say(c.name)}</strong>: {t(`kind.${c.kind}`)}
                      {c.details.length > 0 && (
                        <div className="table-wrap">
                          <table aria-label={`${say(c.name)}: ${t(`kind.${c.kind}`)}`}>
                            {head}
                            <tbody>{detailRows(c.details)}</tbody>
                          </table>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
          <h3 id="sizing-config-figures">{t('figuresTitle')}</h3>
          {figures === null ? (
            <p className="muted">{t('noFigures')}</p>
          ) : figures.length === 0 ? (
            <p>{t('noFigureChanges')}</p>
          ) : (
            <div className="table-wrap">
              <table aria-labelledby="sizing-config-figures" data-testid="sizing-config-figures">
                <thead>
                  <tr>
                    <th scope="col">{t('service')}</th>
                    {FIGURES.map((k) => (
                      <th scope="col" key={k}>
                        {t(k)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {figures.map((f) => (
                    <tr key={f.label}>
                      <th scope="row">{say(f.name)}</th>
                      {FIGURES.map((k) => (
                        <td key={k}>
                          {figure(f.before, k)} → {figure(f.after, k)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {canEdit && (
        <IntlProvider namespaces={['sizingConfig', 'validation']}>
          <SizingConfigForm assessmentId={id} version={cfg.version} isDefault={cfg.isDefault} />
        </IntlProvider>
      )}
      {cfg.versions.length > 0 && (
        <>
          <h3 id="sizing-config-versions">{t('versionsTitle')}</h3>
          <div className="table-wrap">
            <table aria-labelledby="sizing-config-versions">
              <thead>
                <tr>
                  <th scope="col">{t('versionCol')}</th>
                  <th scope="col">{t('contentCol')}</th>
                  <th scope="col">{t('byCol')}</th>
                  <th scope="col">{t('whenCol')}</th>
                </tr>
              </thead>
              <tbody>
                {cfg.versions.map((v, i) => (
                  <tr key={v.version}>
                    <th scope="row">
                      {v.version}
                      {i === 0 && <> {t('inUse')}</>}
                    </th>
                    <td>
                      {v.isDefault ? t('defaultConfig') : t('ownConfig')}{' '}
                      {!v.isDefault && (
                        <a href={`/api/v1/assessments/${id}/sizing-config?version=${v.version}`} download>
                          {t('downloadVersion', { version: v.version })}
                        </a>
                      )}
                    </td>
                    <td>{v.createdBy ?? '—'}</td>
                    <td>{formatDateIn(locale, v.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
