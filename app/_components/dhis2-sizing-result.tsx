import { useTranslations } from 'next-intl';
import type { TDhis2SizingResult, TDhis2SystemSizing } from '@/lib/domain/dhis2-sizing';
import { formatNumberIn, formatPercentIn } from '@/lib/domain/intl-format';
import { useFormatLocale } from './use-format-locale';
import { Citation } from './citation';
import { useSizingSay } from './use-sizing-say';
import { CopyButton } from './copy-button';

/** The DHIS2 sizing with the rule and the citation behind every figure; shared by the public calculator and the assessment pages. */

function System({ s }: { s: TDhis2SystemSizing }) {
  const t = useTranslations('sizing');
  const locale = useFormatLocale();
  const say = useSizingSay();
  const fmt = (n: number) => formatNumberIn(locale, n, 3);
  const pct = (f: number) => formatPercentIn(locale, f);
  return (
    <article className="card" aria-label={t('dhis2System', { name: s.name })}>
      <h3 style={{ marginTop: 0 }}>
        {s.name} ({t(`kinds.${s.kind}`)})
      </h3>
      <p>
        <strong>{t('dhis2Specification')}</strong> <span data-testid="dhis2-tier">{s.tier.label}</span>. {say(s.tier.why)}
        <Citation {...s.tier} /> <Citation source={s.tier.databaseSource} />
      </p>
      <p>
        <strong>{t('isolation')}</strong> <span data-testid="dhis2-isolation">{s.isolation.level === 'boombox' ? t('singleMachine') : t('separateMachines')}</span>. {say(s.isolation.reason)}
        <Citation {...s.isolation} />
      </p>
      <p>
        <strong>{t('memory')}</strong> {say(s.memorySplit.reason)} {t('postgresShare', { share: pct(s.memorySplit.postgresShare) })}
        <Citation {...s.memorySplit} />
      </p>
      <p>
        <strong>{t('clustering')}</strong> {say(s.clustered.reason)}
        <Citation {...s.clustered} />
      </p>
      {s.clustered.parts.length > 0 && (
        <ul aria-label={t('clusterParts')}>
          {s.clustered.parts.map((p) => (
            <li key={p.part.key}>
              <strong>{say(p.part)}</strong>: {say(p.reason)}
              <Citation {...p} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>{t('readReplicas')}</strong> {say(s.readReplicas.reason)}
        <Citation {...s.readReplicas} />
      </p>
      <div className="table-wrap">
        <table aria-label={t('componentsOf', { name: s.name })}>
          <thead>
            <tr>
              <th scope="col">{t('component')}</th>
              <th scope="col">{t('machines')}</th>
              <th scope="col">{t('cores')}</th>
              <th scope="col">{t('ramGb')}</th>
              <th scope="col">{t('diskGb')}</th>
              <th scope="col">{t('rule')}</th>
            </tr>
          </thead>
          <tbody>
            {s.components.map((c) => (
              <tr key={c.id}>
                <th scope="row">{say(c.component)}</th>
                <td>{c.machines}</td>
                <td>{c.cores}</td>
                <td>{c.ramGb}</td>
                <td>{fmt(c.diskGb)}</td>
                <td className="muted">
                  {say(c.reason)}
                  <Citation {...c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>{t('fileStore')}</strong> {t('fileStoreSize', { label: say(s.fileStore.label), gb: fmt(s.fileStore.gb) })} {say(s.fileStore.reason)}
        <Citation {...s.fileStore} />
      </p>
      <p>
        <strong>{t('javaHeap')}</strong> {s.javaHeap.javaOpts}. {say(s.javaHeap.reason)}
        <Citation {...s.javaHeap} />
      </p>
      <h4>{t('postgresSettingsFor', { gb: fmt(s.postgresRam.gb) })}</h4>
      <div className="table-wrap">
        <table aria-label={t('postgresSettingsOf', { name: s.name })}>
          <thead>
            <tr>
              <th scope="col">{t('setting')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('scalesAs')}</th>
              <th scope="col">{t('whyColumn')}</th>
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
                <td>{say(p.rule)}</td>
                <td className="muted">
                  {say(p.reason)}
                  {p.alternative && (
                    <>
                      {' '}
                      {t('otherPage', { value: p.alternative.value })} (
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
        <summary>{t('confSnippet')}</summary>
        <pre aria-label={t('confSnippetFor', { name: s.name })}>{s.postgresConf}</pre>
        <CopyButton text={s.postgresConf} label={t('copySnippet')} />
      </details>
      <h4>{t('software')}</h4>
      <div className="table-wrap">
        <table aria-label={t('softwareFor', { name: s.name })}>
          <thead>
            <tr>
              <th scope="col">{t('software')}</th>
              <th scope="col">{t('version')}</th>
            </tr>
          </thead>
          <tbody>
            {s.software.items.map((i) => (
              <tr key={i.component}>
                <th scope="row">{i.component}</th>
                <td>
                  {i.version}
                  {i.note && <>, {say(i.note)}</>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {say(s.software.reason)}
        <Citation {...s.software} />
      </p>
      <h4>{t('upgrades')}</h4>
      <ul>
        {s.upgrades.items.map((u) => (
          <li key={u.task.key}>
            <strong>{say(u.task)}</strong>, {say(u.cadence)}: {say(u.reason)}
            <Citation {...u} />
          </li>
        ))}
        <li>
          <strong>{t('osUpgradeServer')}</strong> {say(s.upgrades.osUpgradeServer.reason)}
          <Citation {...s.upgrades.osUpgradeServer} />
        </li>
      </ul>
      <h4>{t('environments')}</h4>
      <ul>
        {s.environments.map((e) => (
          <li key={e.kind}>
            <strong>{say(e.label)}</strong>: {t('environmentLine', { vms: e.vms, cores: e.cores, ramGb: fmt(e.ramGb), diskGb: fmt(e.diskGb), uptime: pct(e.uptimeFraction) })} {say(e.reason)}
            <Citation {...e} />
          </li>
        ))}
      </ul>
      <h4>{t('databasePerYear')}</h4>
      <div className="table-wrap">
        <table aria-label={t('databaseOf', { name: s.name })}>
          <thead>
            <tr>
              <th scope="col">{t('year')}</th>
              <th scope="col">{t('databaseGb')}</th>
              <th scope="col">{t('postgresDiskGb')}</th>
              <th scope="col">{t('fileStoreGb')}</th>
              <th scope="col">{t('backupsGb')}</th>
            </tr>
          </thead>
          <tbody>
            {s.disk.map((d, i) => (
              <tr key={d.year}>
                <th scope="row">{d.year === 0 ? t('now') : t('yearN', { year: d.year })}</th>
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
        {t('backups')} {say(s.backup.reason)}
        <Citation {...s.backup} />
        <Citation source={s.backup.filesSource} /> {t('databaseGrowth')} <Citation assumption={s.disk[0].assumption} />
      </p>
      {s.inputs.defaulted.length > 0 && <p className="muted">{t('defaultsUsed', { inputs: s.inputs.defaulted.map(say).join('; ') })}</p>}
    </article>
  );
}

export function Dhis2Result({ result, assumptions }: { result: TDhis2SizingResult; assumptions: React.ReactNode }) {
  const t = useTranslations('sizing');
  return (
    <section aria-labelledby="d-result">
      <h2 id="d-result">{t('dhis2Sizing')}</h2>
      {result.systems.map((s) => (
        <System key={s.name} s={s} />
      ))}
      {assumptions}
    </section>
  );
}
