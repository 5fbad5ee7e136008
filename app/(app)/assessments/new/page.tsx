import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listTemplates } from '@/lib/server/templates/list-templates';
import { NewAssessmentForm } from './new-assessment-form';

export const metadata = { title: 'New assessment' };

export default async function NewAssessmentPage() {
  const session = await requireSession();
  if (!can(session.role, 'assessment.create')) {
    return <p className="form-error">Planners start assessments; your role is {session.role}.</p>;
  }
  const own = (await listTemplates(db(), session.actor)).filter((t) => !t.isBuiltIn);
  const newest = own.filter((t, i) => own.findIndex((o) => o.key === t.key) === i).map((t) => ({ key: t.key, title: t.title })); // listed newest version first
  return (
    <>
      <h1>New assessment</h1>
      <div className="card">
        <NewAssessmentForm ownTemplates={newest} />
      </div>
    </>
  );
}
