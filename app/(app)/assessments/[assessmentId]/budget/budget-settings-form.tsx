'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFocusOnChange } from '@/app/_components/use-focus-on-change';
import { useValidationText } from '@/app/_components/use-validation-text';
import { useForm } from 'react-hook-form';
import { saveBudgetSettingsAction } from '../outputs-actions';

type TForm = { years: string; code: string; exchangeRate: string; minorDigits: string };

/** Horizon and currency of the budget. */
export function BudgetSettingsForm({ assessmentId, years, currency, version }: { assessmentId: string; years: number; currency: { code: string; exchangeRate: number; minorDigits: number }; version: number }) {
  const { register, handleSubmit, formState } = useForm<TForm>({ defaultValues: { years: String(years), code: currency.code, exchangeRate: String(currency.exchangeRate), minorDigits: String(currency.minorDigits) } });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const t = useTranslations('budgetForms');
  const v = useValidationText();
  const statusRef = useFocusOnChange<HTMLSpanElement>(message);
  const onSubmit = handleSubmit(async (f) => {
    const result = await saveBudgetSettingsAction({
      assessmentId,
      years: Number(f.years),
      currency: { code: f.code.trim().toUpperCase(), exchangeRate: Number(f.exchangeRate), minorDigits: Number(f.minorDigits) },
      expectedVersion: version,
    });
    const fields = result.ok ? [] : Object.values(result.fieldErrors ?? {}).flat();
    setMessage(result.ok ? { ok: true, text: t('settingsSaved') } : { ok: false, text: [result.error, ...fields].map((m) => v(m)).join(' ') });
  });
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t('settings')} className="row" noValidate>
      <label>
        {t('years')} <input {...register('years')} inputMode="numeric" size={3} />
      </label>
      <label>
        {t('currency')} <input {...register('code')} size={4} maxLength={3} />
      </label>
      <label>
        {t('unitsPerDollar')} <input {...register('exchangeRate')} inputMode="decimal" size={8} />
      </label>
      <label>
        {t('decimals')}{' '}
        <select {...register('minorDigits')}>
          {[0, 1, 2, 3].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('saveSettings')}
      </button>
      {message && (
        <span ref={statusRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'field-error'}>
          {message.text}
        </span>
      )}
    </form>
  );
}
