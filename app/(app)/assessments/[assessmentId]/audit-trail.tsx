import type { listAuditTrail } from '@/lib/server/assessments/audit-trail';

function brief(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function AuditTrail({ events }: { events: Awaited<ReturnType<typeof listAuditTrail>> }) {
  if (events.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <div className="card table-wrap">
      <table>
        <caption className="skip">Latest changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Subject</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
              <td>{e.actorName}</td>
              <td>{e.action}</td>
              <td>
                <code>{e.subject ?? ''}</code>
              </td>
              <td>{brief(e.before)}</td>
              <td>{brief(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
