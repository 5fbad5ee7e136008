'use client';

import { useTranslations } from 'next-intl';
import type { TQuestion } from '@/lib/content/template-schema';

type Props = { question: TQuestion; id: string; value: unknown; onChange: (value: unknown) => void; disabled: boolean; invalid: boolean };

const toNumber = (raw: string) => (raw.trim() === '' ? null : Number(raw));

/** One input per question kind; values are plain JSON, null when cleared. */
export function QuestionInput({ question: q, id, value, onChange, disabled, invalid }: Props) {
  const t = useTranslations('phase');
  const common = { id, disabled, 'aria-invalid': invalid || undefined, 'aria-describedby': `${id}-status` };
  switch (q.kind) {
    case 'text':
      return <input {...common} type="text" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)} />;
    case 'longtext':
      return <textarea {...common} value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)} />;
    case 'url':
      return <input {...common} type="url" placeholder="https://" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />;
    case 'date':
      return <input {...common} type="date" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} style={{ width: 'auto' }} />;
    case 'number':
      return (
        <span className="row">
          <input {...common} type="number" inputMode="decimal" value={value === null || value === undefined ? '' : String(value)} onChange={(e) => onChange(toNumber(e.target.value))} style={{ maxWidth: '12rem' }} />
          {q.unit && <span className="muted">{q.unit}</span>}
        </span>
      );
    case 'yesno':
    case 'single': {
      const options = q.kind === 'yesno' ? [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }, { value: 'partly', label: t('partly') }] : q.options;
      return (
        <div role="radiogroup" aria-labelledby={`${id}-label`} id={id} className="row">
          {options.map((o) => (
            <label key={o.value} style={{ fontWeight: 400, margin: 0 }}>
              <input type="radio" name={id} value={o.value} checked={value === o.value} disabled={disabled} onChange={() => onChange(o.value)} style={{ width: 'auto' }} /> {o.label}
            </label>
          ))}
          {value !== null && value !== undefined && !disabled && (
            <button type="button" className="link" onClick={() => onChange(null)}>
              {t('clear')}
            </button>
          )}
        </div>
      );
    }
    case 'multi': {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div role="group" aria-labelledby={`${id}-label`} id={id}>
          {q.options.map((o) => (
            <label key={o.value} style={{ fontWeight: 400, margin: 0 }}>
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                disabled={disabled}
                onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
                style={{ width: 'auto' }}
              />{' '}
              {o.label}
            </label>
          ))}
        </div>
      );
    }
    case 'person': {
      const person = (value as { name?: string; jobFunction?: string; email?: string } | null) ?? {};
      const set = (key: string, v: string) => onChange({ name: '', jobFunction: '', email: '', ...person, [key]: v });
      return (
        <div role="group" aria-labelledby={`${id}-label`} className="grid" id={id}>
          {(['name', 'jobFunction', 'email'] as const).map((key) => (
            <label key={key} style={{ fontWeight: 400, margin: 0 }}>
              {t(key)}
              <input type={key === 'email' ? 'email' : 'text'} value={person[key] ?? ''} disabled={disabled} onChange={(e) => set(key, e.target.value)} />
            </label>
          ))}
        </div>
      );
    }
    case 'table':
      return <TableInput question={q} id={id} value={value} onChange={onChange} disabled={disabled} />;
  }
}

function TableInput({ question, id, value, onChange, disabled }: { question: Extract<TQuestion, { kind: 'table' }>; id: string; value: unknown; onChange: (v: unknown) => void; disabled: boolean }) {
  const t = useTranslations('phase');
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const setCell = (r: number, col: string, v: unknown) => onChange(rows.map((row, i) => (i === r ? { ...row, [col]: v } : row)));
  const empty = Object.fromEntries(question.columns.map((c) => [c.id, null]));
  return (
    <div className="table-wrap" id={id}>
      <table>
        <thead>
          <tr>
            {question.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
                {c.unit ? ` (${c.unit})` : ''}
              </th>
            ))}
            <th scope="col">
              <span className="skip">{t('rowActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {question.columns.map((c) => {
                const cell = row[c.id];
                const label = t('cellLabel', { column: c.label, row: r + 1 });
                if (c.kind === 'single' && c.options) {
                  return (
                    <td key={c.id}>
                      <select aria-label={label} value={(cell as string) ?? ''} disabled={disabled} onChange={(e) => setCell(r, c.id, e.target.value || null)}>
                        <option value="">—</option>
                        {c.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                }
                return (
                  <td key={c.id}>
                    <input
                      aria-label={label}
                      type={c.kind === 'number' ? 'number' : c.kind === 'date' ? 'date' : c.kind === 'url' ? 'url' : 'text'}
                      value={cell === null || cell === undefined ? '' : String(cell)}
                      disabled={disabled}
                      onChange={(e) => setCell(r, c.id, c.kind === 'number' ? toNumber(e.target.value) : e.target.value === '' ? null : e.target.value)}
                    />
                  </td>
                );
              })}
              <td>
                <button type="button" className="secondary" disabled={disabled} onClick={() => onChange(rows.filter((_, i) => i !== r))}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="secondary" disabled={disabled || rows.length >= question.maxRows} onClick={() => onChange([...rows, { ...empty }])}>
        {t('addRow')}
      </button>
    </div>
  );
}
