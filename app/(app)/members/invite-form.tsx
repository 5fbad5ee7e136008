'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ROLES } from '@/lib/auth/permissions';
import { formatDateIn } from '@/lib/domain/intl-format';
import { isLocale } from '@/lib/domain/locale';
import { useValidationText } from '@/app/_components/use-validation-text';
import { ZInviteMember } from '@/lib/schemas/auth';
import { inviteMemberAction } from './actions';

type TSent = { email: string; link: string | null; expiresAt: Date };

export function InviteForm() {
  const t = useTranslations('members');
  const tc = useTranslations('common');
  const v = useValidationText();
  const locale = useLocale();
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
      return setFormError(v(result.error)!);
    }
    reset();
    setSent({ email: result.data.email, link: result.data.link, expiresAt: new Date(result.data.expiresAt) });
  });

  const until = sent ? formatDateIn(isLocale(locale) ? locale : 'en', sent.expiresAt) : '';
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t('invite')}>
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
                {t.rich('ready', { email: sent.email, until, strong: (c) => <strong>{c}</strong> })}
              </p>
              <label htmlFor="invitation-link" className="skip">
                {t('link')}
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
                  {copied ? t('linkCopied') : t('copyLink')}
                </button>
              </p>
            </>
          ) : (
            <p style={{ margin: 0 }}>
              {t.rich('emailed', { email: sent.email, until, strong: (c) => <strong>{c}</strong> })}
            </p>
          )}
        </div>
      )}
      <label htmlFor="invite-email">{t('email')}</label>
      <input id="invite-email" type="email" autoComplete="off" aria-describedby={errors.email ? 'invite-email-error-1' : undefined} {...register('email')} aria-invalid={!!errors.email} />
      {errors.email && <p className="field-error" id="invite-email-error-1">{v(errors.email.message)}</p>}
      <label htmlFor="invite-role">{t('role')}</label>
      <select id="invite-role" aria-describedby={errors.role ? 'invite-role-error-2' : undefined} {...register('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tc(`roles.${r}`)}
          </option>
        ))}
      </select>
      {errors.role && <p className="field-error" id="invite-role-error-2">{v(errors.role.message)}</p>}
      <p className="muted">{t('inviteHelp')}</p>
      <button type="submit" disabled={isSubmitting}>
        {t('inviteButton')}
      </button>
    </form>
  );
}
