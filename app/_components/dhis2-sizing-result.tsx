import type { TDhis2SizingResult, TDhis2SystemSizing } from '@/lib/domain/dhis2-sizing';
import { Citation } from './citation';
import { CopyButton } from './copy-button';

/** The DHIS2 sizing with the rule and the citation behind every figure; shared by the public calculator and the assessment pages. */

const fmt = (n: number) => n.toLocaleString('en');
const pct = (f: number) => `${Math.round(f * 100)}%`;

function System({ s }: { s: TDhis2SystemSizing }) {
  return (
    <article className="card" aria-label={`DHIS2 system ${s.name}`}>
      <h3 style={{ marginTop: 0 }}>
        {s.name} ({s.kind})
      </h3>
      <p>
        <strong>DHIS2 specification:</strong> <span data-testid="dhis2-tier">{s.tier.label}</span>. {s.tier.reason}
        <Citation {...s.tier} /> <Citation source={s.tier.databaseSource} />
      </p>
      <p>
        <strong>Isolation:</strong> <span data-testid="dhis2-isolation">{s.isolation.level === 'boombox' ? 'single machine acceptable' : 'separate VMs or containers'}</span>. {s.isolation.reason}
        <Citation {...s.isolation} />
      </p>
      <p>
        <strong>Memory:</strong> {s.memorySplit.reason} PostgreSQL’s share: {pct(s.memorySplit.postgresShare)}.
        <Citation {...s.memorySplit} />
      </p>
      <p>
        <strong>Clustering:</strong> {s.clustered.reason}
        <Citation {...s.clustered} />
      </p>
      {s.clustered.parts.length > 0 && (
        <ul aria-label="Parts of the cluster">
          {s.clustered.parts.map((p) => (
            <li key={p.part}>
              <strong>{p.part}</strong>: {p.reason}
              <Citation {...p} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>Read replicas:</strong> {s.readReplicas.reason}
        <Citation {...s.readReplicas} />
      </p>
      <div className="table-wrap">
        <table aria-label={`Components of ${s.name}`}>
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
                <td className="muted">
                  {c.reason}
                  <Citation {...c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>File store:</strong> {s.fileStore.label}, {fmt(s.fileStore.gb)} GB. {s.fileStore.reason}
        <Citation {...s.fileStore} />
      </p>
      <p>
        <strong>Java heap:</strong> {s.javaHeap.javaOpts}. {s.javaHeap.reason}
        <Citation {...s.javaHeap} />
      </p>
      <h4>PostgreSQL settings for {s.postgresRam.gb} GB of RAM</h4>
      <div className="table-wrap">
        <table aria-label={`PostgreSQL settings of ${s.name}`}>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">Scales as</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {s.postgresSettings.map((p) => (
              <tr key={p.setting}>
                <th scope="row">
                  <code>{p.setting}</code>
                </th>
                <td>
                  <code>{p.value}</code>
                </td>
                <td>{p.rule}</td>
                <td className="muted">
                  {p.reason}
                  {p.alternative && (
                    <>
                      {' '}
                      Other DHIS2 page: {p.alternative.value} (
                      <a href={p.alternative.source.url} rel="noreferrer" target="_blank">
                        {p.alternative.source.title} — {p.alternative.source.section}
                      </a>
                      ).
                    </>
                  )}
                  <Citation source={p.source} assumption={p.assumption} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>The settings as a postgresql.conf snippet</summary>
        <pre aria-label={`postgresql.conf snippet for ${s.name}`}>{s.postgresConf}</pre>
        <CopyButton text={s.postgresConf} label="Copy the snippet" />
      </details>
      <h4>Software</h4>
      <div className="table-wrap">
        <table aria-label={`Software versions for ${s.name}`}>
          <thead>
            <tr>
              <th scope="col">Software</th>
              <th scope="col">Version</th>
            </tr>
          </thead>
          <tbody>
            {s.software.items.map((i) => (
              <tr key={i.component}>
                <th scope="row">{i.component}</th>
                <td>{i.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {s.software.reason}
        <Citation {...s.software} />
      </p>
      <h4>Upgrades</h4>
      <ul>
        {s.upgrades.items.map((u) => (
          <li key={u.task}>
            <strong>{u.task}</strong>, {u.cadence}: {u.reason}
            <Citation {...u} />
          </li>
        ))}
        <li>
          <strong>Temporary server for an OS upgrade:</strong> {s.upgrades.osUpgradeServer.reason}
          <Citation {...s.upgrades.osUpgradeServer} />
        </li>
      </ul>
      <h4>Environments</h4>
      <ul>
        {s.environments.map((e) => (
          <li key={e.kind}>
            <strong>{e.label}</strong>: {e.vms} VMs, {e.cores} cores, {e.ramGb} GB RAM, {fmt(e.diskGb)} GB disk, {pct(e.uptimeFraction)} uptime. {e.reason}
            <Citation {...e} />
          </li>
        ))}
      </ul>
      <h4>Database and backups per year</h4>
      <div className="table-wrap">
        <table aria-label={`Database and backups of ${s.name}`}>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Database (GB)</th>
              <th scope="col">PostgreSQL disk (GB)</th>
              <th scope="col">File store (GB)</th>
              <th scope="col">Backups (GB)</th>
            </tr>
          </thead>
          <tbody>
            {s.disk.map((d, i) => (
              <tr key={d.year}>
                <th scope="row">{d.year === 0 ? 'Now' : `Year ${d.year}`}</th>
                <td>{fmt(d.databaseGb)}</td>
                <td>{fmt(d.postgresDiskGb)}</td>
                <td>{fmt(s.fileStore.gbPerYear[i])}</td>
                <td>{fmt(s.backup.perYear[i].totalGb)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        Backups: {s.backup.reason}
        <Citation {...s.backup} /> Database growth: <Citation assumption={s.disk[0].assumption} />
      </p>
      {s.inputs.defaulted.length > 0 && <p className="muted">Defaults used for: {s.inputs.defaulted.join('; ')}.</p>}
    </article>
  );
}

export function Dhis2Result({ result, assumptions }: { result: TDhis2SizingResult; assumptions: React.ReactNode }) {
  return (
    <section aria-labelledby="d-result">
      <h2 id="d-result">DHIS2 sizing</h2>
      {result.systems.map((s) => (
        <System key={s.name} s={s} />
      ))}
      {assumptions}
    </section>
  );
}
