'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TOKEN_SCOPE_NAMES, type TTokenScope } from '@/lib/auth/permissions';
import { ZCreateApiToken } from '@/lib/schemas/auth';
import { ActionButton } from '@/app/_components/action-button';
import { useValidationText } from '@/app/_components/use-validation-text';
import { createApiTokenAction, revokeApiTokenAction } from './actions';

export function CreateApiTokenForm() {
  const t = useTranslations('account');
  const v = useValidationText();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm({
    resolver: zodResolver(ZCreateApiToken),
    defaultValues: { name: '', expiresInDays: 90, scopes: ['read', 'outputs'] as TTokenScope[] },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setCreated(null);
    const result = await createApiTokenAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0] && field in values) setError(field as keyof typeof values, { message: messages[0] });
      }
      return setFormError(v(result.error)!);
    }
    reset();
    setCreated({ name: result.data.name, token: result.data.token });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t('createTokenForm')}>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {created && (
        <div className="notice" role="status">
          <p style={{ marginTop: 0 }}>
            {t.rich('tokenCreated', { name: created.name, strong: (c) => <strong>{c}</strong> })}
          </p>
          <label htmlFor="new-api-token" className="skip">
            {t('newToken')}
          </label>
          <input id="new-api-token" readOnly value={created.token} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <label htmlFor="token-name">{t('tokenName')}</label>
      <input id="token-name" aria-invalid={!!errors.name} aria-describedby={errors.name ? 'token-name-error' : undefined} {...register('name')} />
      {errors.name && (
        <p id="token-name-error" className="field-error">
          {v(errors.name.message)}
        </p>
      )}
      <label htmlFor="token-days">{t('tokenDays')}</label>
      <input id="token-days" type="number" min={1} max={365} aria-invalid={!!errors.expiresInDays} {...register('expiresInDays', { valueAsNumber: true })} />
      {errors.expiresInDays && <p className="field-error">{v(errors.expiresInDays.message)}</p>}
      <fieldset>
        <legend>{t('itMay')}</legend>
        {TOKEN_SCOPE_NAMES.map((scope) => (
          <label key={scope} className="row" style={{ fontWeight: 'normal' }}>
            <input type="checkbox" value={scope} {...register('scopes')} style={{ width: 'auto' }} /> {t(`scopes.${scope}`)}
          </label>
        ))}
      </fieldset>
      {errors.scopes && <p className="field-error">{v(errors.scopes.message)}</p>}
      <p className="muted">{t('tokenActsAsYou')}</p>
      <button type="submit" disabled={isSubmitting}>
        {t('createToken')}
      </button>
    </form>
  );
}

export function RevokeApiTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations('account');
  return <ActionButton label={t('revoke', { name })} pendingLabel={t('revoking')} confirm={t('revokeConfirm', { name })} run={() => revokeApiTokenAction({ tokenId })} />;
}
