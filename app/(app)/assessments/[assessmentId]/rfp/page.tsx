import Link from 'next/link';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import type { TMissingItem } from '@/lib/domain/documents/doc-model';
import { loadRfpDetails } from '@/lib/server/documents/load-document-input';
import { buildCurrentRfp, listIssuedRfps } from '@/lib/server/documents/issue-rfp';
import { DocPreview } from '@/app/_components/doc-preview';
import { IssueButton } from './issue-button';
import { RfpDetailsForm } from './rfp-details-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';
import { assessmentTitleParts } from '@/lib/server/assessments/page-title';

function hrefOf(assessmentId: string, m: TMissingItem): string {
  switch (m.target.kind) {
    case 'question':
      return `/assessments/${assessmentId}/phases/${m.target.phaseId}#q-${m.target.questionId}`;
    case 'rfp-field':
      return `#rfp-${m.target.field}`;
    case 'tool':
      return `/assessments/${assessmentId}/${m.target.tool}`;
  }
}

export const generateMetadata = assessmentMetadata('Request for Proposals');

export default async function RfpPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const model = await orNotFound(buildCurrentRfp(db(), session.actor, assessmentId));
  const { name } = await assessmentTitleParts(db(), session.actor, assessmentId);
  const [issued, draft] = await Promise.all([listIssuedRfps(db(), session.actor, assessmentId), loadRfpDetails(db(), assessmentId)]);
  const files = `/api/v1/assessments/${assessmentId}/rfp`;
  return (
    <>
      <p className="muted">
        <Link href="/">Assessments</Link> › <Link href={`/assessments/${assessmentId}`}>{name}</Link> ›
      </p>
      <h1>Request for Proposals</h1>
      <p>
        {model.isDraft ? (
          <span className="badge bad" data-testid="rfp-state">
            Draft: {model.missing.length} item{model.missing.length === 1 ? '' : 's'} missing
          </span>
        ) : (
          <span className="badge ok" data-testid="rfp-state">
            Complete: ready to issue
          </span>
        )}{' '}
        Download the current text: <a href={`${files}/draft.pdf`}>PDF</a> · <a href={`${files}/draft.docx`}>DOCX</a> · <a href={`/api/v1/assessments/${assessmentId}/report.pdf`}>assessment report (PDF)</a>
      </p>
      {model.missing.length > 0 && (
        <section aria-labelledby="rfp-missing" className="notice">
          <h2 id="rfp-missing" style={{ fontSize: '1rem', margin: '0 0 .25rem' }}>
            Still missing (the PDF says DRAFT until these are filled in)
          </h2>
          <ul style={{ margin: 0 }}>
            {model.missing.map((m) => (
              <li key={m.key}>
                <a href={hrefOf(assessmentId, m)}>{m.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="issued">
        <h2 id="issued">Issued versions</h2>
        {can(session.role, 'rfp.issue') && <IssueButton assessmentId={assessmentId} isDraft={model.isDraft} />}
        {issued.length === 0 ? (
          <p className="muted">None issued yet.</p>
        ) : (
          <div className="table-wrap">
            <table aria-label="Issued versions">
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Issued</th>
                  <th scope="col">By</th>
                  <th scope="col">Files (SHA-256)</th>
                </tr>
              </thead>
              <tbody>
                {issued.map((r) => (
                  <tr key={r.version}>
                    <th scope="row">v{r.version}</th>
                    <td>{r.issuedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</td>
                    <td>{r.issuedBy}</td>
                    <td>
                      <a href={`${files}/v${r.version}.pdf`}>PDF</a> <code className="muted">{r.pdfSha256.slice(0, 16)}…</code> · <a href={`${files}/v${r.version}.docx`}>DOCX</a> <code className="muted">{r.docxSha256.slice(0, 16)}…</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="rfp-details">
        <h2 id="rfp-details">RFP details and narrative</h2>
        {can(session.role, 'rfp.edit') ? (
          <RfpDetailsForm assessmentId={assessmentId} details={draft.details} version={draft.version} />
        ) : (
          <p className="muted">Consultants fill these in; your role can read the RFP.</p>
        )}
      </section>
      <h2>Preview</h2>
      <DocPreview model={model} />
    </>
  );
}
