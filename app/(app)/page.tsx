import Link from 'next/link';
import { platformList } from '@/lib/domain/platform-names';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listAssessments } from '@/lib/server/list-assessments';
import { ImportForm } from './import-form';

export const metadata = { title: 'Assessments' };

export default async function HomePage() {
  const session = await requireSession();
  const assessments = await listAssessments(db(), session.actor);
  return (
    <>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Assessments</h1>
        {can(session.role, 'assessment.create') && (
          <Link className="button" href="/assessments/new">
            New assessment
          </Link>
        )}
      </div>
      {assessments.length === 0 ? (
        <div className="card empty">
          <p>
            <strong>No assessments yet</strong> for {session.organization.name}.
          </p>
          <p>An assessment walks your team through the phases of getting ready to host CommCare HQ or DHIS2.</p>
          {can(session.role, 'assessment.create') && <ImportForm />}
        </div>
      ) : (
        <ul className="grid" aria-label="Assessments" style={{ listStyle: 'none', padding: 0 }}>
          {assessments.map((a) => (
            <li key={a.id} className="card">
              <Link href={`/assessments/${a.id}`}>{a.name}</Link>
              <p className="muted">
                {a.country} · {platformList(a.platforms)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {assessments.length > 0 && can(session.role, 'assessment.import') && <ImportForm />}
    </>
  );
}
