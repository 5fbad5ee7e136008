import { useTranslations } from 'next-intl';
import { AnswerView } from '@/app/_components/answer-view';
import { useFormatLocale } from '@/app/_components/use-format-locale';
import { formatDateIn } from '@/lib/domain/intl-format';
import type { TAuditTrailPage } from '@/lib/server/assessments/audit-trail';

/** Who did what, to what, with the values before and after as the question formats them. */
export function AuditTrail({ events }: { events: TAuditTrailPage['events'] }) {
  const t = useTranslations('audit');
  const locale = useFormatLocale();
  const when = (d: Date) => `${formatDateIn(locale, d)} ${d.toISOString().slice(11, 16)} UTC`;
  if (events.length === 0) return <p className="muted">{t('nothing')}</p>;
  return (
    <div className="card table-wrap">
      <table>
        <caption className="skip">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('about')}</th>
            <th scope="col">{t('before')}</th>
            <th scope="col">{t('after')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{when(e.createdAt)}</td>
              <td>{e.actorName}</td>
              <td>{e.kind}</td>
              <td>{e.subject ?? ''}</td>
              <td>{e.before.kind === 'empty' ? <span className="muted">—</span> : <AnswerView view={e.before} caption={t('beforeOf', { subject: e.subject ?? e.kind })} />}</td>
              <td>{e.after.kind === 'empty' ? <span className="muted">—</span> : <AnswerView view={e.after} caption={t('afterOf', { subject: e.subject ?? e.kind })} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
