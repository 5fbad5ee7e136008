'use client';

import { useState } from 'react';
import { useFocusOnChange } from '@/app/_components/use-focus-on-change';
import { useForm } from 'react-hook-form';
import { saveBudgetSettingsAction } from '../outputs-actions';

type TForm = { years: string; code: string; exchangeRate: string; minorDigits: string };

/** Horizon and currency of the budget. */
export function BudgetSettingsForm({ assessmentId, years, currency, version }: { assessmentId: string; years: number; currency: { code: string; exchangeRate: number; minorDigits: number }; version: number }) {
  const { register, handleSubmit, formState } = useForm<TForm>({ defaultValues: { years: String(years), code: currency.code, exchangeRate: String(currency.exchangeRate), minorDigits: String(currency.minorDigits) } });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const statusRef = useFocusOnChange<HTMLSpanElement>(message);
  const onSubmit = handleSubmit(async (f) => {
    const result = await saveBudgetSettingsAction({
      assessmentId,
      years: Number(f.years),
      currency: { code: f.code.trim().toUpperCase(), exchangeRate: Number(f.exchangeRate), minorDigits: Number(f.minorDigits) },
      expectedVersion: version,
    });
    const fields = result.ok ? [] : Object.values(result.fieldErrors ?? {}).flat();
    setMessage(result.ok ? { ok: true, text: 'Budget settings saved.' } : { ok: false, text: [result.error, ...fields].join(' ') });
  });
  return (
    <form onSubmit={onSubmit} aria-label="Budget settings" className="row" noValidate>
      <label>
        Years <input {...register('years')} inputMode="numeric" size={3} />
      </label>
      <label>
        Currency <input {...register('code')} size={4} maxLength={3} />
      </label>
      <label>
        Units per US dollar <input {...register('exchangeRate')} inputMode="decimal" size={8} />
      </label>
      <label>
        Decimals{' '}
        <select {...register('minorDigits')}>
          {[0, 1, 2, 3].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        Save settings
      </button>
      {message && (
        <span ref={statusRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'field-error'}>
          {message.text}
        </span>
      )}
    </form>
  );
}
