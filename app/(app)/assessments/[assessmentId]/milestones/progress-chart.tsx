import { getTranslations } from 'next-intl/server';
import { polylinePoints, share, xOf, yOf, type TChartBox, type TPlatformProgress } from '@/lib/domain/progress-chart';

const BOX: TChartBox = { width: 640, height: 220, left: 44, right: 16, top: 12, bottom: 28 };
/** Distinct by hue and by dash, so phases are told apart without colour too. */
const LINES = [
  { stroke: '#1d4ed8', dash: undefined },
  { stroke: '#b45309', dash: '6 3' },
  { stroke: '#047857', dash: '2 3' },
  { stroke: '#7c3aed', dash: '10 3 2 3' },
  { stroke: '#be123c', dash: '1 5' },
];

/**
 * Progress of one platform over time: two small line charts (required questions answered,
 * checkpoints approved; one line per phase) described for screen readers, and the same figures as
 * a table, which is the accessible alternative.
 */
export async function ProgressChart({ title, series, moments }: { title: string; series: TPlatformProgress; moments: string[] }) {
  const t = await getTranslations('milestones');
  const charts = [
    { key: 'answered', heading: t('chartAnswered', { platform: title }), value: (v: NonNullable<TPlatformProgress['phases'][number]['values'][number]>) => share(v.answered, v.required) },
    { key: 'approved', heading: t('chartApproved', { platform: title }), value: (v: NonNullable<TPlatformProgress['phases'][number]['values'][number]>) => share(v.approved, v.checkpoints) },
  ] as const;
  const slug = series.platform.replace(/\W+/g, '-');
  return (
    <div>
      <div className="grid">
        {charts.map((chart) => {
          const id = `chart-${slug}-${chart.key}`;
          return (
            <figure key={chart.key} className="card" style={{ margin: 0 }}>
              <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} style={{ width: '100%', height: 'auto', maxWidth: '100%' }}>
                <title id={`${id}-title`}>{chart.heading}</title>
                <desc id={`${id}-desc`}>{t('chartDescription')}</desc>
                {[0, 0.5, 1].map((v) => (
                  <g key={v}>
                    <line x1={BOX.left} x2={BOX.width - BOX.right} y1={yOf(v, BOX)} y2={yOf(v, BOX)} stroke="#767676" strokeWidth={v === 0 ? 1 : 0.5} />
                    <text x={BOX.left - 6} y={yOf(v, BOX) + 4} textAnchor="end" fontSize="12" fill="#333">
                      {Math.round(v * 100)}%
                    </text>
                  </g>
                ))}
                {moments.map((m, i) => (
                  <text key={i} x={xOf(i, moments.length, BOX)} y={BOX.height - 8} textAnchor="middle" fontSize="11" fill="#333">
                    {m.length > 18 ? `${m.slice(0, 17)}…` : m}
                  </text>
                ))}
                {series.phases.map((phase, p) => {
                  const style = LINES[p % LINES.length]!;
                  const values = phase.values.map((v) => (v ? chart.value(v) : null));
                  return (
                    <g key={phase.phaseId}>
                      <polyline points={polylinePoints(values, BOX)} fill="none" stroke={style.stroke} strokeWidth={2.5} strokeDasharray={style.dash} />
                      {values.map((v, i) => (v === null ? null : <circle key={i} cx={xOf(i, values.length, BOX)} cy={yOf(v, BOX)} r={3.5} fill={style.stroke} />))}
                    </g>
                  );
                })}
              </svg>
              <figcaption>
                <strong>{chart.heading}</strong>
                <ul className="row" style={{ listStyle: 'none', padding: 0, margin: '0.25rem 0 0' }} aria-hidden="true">
                  {series.phases.map((phase, p) => {
                    const style = LINES[p % LINES.length]!;
                    return (
                      <li key={phase.phaseId}>
                        <svg width="28" height="10" aria-hidden="true" focusable="false">
                          <line x1="0" x2="28" y1="5" y2="5" stroke={style.stroke} strokeWidth={2.5} strokeDasharray={style.dash} />
                        </svg>{' '}
                        {t('phaseLine', { number: phase.phaseNumber })}
                      </li>
                    );
                  })}
                </ul>
              </figcaption>
            </figure>
          );
        })}
      </div>
      <div className="table-wrap">
        <table>
          <caption>{t('tableCaption', { platform: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colMoment')}</th>
              {series.phases.map((phase) => (
                <th scope="col" key={phase.phaseId}>
                  {t('phaseCell', { number: phase.phaseNumber })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {moments.map((m, i) => (
              <tr key={i}>
                <th scope="row">{m}</th>
                {series.phases.map((phase) => {
                  const v = phase.values[i];
                  return <td key={phase.phaseId}>{v ? t('cellText', { answered: v.answered, required: v.required, approved: v.approved, checkpoints: v.checkpoints }) : t('notInQuestionnaire')}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
