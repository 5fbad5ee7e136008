'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { ZChangePassword } from '@/lib/schemas/auth';
import { ActionButton } from '@/app/_components/action-button';
import { useValidationText } from '@/app/_components/use-validation-text';
import { changePasswordAction, leaveOrganizationAction, signOutEverywhereAction } from './actions';

export function ChangePasswordForm() {
  const t = useTranslations('account');
  const v = useValidationText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // A password typed before the page's script has run must not be submitted by the browser itself.
  const hydrated = useHydrated();
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
      return setMessage({ ok: false, text: v(result.error)! });
    }
    reset();
    const n = result.data.otherSessionsEnded;
    setMessage({ ok: true, text: t('passwordChanged', { count: n }) });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t('changePasswordForm')}>
      {message && (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <label htmlFor="current-password">{t('currentPassword')}</label>
      <input id="current-password" type="password" autoComplete="current-password" aria-invalid={!!errors.currentPassword} aria-describedby={errors.currentPassword ? 'account-currentPassword-error-1' : undefined} {...register('currentPassword')} />
      {errors.currentPassword && <p className="field-error" id="account-currentPassword-error-1">{v(errors.currentPassword.message)}</p>}
      <label htmlFor="new-password">{t('newPassword')}</label>
      <input id="new-password" type="password" autoComplete="new-password" aria-invalid={!!errors.newPassword} aria-describedby={errors.newPassword ? 'account-newPassword-error-2' : undefined} {...register('newPassword')} />
      {errors.newPassword && <p className="field-error" id="account-newPassword-error-2">{v(errors.newPassword.message)}</p>}
      <label htmlFor="confirm-password">{t('newPasswordAgain')}</label>
      <input id="confirm-password" type="password" autoComplete="new-password" aria-invalid={!!errors.confirmPassword} aria-describedby={errors.confirmPassword ? 'account-confirmPassword-error-3' : undefined} {...register('confirmPassword')} />
      {errors.confirmPassword && <p className="field-error" id="account-confirmPassword-error-3">{v(errors.confirmPassword.message)}</p>}
      <p className="muted">{t('changingSignsOut')}</p>
      <button type="submit" disabled={isSubmitting || !hydrated}>
        {t('changePassword')}
      </button>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const router = useRouter();
  const t = useTranslations('account');
  return (
    <ActionButton
      label={t('signOutEverywhere')}
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
  const t = useTranslations('account');
  return (
    <ActionButton
      label={t('leave', { organisation: organizationName })}
      confirm={t('leaveConfirm', { organisation: organizationName })}
      run={() => leaveOrganizationAction({ organizationId })}
      onDone={({ stillMember }) => {
        router.replace(stillMember ? '/account' : '/sign-in');
        router.refresh();
      }}
    />
  );
}
