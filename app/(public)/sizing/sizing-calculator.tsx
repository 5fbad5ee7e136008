'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import { CommCareResult, Dhis2Result } from '@/app/_components/sizing-results';
import { DHIS2_VERSIONS } from '@/lib/schemas/sizing-dhis2';
import { RESOURCE_MODEL_LIMITS } from '@/lib/domain/resource-model-config';
import { useValidationText } from '@/app/_components/use-validation-text';

type TForm = {
  platform: 'commcare' | 'dhis2';
  users: string;
  formsPerUserPerMonth: string;
  casesPerUserPerMonth: string;
  caseUpdatesPerUserPerMonth: string;
  attachmentKbPerForm: string;
  horizonMonths: string;
  resourceModelConfig: string;
  systems: { name: string; kind: 'aggregate' | 'tracker'; users: string; concurrentUsers: string }[];
  years: string;
  dhis2Version: string;
  stagingSize: 'production' | 'smaller';
};
type TResponse = ({ platform: 'commcare' } & TCommCareSizingResult) | ({ platform: 'dhis2' } & TDhis2SizingResult);

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

/** The calculator form; the server (POST /api/v1/sizing) parses, computes and explains. */
export function SizingCalculator() {
  const tc = useTranslations('sizingConfig');
  const t = useTranslations('sizing');
  const v = useValidationText();
  const { register, control, handleSubmit, watch } = useForm<TForm>({
    defaultValues: { platform: 'commcare', users: '2500', formsPerUserPerMonth: '', casesPerUserPerMonth: '', caseUpdatesPerUserPerMonth: '', attachmentKbPerForm: '', horizonMonths: '', resourceModelConfig: '', years: '5', dhis2Version: DHIS2_VERSIONS[0], stagingSize: 'production', systems: [{ name: 'HMIS', kind: 'aggregate', users: '3000', concurrentUsers: '' }] },
  });
  const systems = useFieldArray({ control, name: 'systems' });
  // eslint-disable-next-line react-hooks/incompatible-library -- the platform switch re-renders this small form only
  const platform = watch('platform');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<TResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = handleSubmit(async (form) => {
    setFailure(null);
    const body =
      form.platform === 'commcare'
        ? // users is always sent (null when empty): a pasted configuration without it would be sized alone, as the API's summaries, not the calculator's result.
          { platform: 'commcare', users: num(form.users) ?? null, formsPerUserPerMonth: num(form.formsPerUserPerMonth), casesPerUserPerMonth: num(form.casesPerUserPerMonth), caseUpdatesPerUserPerMonth: num(form.caseUpdatesPerUserPerMonth), attachmentKbPerForm: num(form.attachmentKbPerForm), horizonMonths: num(form.horizonMonths), ...(form.resourceModelConfig.trim() ? { resourceModelConfig: form.resourceModelConfig } : {}) }
        : { platform: 'dhis2', years: num(form.years), dhis2Version: form.dhis2Version, stagingSize: form.stagingSize, systems: form.systems.map((s) => ({ name: s.name, kind: s.kind, users: num(s.users), concurrentUsers: num(s.concurrentUsers) })) };
    try {
      const response = await fetch('/api/v1/sizing', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = await response.json();
      if (!response.ok) {
        setErrors(json.fieldErrors ?? {});
        setResult(null);
        setFailure(json.error ? v(json.error)! : t('calculationFailed'));
        return;
      }
      setErrors({});
      setResult(json);
    } catch {
      setFailure(t('unreachable'));
    }
  });

  const field = (name: keyof TForm & string, label: string, unit?: string, placeholder?: string) => (
    <div>
      <label htmlFor={`f-${name}`}>{label}</label>
      <span className="row">
        <input id={`f-${name}`} type="number" inputMode="decimal" placeholder={placeholder} {...register(name)} aria-invalid={!!errors[name] || undefined} style={{ maxWidth: '12rem' }} />
        {unit && <span className="muted">{unit}</span>}
      </span>
      {errors[name] && <p className="field-error">{errors[name].map((m) => v(m)).join(' ')}</p>}
    </div>
  );

  return (
    <>
      <form method="post" onSubmit={onSubmit} noValidate aria-label={t('inputs')} className="card">
        <fieldset>
          <legend>{t('platform')}</legend>
          <label style={{ fontWeight: 400 }}>
            <input type="radio" value="commcare" {...register('platform')} style={{ width: 'auto' }} /> CommCare HQ
          </label>
          <label style={{ fontWeight: 400 }}>
            <input type="radio" value="dhis2" {...register('platform')} style={{ width: 'auto' }} /> DHIS2
          </label>
        </fieldset>
        {platform === 'commcare' ? (
          <div className="grid">
            {field('users', t('mobileUsers'), t('unitUsers'))}
            {field('formsPerUserPerMonth', t('formsPerUser'), t('unitForms'), t('defaultValue', { value: 300 }))}
            {field('casesPerUserPerMonth', t('casesPerUser'), t('unitCases'), t('defaultValue', { value: 150 }))}
            {field('caseUpdatesPerUserPerMonth', t('caseUpdatesPerUser'), t('unitUpdates'), t('defaultValue', { value: 900 }))}
            {field('attachmentKbPerForm', t('attachmentsPerForm'), t('unitKb'), t('defaultValue', { value: 15.7 }))}
            {field('horizonMonths', t('horizon'), t('unitMonths'), t('defaultValue', { value: 60 }))}
            <div style={{ gridColumn: '1 / -1' }}>
              <label htmlFor="f-resourceModelConfig">{tc('publicLabel')}</label>
              <p className="muted" id="f-resourceModelConfig-help" style={{ margin: 0 }}>
                {tc('publicHelp', { kb: RESOURCE_MODEL_LIMITS.maxBytes / 1024 })}
              </p>
              <textarea
                id="f-resourceModelConfig"
                rows={8}
                spellCheck={false}
                style={{ fontFamily: 'monospace', width: '100%' }}
                aria-invalid={!!errors.resourceModelConfig || undefined}
                aria-describedby={errors.resourceModelConfig ? 'f-resourceModelConfig-help f-resourceModelConfig-error' : 'f-resourceModelConfig-help'}
                {...register('resourceModelConfig')}
              />
              {errors.resourceModelConfig && (
                <ul className="field-error" id="f-resourceModelConfig-error">
                  {errors.resourceModelConfig.map((e) => (
                    <li key={e}>{v(e)}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        ) : (
          <>
            {systems.fields.map((f, i) => (
              <fieldset key={f.id}>
                <legend>{t('dhis2SystemN', { number: i + 1 })}</legend>
                <div className="grid">
                  <div>
                    <label htmlFor={`s-${i}-name`}>{t('name')}</label>
                    <input id={`s-${i}-name`} {...register(`systems.${i}.name`)} />
                  </div>
                  <div>
                    <label htmlFor={`s-${i}-kind`}>{t('kind')}</label>
                    <select id={`s-${i}-kind`} {...register(`systems.${i}.kind`)}>
                      <option value="aggregate">{t('aggregateHmis')}</option>
                      <option value="tracker">{t('kinds.tracker')}</option>
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`s-${i}-users`}>{t('users')}</label>
                    <input id={`s-${i}-users`} type="number" {...register(`systems.${i}.users`)} />
                  </div>
                  <div>
                    <label htmlFor={`s-${i}-concurrent`}>{t('concurrentUsers')}</label>
                    <input id={`s-${i}-concurrent`} type="number" placeholder={t('concurrentDefault')} {...register(`systems.${i}.concurrentUsers`)} />
                  </div>
                </div>
                {Object.entries(errors)
                  .filter(([k]) => k.startsWith(`systems.${i}.`))
                  .map(([k, m]) => (
                    <p key={k} className="field-error">
                      {m.map((x) => v(x)).join(' ')}
                    </p>
                  ))}
                {systems.fields.length > 1 && (
                  <button type="button" className="secondary" onClick={() => systems.remove(i)}>
                    {t('remove')}
                  </button>
                )}
              </fieldset>
            ))}
            <button type="button" className="secondary" onClick={() => systems.append({ name: `Tracker ${systems.fields.length}`, kind: 'tracker', users: '1000', concurrentUsers: '' })}>
              {t('addSystem')}
            </button>
            {field('years', t('years'), t('unitYears'))}
            <div>
              <label htmlFor="dhis2-version">{t('dhis2Version')}</label>
              <select id="dhis2-version" {...register('dhis2Version')}>
                {DHIS2_VERSIONS.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="staging-size">{t('staging')}</label>
              <select id="staging-size" {...register('stagingSize')}>
                <option value="production">{t('stagingSame')}</option>
                <option value="smaller">{t('stagingSmaller')}</option>
              </select>
            </div>
          </>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <p>
          <button type="submit">{t('calculate')}</button>
        </p>
      </form>
      {result?.platform === 'commcare' && <CommCareResult result={result} />}
      {result?.platform === 'dhis2' && <Dhis2Result result={result} />}
    </>
  );
}
