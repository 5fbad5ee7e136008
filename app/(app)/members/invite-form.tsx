'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ROLES, ROLE_LABELS } from '@/lib/auth/permissions';
import { ZInviteMember } from '@/lib/schemas/auth';
import { inviteMemberAction } from './actions';

type TSent = { email: string; link: string | null; expiresAt: Date };

export function InviteForm() {
  const [error, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<TSent | null>(null);
  const [copied, setCopied] = useState(false);
  const { register, handleSubmit, formState, reset, setError } = useForm({
    resolver: zodResolver(ZInviteMember),
    defaultValues: { email: '', role: 'planner' as const },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSent(null);
    setCopied(false);
    const result = await inviteMemberAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as keyof typeof values, { message: messages[0] });
      }
      return setFormError(result.error);
    }
    reset();
    setSent({ email: result.data.email, link: result.data.link, expiresAt: new Date(result.data.expiresAt) });
  });

  const until = sent?.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite a member">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {sent && (
        <div className="notice" role="status">
          {sent.link ? (
            <>
              <p style={{ marginTop: 0 }}>
                Invitation ready for <strong>{sent.email}</strong>. Send them this link yourself (it works once, until {until}):
              </p>
              <label htmlFor="invitation-link" className="skip">
                Invitation link
              </label>
              <input id="invitation-link" readOnly value={sent.link} onFocus={(e) => e.currentTarget.select()} />
              <p>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    void navigator.clipboard?.writeText(sent.link!).then(() => setCopied(true), () => setCopied(false));
                  }}
                >
                  {copied ? 'Link copied' : 'Copy link'}
                </button>
              </p>
            </>
          ) : (
            <p style={{ margin: 0 }}>
              Invitation emailed to <strong>{sent.email}</strong>. The link works once, until {until}.
            </p>
          )}
        </div>
      )}
      <label htmlFor="invite-email">Email</label>
      <input id="invite-email" type="email" autoComplete="off" aria-describedby={errors.email ? 'invite-email-error-1' : undefined} {...register('email')} aria-invalid={!!errors.email} />
      {errors.email && <p className="field-error" id="invite-email-error-1">{errors.email.message}</p>}
      <label htmlFor="invite-role">Role</label>
      <select id="invite-role" aria-describedby={errors.role ? 'invite-role-error-2' : undefined} {...register('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {errors.role && <p className="field-error" id="invite-role-error-2">{errors.role.message}</p>}
      <p className="muted">The person chooses their own password when they accept. Someone who already has an account signs in with it to accept.</p>
      <button type="submit" disabled={isSubmitting}>
        Invite
      </button>
    </form>
  );
}
