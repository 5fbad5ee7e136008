'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { ZSignIn } from '@/lib/schemas/auth';
import { useValidationText } from '@/app/_components/use-validation-text';
import { signInAction } from './actions';

export function SignInForm() {
  const router = useRouter();
  const t = useTranslations('signIn');
  const tv = useValidationText();
  const [formError, setFormError] = useState<string | null>(null);
  // A password typed before the page's script has run must not be submitted by the browser itself.
  const hydrated = useHydrated();
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(ZSignIn), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signInAction(values);
    if (!result.ok) return setFormError(result.error);
    router.replace('/');
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby={formError ? 'sign-in-error' : undefined}>
      {formError && (
        <p id="sign-in-error" className="form-error" role="alert">
          {tv(formError)}
        </p>
      )}
      <label htmlFor="email">{t('email')}</label>
      <input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} aria-describedby={errors.email ? 'sign-in-email-error-1' : undefined} {...register('email')} />
      {errors.email && <p className="field-error" id="sign-in-email-error-1">{tv(errors.email.message)}</p>}
      <label htmlFor="password">{t('password')}</label>
      <input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} aria-describedby={errors.password ? 'sign-in-password-error-2' : undefined} {...register('password')} />
      {errors.password && <p className="field-error" id="sign-in-password-error-2">{tv(errors.password.message)}</p>}
      <p>
        <button type="submit" disabled={isSubmitting || !hydrated}>
          {isSubmitting ? t('submitting') : t('submit')}
        </button>
      </p>
    </form>
  );
}
