import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { NewAssessmentForm } from './new-assessment-form';

export const metadata = { title: 'New assessment' };

export default async function NewAssessmentPage() {
  const session = await requireSession();
  if (!can(session.role, 'assessment.create')) {
    return <p className="form-error">Planners start assessments; your role is {session.role}.</p>;
  }
  return (
    <>
      <h1>New assessment</h1>
      <div className="card">
        <NewAssessmentForm />
      </div>
    </>
  );
}
