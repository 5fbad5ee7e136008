'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { ZSaveMilestone } from '@/lib/schemas/milestones';
import { useFocusOnChange } from '@/app/_components/use-focus-on-change';
import { useValidationText } from '@/app/_components/use-validation-text';
import { saveMilestoneAction } from './actions';

/** Names and saves a milestone; the status line (focused) says it was saved, or why not. */
export function SaveMilestoneForm({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations('milestones');
  const tv = useValidationText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const statusRef = useFocusOnChange<HTMLParagraphElement>(message);
  const { register, handleSubmit, formState, reset, setError } = useForm({ resolver: zodResolver(ZSaveMilestone), defaultValues: { assessmentId, name: '' } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await saveMilestoneAction(values);
    if (!result.ok) {
      const nameError = result.fieldErrors?.name?.[0];
      if (nameError) setError('name', { message: nameError });
      return setMessage({ ok: false, text: tv(result.error) ?? result.error });
    }
    reset({ assessmentId, name: '' });
    setMessage({ ok: true, text: t('saved', { name: result.data.name }) });
  });
  const describedBy = ['milestone-name-hint', errors.name ? 'milestone-name-error' : ''].filter(Boolean).join(' ');
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby="save-milestone-heading" className="card">
      <h2 id="save-milestone-heading" style={{ marginTop: 0 }}>
        {t('saveHeading')}
      </h2>
      {message && (
        <p ref={statusRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'form-error'}>
          {message.text}
        </p>
      )}
      <label htmlFor="milestone-name">{t('nameLabel')}</label>
      <input id="milestone-name" maxLength={120} autoComplete="off" aria-invalid={!!errors.name} aria-describedby={describedBy} {...register('name')} />
      <p className="muted" id="milestone-name-hint">
        {t('nameHint')}
      </p>
      {errors.name && (
        <p className="field-error" id="milestone-name-error">
          {tv(errors.name.message)}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('saving') : t('save')}
      </button>
    </form>
  );
}
