'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ZSignIn } from '@/lib/schemas/auth';
import { signInAction } from './actions';

export function SignInForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
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
    <form onSubmit={onSubmit} noValidate aria-describedby={formError ? 'sign-in-error' : undefined}>
      {formError && (
        <p id="sign-in-error" className="form-error" role="alert">
          {formError}
        </p>
      )}
      <label htmlFor="email">Email</label>
      <input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} aria-describedby={errors.email ? 'sign-in-email-error-1' : undefined} {...register('email')} />
      {errors.email && <p className="field-error" id="sign-in-email-error-1">{errors.email.message}</p>}
      <label htmlFor="password">Password</label>
      <input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} aria-describedby={errors.password ? 'sign-in-password-error-2' : undefined} {...register('password')} />
      {errors.password && <p className="field-error" id="sign-in-password-error-2">{errors.password.message}</p>}
      <p>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </p>
    </form>
  );
}
