import type { TBudgetResult } from '@/lib/domain/budget';
import { formatMoney } from '@/lib/domain/money';
import { INTL_TAGS } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';

const COLOURS = ['#0b5cab', '#1a7f37', '#9a6700', '#8250df', '#c62828'];

/** Cost per year per hosting option as grouped bars (SVG drawn on the server; the tables below hold the same figures). */
export function BudgetChart({ budget, locale = 'en', yearLabel = (year) => `year ${year}`, title = `Cost per year per hosting option, ${budget.currency.code}` }: { budget: TBudgetResult; locale?: TLocale; yearLabel?: (year: number) => string; title?: string }) {
  const compact = new Intl.NumberFormat(INTL_TAGS[locale], { notation: 'compact', maximumFractionDigits: 1 });
  const width = 720;
  const height = 280;
  const pad = { left: 90, right: 10, top: 10, bottom: 40 };
  const max = Math.max(1, ...budget.options.flatMap((o) => o.totalsPerYear));
  const step = 10 ** Math.floor(Math.log10(max));
  const top = Math.ceil(max / step) * step;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const groupW = plotW / budget.years;
  const barW = (groupW * 0.8) / budget.options.length;
  const y = (v: number) => pad.top + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: 5 }, (_, i) => (top * i) / 4);
  return (
    <figure style={{ margin: '1rem 0' }}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="budget-chart-title" data-testid="budget-chart" style={{ width: '100%', maxWidth: width, background: '#fff' }}>
        <title id="budget-chart-title">{title}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} stroke="#d8dee6" />
            <text x={pad.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#5b6675">
              {`${budget.currency.code} ${compact.format(t / 10 ** budget.currency.minorDigits)}`}
            </text>
          </g>
        ))}
        {Array.from({ length: budget.years }, (_, yi) => (
          <g key={yi}>
            {budget.options.map((o, oi) => {
              const v = o.totalsPerYear[yi];
              const x = pad.left + yi * groupW + groupW * 0.1 + oi * barW;
              return (
                <rect key={o.option} x={x} y={y(v)} width={Math.max(1, barW - 2)} height={pad.top + plotH - y(v)} fill={COLOURS[oi % COLOURS.length]} data-option={o.option} data-year={yi + 1}>
                  <title>{`${o.label}, ${yearLabel(yi + 1)}: ${formatMoney(v, budget.currency, locale)}`}</title>
                </rect>
              );
            })}
            <text x={pad.left + yi * groupW + groupW / 2} y={height - pad.bottom + 16} textAnchor="middle" fontSize="12" fill="#1b2430">
              Year {yi + 1}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="row" style={{ fontSize: '.85rem' }}>
        {budget.options.map((o, oi) => (
          <span key={o.option}>
            <span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, background: COLOURS[oi % COLOURS.length], marginRight: 4, verticalAlign: 'middle' }} />
            {o.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
