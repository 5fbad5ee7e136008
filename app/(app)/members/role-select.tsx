'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { ROLES, rightsLost, type TRole } from '@/lib/auth/permissions';
import { useValidationText } from '@/app/_components/use-validation-text';
import { changeRoleAction } from './actions';

/**
 * A member's role: choosing one changes nothing until "Save role"; a change that takes rights away
 * asks to be confirmed first. The outcome is announced in a status line that takes the focus.
 */
export function RoleSelect({ membershipId, role, name }: { membershipId: string; role: TRole; name: string }) {
  const [saved, setSaved] = useState(role);
  const [value, setValue] = useState(role);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const id = `role-${membershipId}`;
  const t = useTranslations('members');
  const tc = useTranslations('common');
  const v = useValidationText();
  const roleName = (r: TRole) => tc(`roles.${r}`);

  const save = () =>
    startTransition(async () => {
      setConfirming(false);
      const result = await changeRoleAction({ membershipId, role: value });
      if (result.ok) {
        setSaved(value);
        setMessage({ ok: true, text: t('roleNow', { name, role: roleName(value).toLowerCase() }) });
      } else {
        setValue(saved);
        setMessage({ ok: false, text: v(result.error)! });
      }
      requestAnimationFrame(() => statusRef.current?.focus());
    });

  return (
    <div>
      <div className="row">
        <label htmlFor={id} className="skip">
          {t('roleOf', { name })}
        </label>
        <select
          id={id}
          value={value}
          style={{ width: 'auto' }}
          onChange={(event) => {
            setValue(event.target.value as TRole);
            setConfirming(false);
            setMessage(null);
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
        {value !== saved && !confirming && (
          <button type="button" className="secondary" aria-disabled={pending} onClick={() => (pending ? undefined : rightsLost(saved, value).length ? setConfirming(true) : save())}>
            {t('saveRoleOf', { name })}
          </button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-label={t('confirmRoleOf', { name })} className="notice">
          <p style={{ marginTop: 0 }}>
            {t('rightsLost', { name, from: roleName(saved).toLowerCase(), to: roleName(value).toLowerCase(), count: rightsLost(saved, value).length })}
          </p>
          <div className="row">
            <button type="button" onClick={save} autoFocus>
              {t('changeRole')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirming(false);
                setValue(saved);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p ref={statusRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'field-error'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
