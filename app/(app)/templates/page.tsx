import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDateIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { listTemplates, templateSource } from '@/lib/server/templates/list-templates';
import { orNotFound } from '@/lib/app/or-not-found';
import { IntlProvider } from '@/app/_components/intl-provider';
import { TemplateEditor } from './template-editor';

export async function generateMetadata() {
  return { title: (await getTranslations('templates'))('title') };
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ from?: string | string[] }> }) {
  const session = await requireSession();
  const [tt, locale] = await Promise.all([getTranslations('templates'), pageLocale()]);
  const day = (d: Date) => formatDateIn(locale, d);
  const organisation = session.organization.name;
  if (!can(session.role, 'template.manage')) {
    return (
      <>
        <h1>{tt('title')}</h1>
        <p className="form-error">{tt('onlyAdmins', { organisation })}</p>
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
      <h1>{tt('title')}</h1>
      <p>{tt('intro', { organisation })}</p>
      <div className="card table-wrap">
        <table>
          <caption className="skip">{tt('caption', { organisation })}</caption>
          <thead>
            <tr>
              <th scope="col">{tt('questionnaire')}</th>
              <th scope="col">{tt('version')}</th>
              <th scope="col">{tt('madeBy')}</th>
              <th scope="col">{tt('saved')}</th>
              <th scope="col">
                <span className="skip">{tt('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <td>{t.title}</td>
                <td>{t.version}</td>
                <td>{t.isBuiltIn ? tt('builtIn') : session.organization.name}</td>
                <td>{day(t.createdAt)}</td>
                <td>
                  <Link href={`/templates?from=${t.id}#editor`}>{t.isBuiltIn ? tt('startFromCopy', { title: t.title }) : tt('editAsNewVersion', { title: t.title })}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="editor">{start ? (start.isCopy ? tt('copyOf', { title: start.title }) : tt('newVersionOf', { title: start.title })) : tt('add')}</h2>
      <p>
        {tt.rich('editorIntro', { link: (c) => <a href="/api/v1/templates/schema.json">{c}</a> })}
      </p>
      <IntlProvider namespaces={['templates']}>
        <TemplateEditor key={from ? String(from) : 'new'} initialSource={start?.source ?? ''} />
      </IntlProvider>
    </>
  );
}
