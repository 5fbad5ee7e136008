'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { ZAcceptWithNewAccount, ZAcceptWithSignIn } from '@/lib/schemas/auth';
import type { TActionResult } from '@/lib/app/action-result';
import { ActionButton } from '@/app/_components/action-button';
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
  return <ActionButton secondary={false} label={`Accept and join ${organizationName}`} pendingLabel="Joining…" run={() => acceptInvitationAction({ token })} onDone={goHome} />;
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
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm({ resolver: zodResolver(ZAcceptWithSignIn), defaultValues: { token, password: '' } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptWithSignInAction(values);
    if (!result.ok) return applyErrors(result, ['password'] as const, setError, setFormError);
    goHome();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign in and accept">
      <FormError id="sign-in-accept-error" text={formError} />
      <label htmlFor="existing-email">Email</label>
      <input id="existing-email" type="email" autoComplete="username" value={email} readOnly />
      <label htmlFor="existing-password">Password</label>
      <input id="existing-password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} aria-describedby={errors.password ? 'invitation-password-error-1' : undefined} {...register('password')} />
      {errors.password && <p className="field-error" id="invitation-password-error-1">{errors.password.message}</p>}
      <p>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in and accept'}
        </button>
      </p>
    </form>
  );
}

export function AcceptWithNewAccount({ token, email }: { token: string; email: string }) {
  const goHome = useGoHome();
  const [formError, setFormError] = useState<string | null>(null);
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
    <form onSubmit={onSubmit} noValidate aria-label="Create your account and accept">
      <FormError id="new-account-error" text={formError} />
      <p className="muted" style={{ marginTop: 0 }}>
        Your account will use {email}. Only you choose its password.
      </p>
      <label htmlFor="new-name">Your name</label>
      <input id="new-name" autoComplete="name" aria-invalid={!!errors.name} aria-describedby={errors.name ? 'invitation-name-error-2' : undefined} {...register('name')} />
      {errors.name && <p className="field-error" id="invitation-name-error-2">{errors.name.message}</p>}
      <label htmlFor="new-password">Choose a password (at least 12 characters)</label>
      <input id="new-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} aria-describedby={errors.password ? 'invitation-password-error-3' : undefined} {...register('password')} />
      {errors.password && <p className="field-error" id="invitation-password-error-3">{errors.password.message}</p>}
      <label htmlFor="new-password-again">Type it again</label>
      <input id="new-password-again" type="password" autoComplete="new-password" aria-invalid={!!errors.confirmPassword} aria-describedby={errors.confirmPassword ? 'invitation-confirmPassword-error-4' : undefined} {...register('confirmPassword')} />
      {errors.confirmPassword && <p className="field-error" id="invitation-confirmPassword-error-4">{errors.confirmPassword.message}</p>}
      <p>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Creating your account…' : 'Create my account and accept'}
        </button>
      </p>
    </form>
  );
}

export function DeclineInvitation({ token }: { token: string }) {
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
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
            setState(result.ok ? { ok: true, text: 'You declined the invitation. The link no longer works.' } : { ok: false, text: result.error });
          })
        }
      >
        Decline the invitation
      </button>
    </>
  );
}
