'use client';

import { useState, useTransition } from 'react';
import { ROLES, ROLE_LABELS, type TRole } from '@/lib/auth/permissions';
import { changeRoleAction } from './actions';

export function RoleSelect({ membershipId, role, name }: { membershipId: string; role: TRole; name: string }) {
  const [value, setValue] = useState(role);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div>
      <label htmlFor={`role-${membershipId}`} className="skip">
        Role of {name}
      </label>
      <select
        id={`role-${membershipId}`}
        value={value}
        disabled={pending}
        style={{ width: 'auto' }}
        onChange={(event) => {
          const next = event.target.value as TRole;
          const previous = value;
          setValue(next);
          setError(null);
          startTransition(async () => {
            const result = await changeRoleAction({ membershipId, role: next });
            if (!result.ok) {
              setValue(previous);
              setError(result.error);
            }
          });
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
