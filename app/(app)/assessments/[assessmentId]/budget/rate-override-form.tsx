'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useValidationText } from '@/app/_components/use-validation-text';
import { removeRateOverrideAction, saveRateOverrideAction } from '../outputs-actions';

type TForm = { option: string; rateKey: string; value: string; reason: string };
type TOverrideRow = { option: string; optionLabel: string; rateKey: string; rateLabel: string; valueText: string; reason?: string };
/** A figure of the picker: its name in words and how what people type becomes the stored figure. */
export type TRateChoice = { key: string; label: string; entry: 'money' | 'percent' | 'plain' };

/** Money is typed in the budget's currency and stored in US cents; shares are typed as percentages. */
function storedValue(entry: TRateChoice['entry'], typed: number, exchangeRate: number): number {
  if (entry === 'money') return Math.round((typed * 100) / exchangeRate);
  if (entry === 'percent') return typed / 100;
  return typed;
}

/** Replace a rate-card figure for one option (saved and audited); a zero needs a reason. */
export function RateOverrideForm({ assessmentId, options, rates, exchangeRate, overrides }: { assessmentId: string; options: { id: string; label: string }[]; rates: TRateChoice[]; exchangeRate: number; overrides: TOverrideRow[] }) {
  const { register, handleSubmit, formState, reset } = useForm<TForm>({ defaultValues: { option: options[0]?.id, rateKey: rates[0]?.key, value: '', reason: '' } });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const t = useTranslations('budgetForms');
  const v = useValidationText();
  const onSubmit = handleSubmit(async (f) => {
    const typed = f.value.trim() === '' ? Number.NaN : Number(f.value.replace(/[\s,]/g, ''));
    const entry = rates.find((r) => r.key === f.rateKey)?.entry ?? 'plain';
    const result = await saveRateOverrideAction({ assessmentId, option: f.option, rateKey: f.rateKey, value: Number.isFinite(typed) ? storedValue(entry, typed, exchangeRate) : Number.NaN, reason: f.reason });
    const fields = result.ok ? [] : Object.values(result.fieldErrors ?? (result.details as Record<string, string[]>) ?? {}).flat();
    setMessage(result.ok ? { ok: true, text: t('overrideSaved') } : { ok: false, text: [result.error, ...fields].map((m) => v(m)).join(' ') });
    if (result.ok) reset({ ...f, value: '', reason: '' });
  });
  return (
    <>
      {overrides.length > 0 ? (
        <div className="table-wrap">
          <table aria-label={t('overrides')}>
            <thead>
              <tr>
                <th scope="col">{t('option')}</th>
                <th scope="col">{t('figure')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('reason')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {overrides.map((o) => (
                <tr key={`${o.option}.${o.rateKey}`}>
                  <td>{o.optionLabel}</td>
                  <td>{o.rateLabel}</td>
                  <td>{o.valueText}</td>
                  <td>{o.reason ?? ''}</td>
                  <td>
                    <button type="button" className="link" onClick={async () => setMessage((await removeRateOverrideAction({ assessmentId, option: o.option, rateKey: o.rateKey })).ok ? { ok: true, text: t('backToRateCard') } : { ok: false, text: t('couldNotRemove') })}>
                      {t('useRateCard')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('noOverrides')}</p>
      )}
      <form method="post" onSubmit={onSubmit} aria-label={t('overrideRate')} className="row" noValidate>
        <label>
          {t('option')}{' '}
          <select {...register('option')}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('figure')}{' '}
          <select {...register('rateKey')}>
            {rates.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('value')} <input {...register('value')} inputMode="decimal" size={10} />
        </label>
        <label>
          {t('reason')} <input {...register('reason')} size={30} />
        </label>
        <button type="submit" disabled={formState.isSubmitting}>
          {t('saveOverride')}
        </button>
      </form>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'form-error'}>
          {message.text}
        </p>
      )}
    </>
  );
}
