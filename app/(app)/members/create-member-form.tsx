'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ROLES, ROLE_LABELS } from '@/lib/auth/permissions';
import { ZCreateMember } from '@/lib/schemas/auth';
import { createMemberAction } from './actions';

export function CreateMemberForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm({
    resolver: zodResolver(ZCreateMember),
    defaultValues: { email: '', name: '', role: 'planner' as const, password: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await createMemberAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as keyof typeof values, { message: messages[0] });
      }
      return setMessage({ ok: false, text: result.error });
    }
    reset();
    setMessage({ ok: true, text: result.data.newAccount ? `Account created for ${values.email}.` : `${values.email} now belongs to this organisation too.` });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a member">
      {message && (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <label htmlFor="member-name">Name</label>
      <input id="member-name" {...register('name')} aria-invalid={!!errors.name} />
      {errors.name && <p className="field-error">{errors.name.message}</p>}
      <label htmlFor="member-email">Email</label>
      <input id="member-email" type="email" {...register('email')} aria-invalid={!!errors.email} />
      {errors.email && <p className="field-error">{errors.email.message}</p>}
      <label htmlFor="member-role">Role</label>
      <select id="member-role" {...register('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {errors.role && <p className="field-error">{errors.role.message}</p>}
      <label htmlFor="member-password">Initial password</label>
      <input id="member-password" type="password" autoComplete="new-password" {...register('password')} aria-invalid={!!errors.password} />
      {errors.password && <p className="field-error">{errors.password.message}</p>}
      <p className="muted">For an existing account (another organisation), the password is ignored and theirs is kept.</p>
      <button type="submit" disabled={isSubmitting}>
        Add member
      </button>
    </form>
  );
}
