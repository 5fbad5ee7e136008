import type { TCitation, TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import { Dhis2Result as Dhis2SizingResult } from './dhis2-sizing-result';

/** Sizing results with the rule behind every figure; shared by the public calculator and the assessment pages. */

const fmt = (n: number) => n.toLocaleString('en');

export function CommCareResult({ result }: { result: TCommCareSizingResult }) {
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
                <th scope="row">{p.label.includes(p.endMonth) ? p.label : `${p.label} (to ${p.endMonth})`}</th>
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
                  {s.reason}
                  {s.note && <> Why: {s.note}.</>} <CommCareCitation citation={s.citation} />
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

/** A citation of the CommCare sizing: title and section, linked when it has an address. */
function CommCareCitation({ citation }: { citation: TCitation }) {
  const text = citation.section ? `${citation.title} — ${citation.section}` : citation.title;
  return (
    <small className="citation">
      Source:{' '}
      {citation.url ? (
        <a href={citation.url} rel="noreferrer" target="_blank">
          {text}
        </a>
      ) : (
        text
      )}
      .
    </small>
  );
}

export function Dhis2Result({ result }: { result: TDhis2SizingResult }) {
  return <Dhis2SizingResult result={result} assumptions={<Assumptions items={result.assumptions} />} />;
}

export function Assumptions({ items }: { items: string[] }) {
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
