'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFocusOnChange } from '@/app/_components/use-focus-on-change';
import { useValidationText } from '@/app/_components/use-validation-text';
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
  const t = useTranslations('skills');
  const v = useValidationText();
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
    setMessage(result.ok ? { ok: true, text: t('teamSaved', { count: result.data.members }) } : { ok: false, text: v(result.error)!, fields: result.fieldErrors });
  });

  const fieldError = (i: number, field: string) => v(message?.fields?.[`team.${i}.${field}`]?.[0] ?? message?.fields?.team?.find((m) => m.includes(field)));
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t('team')} noValidate>
      {members.fields.map((field, i) => (
        <fieldset key={field.id} className="card" aria-label={t('person', { number: i + 1 })}>
          <legend>{t('person', { number: i + 1 })}</legend>
          <div className="row">
            <label>
              {t('name')} <input {...register(`team.${i}.name`)} aria-label={t('nameOf', { number: i + 1 })} />
            </label>
            <label>
              {t('role')} <input {...register(`team.${i}.role`)} aria-label={t('roleOf', { number: i + 1 })} />
            </label>
            <label>
              {t('engagementLabel')}{' '}
              <select {...register(`team.${i}.engagement`)} aria-label={t('engagementOf', { number: i + 1 })}>
                <option value="in-house">{t('engagement.in-house')}</option>
                <option value="contractor">{t('engagement.contractor')}</option>
              </select>
            </label>
            <label>
              {t('fte')} <input {...register(`team.${i}.fte`)} inputMode="decimal" size={4} aria-label={t('fteOf', { number: i + 1 })} />
            </label>
            <button type="button" className="secondary" onClick={() => members.remove(i)}>
              {t('remove')}
            </button>
          </div>
          {fieldError(i, 'name') && <p className="field-error">{fieldError(i, 'name')}</p>}
          {fieldError(i, 'fte') && <p className="field-error">{fieldError(i, 'fte')}</p>}
          <details>
            <summary>{t('skillLevels')}</summary>
            <div className="grid">
              {skills.map((s) => (
                <label key={s.id}>
                  {s.name}{' '}
                  <select {...register(`team.${i}.levels.${s.id.replaceAll('.', '_')}`)} aria-label={t('skillLevelOf', { skill: s.name, number: i + 1 })}>
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
          {t('addPerson')}
        </button>
        <button type="submit" disabled={formState.isSubmitting}>
          {t('saveTeam')}
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
