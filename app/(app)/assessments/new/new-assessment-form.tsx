'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { ZCreateAssessment } from '@/lib/schemas/assessment';
import { useValidationText } from '@/app/_components/use-validation-text';
import { createAssessmentAction } from '../actions';

export function NewAssessmentForm({ ownTemplates = [] }: { ownTemplates?: { key: string; title: string }[] }) {
  const router = useRouter();
  const t = useTranslations('newAssessment');
  const v = useValidationText();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, formState } = useForm({
    resolver: zodResolver(ZCreateAssessment),
    defaultValues: { name: '', country: '', platforms: ['commcare'] as ('commcare' | 'dhis2')[], templates: [] as string[], dhis2Systems: [] as { name: string; kind: 'aggregate' | 'tracker' }[] },
  });
  const systems = useFieldArray({ control, name: 'dhis2Systems' });
  const platforms = useWatch({ control, name: 'platforms' }) ?? [];
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createAssessmentAction(values);
    if (!result.ok) return setFormError(v(result.error)!);
    router.push(`/assessments/${result.data.id}`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t('form')}>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <label htmlFor="a-name">{t('name')}</label>
      <input id="a-name" aria-describedby={errors.name ? 'new-assessment-name-error-1' : undefined} {...register('name')} aria-invalid={!!errors.name} />
      {errors.name && <p className="field-error" id="new-assessment-name-error-1">{v(errors.name.message)}</p>}
      <label htmlFor="a-country">{t('country')}</label>
      <input id="a-country" aria-describedby={errors.country ? 'new-assessment-country-error-2' : undefined} {...register('country')} aria-invalid={!!errors.country} />
      {errors.country && <p className="field-error" id="new-assessment-country-error-2">{v(errors.country.message)}</p>}
      <fieldset>
        <legend>{t('platforms')}</legend>
        <label style={{ fontWeight: 400 }}>
          <input type="checkbox" value="commcare" {...register('platforms')} style={{ width: 'auto' }} /> CommCare HQ
        </label>
        <label style={{ fontWeight: 400 }}>
          <input type="checkbox" value="dhis2" aria-describedby={errors.platforms ? 'new-assessment-platforms-error-3' : undefined} {...register('platforms')} style={{ width: 'auto' }} /> DHIS2
        </label>
        {ownTemplates.map((t) => (
          <label key={t.key} style={{ fontWeight: 400 }}>
            <input type="checkbox" value={t.key} {...register('templates')} style={{ width: 'auto' }} /> {t.title}
          </label>
        ))}
        {errors.platforms && <p className="field-error" id="new-assessment-platforms-error-3">{v(errors.platforms.message)}</p>}
      </fieldset>
      {platforms.includes('dhis2') && (
        <fieldset>
          <legend>{t('dhis2Systems')}</legend>
          {systems.fields.map((field, i) => (
            <div key={field.id} className="row">
              <label htmlFor={`sys-${i}`} className="skip">
                {t('systemName', { number: i + 1 })}
              </label>
              <input id={`sys-${i}`} placeholder={t('systemPlaceholder')} {...register(`dhis2Systems.${i}.name`)} style={{ maxWidth: '16rem' }} />
              <label htmlFor={`sys-kind-${i}`} className="skip">
                {t('systemKind', { number: i + 1 })}
              </label>
              <select id={`sys-kind-${i}`} {...register(`dhis2Systems.${i}.kind`)} style={{ width: 'auto' }}>
                <option value="aggregate">{t('aggregate')}</option>
                <option value="tracker">{t('tracker')}</option>
              </select>
              <button type="button" className="secondary" onClick={() => systems.remove(i)}>
                {t('remove')}
              </button>
              {errors.dhis2Systems?.[i]?.name && <p className="field-error">{v(errors.dhis2Systems[i]?.name?.message)}</p>}
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => systems.append({ name: '', kind: 'aggregate' })}>
            {t('addSystem')}
          </button>
        </fieldset>
      )}
      <p>
        <button type="submit" disabled={isSubmitting}>
          {t('create')}
        </button>
      </p>
    </form>
  );
}
