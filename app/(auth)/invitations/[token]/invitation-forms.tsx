'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { ZAcceptWithNewAccount, ZAcceptWithSignIn } from '@/lib/schemas/auth';
import type { TActionResult } from '@/lib/app/action-result';
import { ActionButton } from '@/app/_components/action-button';
import { useValidationText } from '@/app/_components/use-validation-text';
import { acceptInvitationAction, acceptWithNewAccountAction, acceptWithSignInAction, declineInvitationAction } from './actions';

function FormError({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={id} className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}

function useGoHome() {
  const router = useRouter();
  return () => {
    router.replace('/');
    router.refresh();
  };
}

export function AcceptAsSignedIn({ token, organizationName }: { token: string; organizationName: string }) {
  const goHome = useGoHome();
  const t = useTranslations('invitations');
  return <ActionButton secondary={false} label={t('acceptAndJoin', { organisation: organizationName })} pendingLabel={t('joining')} run={() => acceptInvitationAction({ token })} onDone={goHome} />;
}

function applyErrors<F extends string>(result: TActionResult, fields: readonly F[], setError: (field: F, e: { message: string }) => void, setFormError: (m: string) => void) {
  if (result.ok) return;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (messages?.[0] && (fields as readonly string[]).includes(field)) setError(field as F, { message: messages[0] });
  }
  setFormError(result.error);
}

export function AcceptWithSignIn({ token, email }: { token: string; email: string }) {
  const goHome = useGoHome();
  const t = useTranslations('invitations');
  const v = useValidationText();
  const [formError, setFormError] = useState<string | null>(null);
  // A password typed before the page's script has run must not be submitted by the browser itself.
  const hydrated = useHydrated();
  const { register, handleSubmit, formState, setError } = useForm({ resolver: zodResolver(ZAcceptWithSignIn), defaultValues: { token, password: '' } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptWithSignInAction(values);
    if (!result.ok) return applyErrors(result, ['password'] as const, setError, setFormError);
    goHome();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t('signInAndAccept')}>
      <FormError id="sign-in-accept-error" text={v(formError ?? undefined) ?? null} />
      <label htmlFor="existing-email">{t('email')}</label>
      <input id="existing-email" type="email" autoComplete="username" value={email} readOnly />
      <label htmlFor="existing-password">{t('password')}</label>
      <input id="existing-password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} aria-describedby={errors.password ? 'invitation-password-error-1' : undefined} {...register('password')} />
      {errors.password && <p className="field-error" id="invitation-password-error-1">{v(errors.password.message)}</p>}
      <p>
        <button type="submit" disabled={isSubmitting || !hydrated}>
          {isSubmitting ? t('signingIn') : t('signInAndAccept')}
        </button>
      </p>
    </form>
  );
}

export function AcceptWithNewAccount({ token, email }: { token: string; email: string }) {
  const goHome = useGoHome();
  const t = useTranslations('invitations');
  const v = useValidationText();
  const [formError, setFormError] = useState<string | null>(null);
  // A password typed before the page's script has run must not be submitted by the browser itself.
  const hydrated = useHydrated();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: zodResolver(ZAcceptWithNewAccount),
    defaultValues: { token, name: '', password: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptWithNewAccountAction(values);
    if (!result.ok) return applyErrors(result, ['name', 'password', 'confirmPassword'] as const, setError, setFormError);
    goHome();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t('createAndAccept')}>
      <FormError id="new-account-error" text={v(formError ?? undefined) ?? null} />
      <p className="muted" style={{ marginTop: 0 }}>
        {t('accountWillUse', { email })}
      </p>
      <label htmlFor="new-name">{t('yourName')}</label>
      <input id="new-name" autoComplete="name" aria-invalid={!!errors.name} aria-describedby={errors.name ? 'invitation-name-error-2' : undefined} {...register('name')} />
      {errors.name && <p className="field-error" id="invitation-name-error-2">{v(errors.name.message)}</p>}
      <label htmlFor="new-password">{t('choosePassword')}</label>
      <input id="new-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} aria-describedby={errors.password ? 'invitation-password-error-3' : undefined} {...register('password')} />
      {errors.password && <p className="field-error" id="invitation-password-error-3">{v(errors.password.message)}</p>}
      <label htmlFor="new-password-again">{t('typeAgain')}</label>
      <input id="new-password-again" type="password" autoComplete="new-password" aria-invalid={!!errors.confirmPassword} aria-describedby={errors.confirmPassword ? 'invitation-confirmPassword-error-4' : undefined} {...register('confirmPassword')} />
      {errors.confirmPassword && <p className="field-error" id="invitation-confirmPassword-error-4">{v(errors.confirmPassword.message)}</p>}
      <p>
        <button type="submit" disabled={isSubmitting || !hydrated}>
          {isSubmitting ? t('creatingAccount') : t('createMyAccount')}
        </button>
      </p>
    </form>
  );
}

export function DeclineInvitation({ token }: { token: string }) {
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations('invitations');
  const v = useValidationText();
  if (state?.ok) return <p role="status">{state.text}</p>;
  return (
    <>
      {state && (
        <p className="form-error" role="alert">
          {state.text}
        </p>
      )}
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await declineInvitationAction({ token });
            setState(result.ok ? { ok: true, text: t('declined') } : { ok: false, text: v(result.error)! });
          })
        }
      >
        {t('decline')}
      </button>
    </>
  );
}
