import 'server-only';
import { afterCommit, notify } from '../notifications/notify';
import { createHash } from 'node:crypto';
import type { TPrisma } from '@/lib/db/client';
import { isUuid } from '@/lib/schemas/ids';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { docModel, type TDocSource } from '@/lib/documents/render-job';
import type { TLocale } from '@/lib/domain/locale';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { ZIssueRfp } from '@/lib/schemas/rfp-actions';
import { requirePermission, type TActor } from '../actor';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { loadDocumentInput } from './load-document-input';
import { renderInPool } from './render-pool';
import { requireEditableById } from '../assessments/require-editable';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The RFP as it would be issued now (a DRAFT while anything is missing), in `locale`. */
export async function buildCurrentRfp(prisma: TPrisma, actor: TActor, assessmentId: string, now = new Date(), locale: TLocale = 'en'): Promise<TDocModel> {
  return docModel(await currentRfpSource(prisma, actor, assessmentId, now, locale));
}

/** What the RFP as of now is built from (the model is built where it is drawn: in a render process). */
export async function currentRfpSource(prisma: TPrisma, actor: TActor, assessmentId: string, now = new Date(), locale: TLocale = 'en'): Promise<TDocSource> {
  const input = await loadDocumentInput(prisma, actor, assessmentId, locale);
  if (input.platforms.length === 0) throw new ConflictError('The RFP asks for hosting of CommCare HQ or DHIS2, and this assessment covers neither; add one of them to draft an RFP.');
  return { build: { kind: 'rfp', input: { ...input, generatedAt: now.toISOString() } }, locale };
}

/** What the assessment report as of now, in `locale`, is built from. */
export async function currentReportSource(prisma: TPrisma, actor: TActor, assessmentId: string, now = new Date(), locale: TLocale = 'en'): Promise<TDocSource> {
  const input = await loadDocumentInput(prisma, actor, assessmentId, locale);
  return { build: { kind: 'report', input: { ...input, generatedAt: now.toISOString() } }, locale };
}

/** The assessment report as of now, in `locale`. */
export async function buildCurrentReport(prisma: TPrisma, actor: TActor, assessmentId: string, now = new Date(), locale: TLocale = 'en'): Promise<TDocModel> {
  return docModel(await currentReportSource(prisma, actor, assessmentId, now, locale));
}

export type TIssuedRfpSummary = { version: number; locale: string; issuedAt: Date; issuedBy: string; pdfSha256: string; docxSha256: string; pdfBytes: number; docxBytes: number };

/**
 * Issues the RFP: renders the PDF and the DOCX once, stores the exact bytes with their SHA-256 under
 * the next version number, and audits it. Refused while the RFP is still a draft.
 */
export async function issueRfp(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ version: number; locale: TLocale; pdfSha256: string; docxSha256: string }> {
  requirePermission(actor, 'rfp.issue');
  const parsed = ZIssueRfp.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('Say which assessment.', fieldErrors(parsed.error));
  const { assessmentId, locale } = parsed.data;
  await requireEditableById(prisma, actor, assessmentId); // before the rendering, which takes seconds
  const model = await buildCurrentRfp(prisma, actor, assessmentId, new Date(), locale);
  if (model.isDraft) {
    throw new ConflictError(`The RFP is still a draft: ${model.missing.length} item${model.missing.length === 1 ? '' : 's'} missing (${model.missing.slice(0, 3).map((m) => m.label).join('; ')}${model.missing.length > 3 ? '…' : ''}). Complete them first.`);
  }
  // Off the event loop, both at once when there are threads for both.
  const [pdf, docx] = await Promise.all([renderInPool(actor.userId, { model, format: 'pdf' }), renderInPool(actor.userId, { model, format: 'docx' })]);
  const pdfSha256 = sha256(pdf);
  const docxSha256 = sha256(docx);
  const issued = await prisma.$transaction(async (tx) => {
    await requireEditableById(tx, actor, assessmentId); // archived while it rendered
    const last = await tx.issuedRfp.findFirst({ where: { assessmentId }, orderBy: { version: 'desc' }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    await tx.issuedRfp.create({ data: { assessmentId, version, issuedById: actor.userId, locale, pdf: new Uint8Array(pdf), docx: new Uint8Array(docx), pdfSha256, docxSha256 } });
    await tx.auditEvent.create({ data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'rfp.issued', subject: `rfp.v${version}`, after: { version, locale, pdfSha256, docxSha256 } } });
    const mailNow = await notify(tx, [{ kind: 'rfp.issued', actorId: actor.userId }], { organizationId: actor.organizationId, assessmentId, rfpVersion: version });
    return { result: { version, locale, pdfSha256, docxSha256 }, mailNow };
  });
  afterCommit(prisma, issued.mailNow);
  return issued.result;
}

/** Issued versions, newest first, without their bytes. */
export async function listIssuedRfps(prisma: TPrisma, actor: TActor, assessmentId: string): Promise<TIssuedRfpSummary[]> {
  requirePermission(actor, 'rfp.read');
  if (!isUuid(assessmentId)) throw new NotFoundError('That assessment');
  const rows = await prisma.$queryRaw<{ version: number; locale: string; issuedAt: Date; issuedBy: string; pdfSha256: string; docxSha256: string; pdfBytes: number; docxBytes: number }[]>`
    SELECT r.version, r.locale, r."issuedAt", u.name AS "issuedBy", r."pdfSha256", r."docxSha256", octet_length(r.pdf) AS "pdfBytes", octet_length(r.docx) AS "docxBytes"
    FROM "IssuedRfp" r JOIN "Assessment" a ON a.id = r."assessmentId" LEFT JOIN "User" u ON u.id = r."issuedById"
    WHERE r."assessmentId" = ${assessmentId}::uuid AND a."organizationId" = ${actor.organizationId}::uuid
    ORDER BY r.version DESC`;
  return rows;
}

/** The stored bytes of one issued version, exactly as issued. */
export async function issuedRfpFile(prisma: TPrisma, actor: TActor, assessmentId: string, version: number, format: 'pdf' | 'docx'): Promise<{ bytes: Uint8Array; sha256: string }> {
  requirePermission(actor, 'rfp.read');
  // A malformed id would reach PostgreSQL's uuid cast and fail there (a 500): it names nothing.
  if (!isUuid(assessmentId) || !Number.isSafeInteger(version)) throw new NotFoundError('That issued RFP');
  const where = { assessmentId, version, assessment: { organizationId: actor.organizationId } };
  if (format === 'pdf') {
    const row = await prisma.issuedRfp.findFirst({ where, select: { pdf: true, pdfSha256: true } });
    if (!row) throw new NotFoundError('That issued RFP');
    return { bytes: row.pdf, sha256: row.pdfSha256 };
  }
  const row = await prisma.issuedRfp.findFirst({ where, select: { docx: true, docxSha256: true } });
  if (!row) throw new NotFoundError('That issued RFP');
  return { bytes: row.docx, sha256: row.docxSha256 };
}
