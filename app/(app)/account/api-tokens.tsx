'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TOKEN_SCOPE_LABELS, TOKEN_SCOPE_NAMES, type TTokenScope } from '@/lib/auth/permissions';
import { ZCreateApiToken } from '@/lib/schemas/auth';
import { ActionButton } from '@/app/_components/action-button';
import { createApiTokenAction, revokeApiTokenAction } from './actions';

export function CreateApiTokenForm() {
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
      return setFormError(result.error);
    }
    reset();
    setCreated({ name: result.data.name, token: result.data.token });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create an API token">
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {created && (
        <div className="notice" role="status">
          <p style={{ marginTop: 0 }}>
            Token <strong>{created.name}</strong> created. Copy it now: it is shown only once.
          </p>
          <label htmlFor="new-api-token" className="skip">
            The new API token
          </label>
          <input id="new-api-token" readOnly value={created.token} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <label htmlFor="token-name">Name (what will use it)</label>
      <input id="token-name" aria-invalid={!!errors.name} aria-describedby={errors.name ? 'token-name-error' : undefined} {...register('name')} />
      {errors.name && (
        <p id="token-name-error" className="field-error">
          {errors.name.message}
        </p>
      )}
      <label htmlFor="token-days">Works for (days)</label>
      <input id="token-days" type="number" min={1} max={365} aria-invalid={!!errors.expiresInDays} {...register('expiresInDays', { valueAsNumber: true })} />
      {errors.expiresInDays && <p className="field-error">{errors.expiresInDays.message}</p>}
      <fieldset>
        <legend>It may</legend>
        {TOKEN_SCOPE_NAMES.map((scope) => (
          <label key={scope} className="row" style={{ fontWeight: 'normal' }}>
            <input type="checkbox" value={scope} {...register('scopes')} style={{ width: 'auto' }} /> {TOKEN_SCOPE_LABELS[scope]}
          </label>
        ))}
      </fieldset>
      {errors.scopes && <p className="field-error">{errors.scopes.message}</p>}
      <p className="muted">A token acts as you, in this organisation, with no more rights than your role gives.</p>
      <button type="submit" disabled={isSubmitting}>
        Create token
      </button>
    </form>
  );
}

export function RevokeApiTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  return <ActionButton label={`Revoke ${name}`} pendingLabel="Revoking…" confirm={`Revoke the token ${name}? Whatever uses it stops working at once.`} run={() => revokeApiTokenAction({ tokenId })} />;
}
