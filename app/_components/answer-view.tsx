import { useTranslations } from 'next-intl';
import type { TAnswerView } from '@/lib/domain/answer-view';

/** An answer drawn from its question's formatter: text, or a table of its non-empty rows. */
export function AnswerView({ view, caption }: { view: TAnswerView; caption: string }) {
  const t = useTranslations('ui');
  if (view.kind === 'empty') return <span className="muted">{t('notAnswered')}</span>;
  if (view.kind === 'text') return <span style={{ whiteSpace: 'pre-wrap' }}>{view.text}</span>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="skip">{caption}</caption>
        <thead>
          <tr>
            {view.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell || <span className="muted">—</span>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
