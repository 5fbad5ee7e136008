import Link from 'next/link';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listTemplates, templateSource } from '@/lib/server/templates/list-templates';
import { orNotFound } from '@/lib/app/or-not-found';
import { TemplateEditor } from './template-editor';

export const metadata = { title: 'Questionnaires' };

const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ from?: string | string[] }> }) {
  const session = await requireSession();
  if (!can(session.role, 'template.manage')) {
    return (
      <>
        <h1>Questionnaires</h1>
        <p className="form-error">Only administrators add questionnaires for {session.organization.name}.</p>
      </>
    );
  }
  const { from } = await searchParams;
  const [templates, start] = await Promise.all([
    listTemplates(db(), session.actor),
    typeof from === 'string' ? orNotFound(templateSource(db(), session.actor, from)) : Promise.resolve(null),
  ]);
  return (
    <>
      <h1>Questionnaires</h1>
      <p>
        Assessments use the built-in CommCare and DHIS2 questionnaires or one of {session.organization.name}’s own — for another platform such as OpenMRS, or
        adapted to your country. Each saved version is kept; an assessment stays on its version until someone upgrades it after seeing what changed.
      </p>
      <div className="card table-wrap">
        <table>
          <caption className="skip">Questionnaires available to {session.organization.name}</caption>
          <thead>
            <tr>
              <th scope="col">Questionnaire</th>
              <th scope="col">Version</th>
              <th scope="col">Made by</th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="skip">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <td>{t.title}</td>
                <td>{t.version}</td>
                <td>{t.isBuiltIn ? 'Built in' : session.organization.name}</td>
                <td>{day(t.createdAt)}</td>
                <td>
                  <Link href={`/templates?from=${t.id}#editor`}>{t.isBuiltIn ? `Start from a copy of “${t.title}”` : `Edit as a new version of “${t.title}”`}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="editor">{start ? (start.isCopy ? `A copy of “${start.title}”` : `A new version of “${start.title}”`) : 'Add a questionnaire'}</h2>
      <p>
        Paste or load the questionnaire as JSON, or edit it here; it is checked as you type against the{' '}
        <a href="/api/v1/templates/schema.json">questionnaire format (JSON Schema)</a>, and nothing is saved until it is valid.
      </p>
      <TemplateEditor key={from ? String(from) : 'new'} initialSource={start?.source ?? ''} />
    </>
  );
}
