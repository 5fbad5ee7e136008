import { AnswerView } from '@/app/_components/answer-view';
import type { TAuditTrailPage } from '@/lib/server/assessments/audit-trail';

const when = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;

/** Who did what, to what, with the values before and after as the question formats them. */
export function AuditTrail({ events }: { events: TAuditTrailPage['events'] }) {
  if (events.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <div className="card table-wrap">
      <table>
        <caption className="skip">Changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">About</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{when(e.createdAt)}</td>
              <td>{e.actorName}</td>
              <td>{e.kind}</td>
              <td>{e.subject ?? ''}</td>
              <td>{e.before.kind === 'empty' ? <span className="muted">—</span> : <AnswerView view={e.before} caption={`${e.subject ?? e.kind}, before`} />}</td>
              <td>{e.after.kind === 'empty' ? <span className="muted">—</span> : <AnswerView view={e.after} caption={`${e.subject ?? e.kind}, after`} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
