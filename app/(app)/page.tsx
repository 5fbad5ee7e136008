import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { listAssessments } from '@/lib/server/list-assessments';

export const metadata = { title: 'Assessments' };

export default async function HomePage() {
  const session = await requireSession();
  const assessments = await listAssessments(db(), session.actor);
  return (
    <>
      <h1>Assessments</h1>
      {assessments.length === 0 ? (
        <div className="card empty">
          <p>
            <strong>No assessments yet</strong> for {session.organization.name}.
          </p>
          <p>An assessment walks your team through the phases of getting ready to host CommCare HQ or DHIS2.</p>
        </div>
      ) : (
        <ul className="grid" aria-label="Assessments" style={{ listStyle: 'none', padding: 0 }}>
          {assessments.map((a) => (
            <li key={a.id} className="card">
              <a href={`/assessments/${a.id}`}>{a.name}</a>
              <p className="muted">
                {a.country} · {a.platforms.join(' + ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
