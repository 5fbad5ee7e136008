'use client';

import { useState } from 'react';
import { useFocusOnChange } from '@/app/_components/use-focus-on-change';
import { useFieldArray, useForm } from 'react-hook-form';
import type { TTeam } from '@/lib/schemas/skills';
import { saveTeamAction } from '../outputs-actions';

type TRow = { name: string; role: string; engagement: 'in-house' | 'contractor'; fte: string; levels: Record<string, string> };

const toRow = (m: TTeam[number], skills: { id: string }[]): TRow => ({
  name: m.name,
  role: m.role,
  engagement: m.engagement,
  fte: String(m.fte),
  levels: Object.fromEntries(skills.map((s) => [s.id.replaceAll('.', '_'), String(m.levels[s.id] ?? 0)])),
});

/** The team, edited as a whole and saved at once; the server parses it with the same schema. */
export function TeamForm({ assessmentId, team, skills, levels }: { assessmentId: string; team: TTeam; skills: { id: string; name: string }[]; levels: string[] }) {
  const { register, control, handleSubmit, formState } = useForm<{ team: TRow[] }>({ defaultValues: { team: team.map((m) => toRow(m, skills)) } });
  const members = useFieldArray({ control, name: 'team' });
  const [message, setMessage] = useState<{ ok: boolean; text: string; fields?: Record<string, string[] | undefined> } | null>(null);
  const statusRef = useFocusOnChange<HTMLParagraphElement>(message);

  const onSubmit = handleSubmit(async ({ team: rows }) => {
    const payload = rows.map((r) => ({
      name: r.name,
      role: r.role,
      engagement: r.engagement,
      fte: r.fte.trim() === '' ? Number.NaN : Number(r.fte),
      levels: Object.fromEntries(skills.map((s) => [s.id, Number(r.levels[s.id.replaceAll('.', '_')] ?? 0)]).filter(([, l]) => l !== 0)),
    }));
    const result = await saveTeamAction({ assessmentId, team: payload });
    setMessage(result.ok ? { ok: true, text: `Team saved: ${result.data.members} ${result.data.members === 1 ? 'person' : 'people'}.` } : { ok: false, text: result.error, fields: result.fieldErrors });
  });

  const fieldError = (i: number, field: string) => message?.fields?.[`team.${i}.${field}`]?.[0] ?? message?.fields?.team?.find((m) => m.includes(field));
  return (
    <form onSubmit={onSubmit} aria-label="Team" noValidate>
      {members.fields.map((field, i) => (
        <fieldset key={field.id} className="card" aria-label={`Person ${i + 1}`}>
          <legend>Person {i + 1}</legend>
          <div className="row">
            <label>
              Name <input {...register(`team.${i}.name`)} aria-label={`Name of person ${i + 1}`} />
            </label>
            <label>
              Role <input {...register(`team.${i}.role`)} aria-label={`Role of person ${i + 1}`} />
            </label>
            <label>
              Engagement{' '}
              <select {...register(`team.${i}.engagement`)} aria-label={`Engagement of person ${i + 1}`}>
                <option value="in-house">in-house</option>
                <option value="contractor">contractor</option>
              </select>
            </label>
            <label>
              FTE <input {...register(`team.${i}.fte`)} inputMode="decimal" size={4} aria-label={`FTE of person ${i + 1}`} />
            </label>
            <button type="button" className="secondary" onClick={() => members.remove(i)}>
              Remove
            </button>
          </div>
          {fieldError(i, 'name') && <p className="field-error">{fieldError(i, 'name')}</p>}
          {fieldError(i, 'fte') && <p className="field-error">{fieldError(i, 'fte')}</p>}
          <details>
            <summary>Skill levels</summary>
            <div className="grid">
              {skills.map((s) => (
                <label key={s.id}>
                  {s.name}{' '}
                  <select {...register(`team.${i}.levels.${s.id.replaceAll('.', '_')}`)} aria-label={`${s.name} level of person ${i + 1}`}>
                    {levels.map((name, level) => (
                      <option key={name} value={level}>
                        {level} {name}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </details>
        </fieldset>
      ))}
      <p className="row">
        <button type="button" className="secondary" onClick={() => members.append({ name: '', role: '', engagement: 'in-house', fte: '1', levels: {} })}>
          Add a person
        </button>
        <button type="submit" disabled={formState.isSubmitting}>
          Save the team
        </button>
      </p>
      {message && (
        <p ref={statusRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'form-error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
