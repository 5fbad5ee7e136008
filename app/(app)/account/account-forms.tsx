'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ZChangePassword } from '@/lib/schemas/auth';
import { ActionButton } from '@/app/_components/action-button';
import { changePasswordAction, leaveOrganizationAction, signOutEverywhereAction } from './actions';

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm({
    resolver: zodResolver(ZChangePassword),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0] && field in values) setError(field as keyof typeof values, { message: messages[0] });
      }
      return setMessage({ ok: false, text: result.error });
    }
    reset();
    const n = result.data.otherSessionsEnded;
    setMessage({ ok: true, text: `Password changed. ${n === 0 ? 'You were not signed in anywhere else.' : `You were signed out of ${n} other session${n === 1 ? '' : 's'}.`}` });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change your password">
      {message && (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <label htmlFor="current-password">Current password</label>
      <input id="current-password" type="password" autoComplete="current-password" aria-invalid={!!errors.currentPassword} aria-describedby={errors.currentPassword ? 'account-currentPassword-error-1' : undefined} {...register('currentPassword')} />
      {errors.currentPassword && <p className="field-error" id="account-currentPassword-error-1">{errors.currentPassword.message}</p>}
      <label htmlFor="new-password">New password (at least 12 characters)</label>
      <input id="new-password" type="password" autoComplete="new-password" aria-invalid={!!errors.newPassword} aria-describedby={errors.newPassword ? 'account-newPassword-error-2' : undefined} {...register('newPassword')} />
      {errors.newPassword && <p className="field-error" id="account-newPassword-error-2">{errors.newPassword.message}</p>}
      <label htmlFor="confirm-password">New password again</label>
      <input id="confirm-password" type="password" autoComplete="new-password" aria-invalid={!!errors.confirmPassword} aria-describedby={errors.confirmPassword ? 'account-confirmPassword-error-3' : undefined} {...register('confirmPassword')} />
      {errors.confirmPassword && <p className="field-error" id="account-confirmPassword-error-3">{errors.confirmPassword.message}</p>}
      <p className="muted">Changing it signs you out everywhere else.</p>
      <button type="submit" disabled={isSubmitting}>
        Change password
      </button>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const router = useRouter();
  return (
    <ActionButton
      label="Sign out everywhere"
      run={() => signOutEverywhereAction({ confirm: 'every-session' })}
      onDone={() => {
        router.replace('/sign-in');
        router.refresh();
      }}
    />
  );
}

export function LeaveButton({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const router = useRouter();
  return (
    <ActionButton
      label={`Leave ${organizationName}`}
      confirm={`Leave ${organizationName}? You lose access to its assessments; an administrator would have to invite you again.`}
      run={() => leaveOrganizationAction({ organizationId })}
      onDone={({ stillMember }) => {
        router.replace(stillMember ? '/account' : '/sign-in');
        router.refresh();
      }}
    />
  );
}
