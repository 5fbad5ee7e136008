'use client';

import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';

type TForm = {
  platform: 'commcare' | 'dhis2';
  users: string;
  formsPerUserPerMonth: string;
  casesPerUserPerMonth: string;
  caseUpdatesPerUserPerMonth: string;
  attachmentKbPerForm: string;
  horizonMonths: string;
  systems: { name: string; kind: 'aggregate' | 'tracker'; users: string; concurrentUsers: string }[];
  years: string;
};
type TResponse = ({ platform: 'commcare' } & TCommCareSizingResult) | ({ platform: 'dhis2' } & TDhis2SizingResult);

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
const fmt = (n: number) => n.toLocaleString('en');

/** The calculator form; the server (POST /api/v1/sizing) parses, computes and explains. */
export function SizingCalculator() {
  const { register, control, handleSubmit, watch } = useForm<TForm>({
    defaultValues: { platform: 'commcare', users: '2500', formsPerUserPerMonth: '', casesPerUserPerMonth: '', caseUpdatesPerUserPerMonth: '', attachmentKbPerForm: '', horizonMonths: '', years: '5', systems: [{ name: 'HMIS', kind: 'aggregate', users: '3000', concurrentUsers: '' }] },
  });
  const systems = useFieldArray({ control, name: 'systems' });
  // eslint-disable-next-line react-hooks/incompatible-library -- the platform switch re-renders this small form only
  const platform = watch('platform');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<TResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = handleSubmit(async (v) => {
    setFailure(null);
    const body =
      v.platform === 'commcare'
        ? { platform: 'commcare', users: num(v.users), formsPerUserPerMonth: num(v.formsPerUserPerMonth), casesPerUserPerMonth: num(v.casesPerUserPerMonth), caseUpdatesPerUserPerMonth: num(v.caseUpdatesPerUserPerMonth), attachmentKbPerForm: num(v.attachmentKbPerForm), horizonMonths: num(v.horizonMonths) }
        : { platform: 'dhis2', years: num(v.years), systems: v.systems.map((s) => ({ name: s.name, kind: s.kind, users: num(s.users), concurrentUsers: num(s.concurrentUsers) })) };
    try {
      const response = await fetch('/api/v1/sizing', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = await response.json();
      if (!response.ok) {
        setErrors(json.fieldErrors ?? {});
        setResult(null);
        setFailure(json.error ?? 'The calculation failed.');
        return;
      }
      setErrors({});
      setResult(json);
    } catch {
      setFailure('The server could not be reached.');
    }
  });

  const field = (name: keyof TForm & string, label: string, unit?: string, placeholder?: string) => (
    <div>
      <label htmlFor={`f-${name}`}>{label}</label>
      <span className="row">
        <input id={`f-${name}`} type="number" inputMode="decimal" placeholder={placeholder} {...register(name)} aria-invalid={!!errors[name] || undefined} style={{ maxWidth: '12rem' }} />
        {unit && <span className="muted">{unit}</span>}
      </span>
      {errors[name] && <p className="field-error">{errors[name].join(' ')}</p>}
    </div>
  );

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-label="Sizing inputs" className="card">
        <fieldset>
          <legend>Platform</legend>
          <label style={{ fontWeight: 400 }}>
            <input type="radio" value="commcare" {...register('platform')} style={{ width: 'auto' }} /> CommCare HQ
          </label>
          <label style={{ fontWeight: 400 }}>
            <input type="radio" value="dhis2" {...register('platform')} style={{ width: 'auto' }} /> DHIS2
          </label>
        </fieldset>
        {platform === 'commcare' ? (
          <div className="grid">
            {field('users', 'Mobile users', 'users')}
            {field('formsPerUserPerMonth', 'Forms per user per month', 'forms', 'default 100')}
            {field('casesPerUserPerMonth', 'New cases per user per month', 'cases', 'default 20')}
            {field('caseUpdatesPerUserPerMonth', 'Case updates per user per month', 'updates', 'default 80')}
            {field('attachmentKbPerForm', 'Attachments per form', 'KB', 'default 11')}
            {field('horizonMonths', 'Planning horizon', 'months', 'default 36')}
          </div>
        ) : (
          <>
            {systems.fields.map((f, i) => (
              <fieldset key={f.id}>
                <legend>DHIS2 system {i + 1}</legend>
                <div className="grid">
                  <div>
                    <label htmlFor={`s-${i}-name`}>Name</label>
                    <input id={`s-${i}-name`} {...register(`systems.${i}.name`)} />
                  </div>
                  <div>
                    <label htmlFor={`s-${i}-kind`}>Kind</label>
                    <select id={`s-${i}-kind`} {...register(`systems.${i}.kind`)}>
                      <option value="aggregate">Aggregate (HMIS)</option>
                      <option value="tracker">Tracker</option>
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`s-${i}-users`}>Users</label>
                    <input id={`s-${i}-users`} type="number" {...register(`systems.${i}.users`)} />
                  </div>
                  <div>
                    <label htmlFor={`s-${i}-concurrent`}>Concurrent users</label>
                    <input id={`s-${i}-concurrent`} type="number" placeholder="default 10% of users" {...register(`systems.${i}.concurrentUsers`)} />
                  </div>
                </div>
                {Object.entries(errors)
                  .filter(([k]) => k.startsWith(`systems.${i}.`))
                  .map(([k, m]) => (
                    <p key={k} className="field-error">
                      {m.join(' ')}
                    </p>
                  ))}
                {systems.fields.length > 1 && (
                  <button type="button" className="secondary" onClick={() => systems.remove(i)}>
                    Remove
                  </button>
                )}
              </fieldset>
            ))}
            <button type="button" className="secondary" onClick={() => systems.append({ name: `Tracker ${systems.fields.length}`, kind: 'tracker', users: '1000', concurrentUsers: '' })}>
              Add a DHIS2 system
            </button>
            {field('years', 'Years', 'years')}
          </>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <p>
          <button type="submit">Calculate</button>
        </p>
      </form>
      {result?.platform === 'commcare' && <CommCareResult result={result} />}
      {result?.platform === 'dhis2' && <Dhis2Result result={result} />}
    </>
  );
}

function CommCareResult({ result }: { result: TCommCareSizingResult }) {
  const last = result.periods.length - 1;
  return (
    <section aria-labelledby="cc-result">
      <h2 id="cc-result">
        Configuration: <span data-testid="commcare-tier">{result.tier.label}</span>
      </h2>
      <p>{result.tier.reason}</p>
      <h3>Usage projection</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Users</th>
              <th scope="col">Forms (total)</th>
              <th scope="col">Cases (total)</th>
              <th scope="col">Attachments (GB)</th>
            </tr>
          </thead>
          <tbody>
            {result.periods.map((p) => (
              <tr key={p.label}>
                <th scope="row">
                  {p.label} (to {p.endMonth})
                </th>
                <td>{fmt(p.users)}</td>
                <td>{fmt(p.formsTotal)}</td>
                <td>{fmt(p.casesTotal)}</td>
                <td>{fmt(p.attachmentGb)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Per service, end of {result.periods[last].label.toLowerCase()}</h3>
      <div className="table-wrap">
        <table aria-label="Per-service sizing">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">VMs</th>
              <th scope="col">Cores</th>
              <th scope="col">RAM (GB)</th>
              <th scope="col">Data storage (GB)</th>
              <th scope="col">Rule</th>
            </tr>
          </thead>
          <tbody>
            {result.services.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                <td>{s.perPeriod[last].vms}</td>
                <td>{s.perPeriod[last].cores}</td>
                <td>{s.perPeriod[last].ramGb}</td>
                <td>{fmt(s.perPeriod[last].dataStorageGb)}</td>
                <td className="muted">
                  {s.reason} <small>Source: {s.source}.</small>
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">Total</th>
              <td>{result.totals[last].vms}</td>
              <td>{result.totals[last].cores}</td>
              <td>{result.totals[last].ramGb}</td>
              <td data-testid="commcare-storage-total">{fmt(result.totals[last].dataStorageGb)}</td>
              <td className="muted">plus {fmt(result.totals[last].osStorageGb)} GB of OS disks</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>Backup storage: {fmt(result.footprint.backupStorageGb)} GB. Staging/test environment: {result.footprint.environments[1].cores} cores, {result.footprint.environments[1].ramGb} GB RAM.</p>
      <Assumptions items={result.assumptions} />
    </section>
  );
}

function Dhis2Result({ result }: { result: TDhis2SizingResult }) {
  return (
    <section aria-labelledby="d-result">
      <h2 id="d-result">DHIS2 sizing</h2>
      {result.systems.map((s) => (
        <article key={s.name} className="card" aria-label={`DHIS2 system ${s.name}`}>
          <h3 style={{ marginTop: 0 }}>
            {s.name} ({s.kind})
          </h3>
          <p>
            <strong>Isolation:</strong> <span data-testid="dhis2-isolation">{s.isolation.level === 'boombox' ? 'single machine acceptable' : 'separate VMs or containers'}</span>. {s.isolation.reason}
          </p>
          <p>
            <strong>Clustering:</strong> {s.clustered.reason}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Component</th>
                  <th scope="col">Machines</th>
                  <th scope="col">Cores</th>
                  <th scope="col">RAM (GB)</th>
                  <th scope="col">Disk (GB)</th>
                  <th scope="col">Rule</th>
                </tr>
              </thead>
              <tbody>
                {s.components.map((c) => (
                  <tr key={c.component}>
                    <th scope="row">{c.component}</th>
                    <td>{c.machines}</td>
                    <td>{c.cores}</td>
                    <td>{c.ramGb}</td>
                    <td>{fmt(c.diskGb)}</td>
                    <td className="muted">{c.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Java heap: -Xmx{s.javaHeapGb}g. Database: {s.databaseGbPerYear.map((g, i) => `year ${i + 1}: ${fmt(g)} GB`).join(', ')}. Backups: {fmt(s.backupStorageGb)} GB.
          </p>
          <p>PostgreSQL: {s.postgresSettings.map((p) => `${p.setting} = ${p.value}`).join('; ')}.</p>
          <p className="muted">
            Environments: {s.environments.map((e) => `${e.label} (${e.cores} cores, ${e.ramGb} GB, ${Math.round(e.uptimeFraction * 100)}% uptime)`).join('; ')}.
            {s.inputs.defaulted.length > 0 && ` Defaults used for: ${s.inputs.defaulted.join('; ')}.`}
          </p>
        </article>
      ))}
      <Assumptions items={result.assumptions} />
    </section>
  );
}

function Assumptions({ items }: { items: string[] }) {
  return (
    <>
      <h3>Assumptions</h3>
      <ul>
        {items.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </>
  );
}
