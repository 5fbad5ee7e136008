import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { addEvidence, listEvidence, openEvidence, removeEvidence } from '@/lib/server/evidence/evidence-files';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';
import { answer, decide, fixtureAssessment, signOffPhase1 } from './assessment-fixture';
import { CSV_BYTES, HTML_AS_PDF, SVG_WITH_SCRIPT, docxBytes, oversizedPdfBytes, pdfBytes, zipBombDocxBytes } from '../fixtures/evidence-files';

const CP = 'commcare.p1.s2.cp-sized';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function world() {
  const home = await makeOrganization(undefined, 'Home');
  const other = await makeOrganization(undefined, 'Other');
  const { id } = await fixtureAssessment(home.actors.planner);
  return { home, other, id };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}

const rowsOf = async () => ({ files: await testDb().evidenceFile.count(), audit: await testDb().auditEvent.count(), checkpoints: await testDb().checkpointState.findMany({ orderBy: { checkpointId: 'asc' } }) });

describe('evidence files on checkpoints', () => {
  beforeEach(truncateAll);
  afterEach(() => {
    delete process.env.EVIDENCE_QUOTA_MB;
    resetEnvCache();
  });

  it('stores a PDF in PostgreSQL with its SHA-256, sniffed type and uploader, and streams it back byte for byte', async () => {
    const { home, id } = await world();
    const pdf = pdfBytes('Network diagram, signed');
    const added = await addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'diagram.pdf' }, pdf);
    expect(added).toMatchObject({ fileName: 'diagram.pdf', size: pdf.length, sha256: sha(pdf), reopened: false });

    const row = await testDb().evidenceFile.findUniqueOrThrow({ where: { id: added.fileId } });
    expect(row).toMatchObject({ mediaType: 'application/pdf', uploadedById: home.actors.planner.userId, organizationId: home.organization.id, checkpointId: CP });
    expect(Buffer.from(row.bytes).equals(pdf)).toBe(true);

    const listed = await listEvidence(testDb(), home.actors.reviewer, id);
    expect(listed).toEqual([expect.objectContaining({ id: added.fileId, fileName: 'diagram.pdf', size: pdf.length, uploadedBy: 'planner 1' })]);

    const opened = await openEvidence(testDb(), home.actors.consultant, { assessmentId: id, fileId: added.fileId });
    expect(opened.mediaType).toBe('application/pdf');
    expect((await readAll(opened.stream)).equals(pdf)).toBe(true);

    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { action: 'evidence.added' } });
    expect(audit).toMatchObject({ subject: CP, actorId: home.actors.planner.userId, after: { fileName: 'diagram.pdf', size: pdf.length, sha256: sha(pdf), kind: 'PDF document' } });
  });

  it('streams a file larger than one read (3 MB) in order', async () => {
    const { home, id } = await world();
    const big = Buffer.concat([Buffer.from('Site,Servers\n'), Buffer.alloc(3 * 1024 * 1024 + 17, 'Goma,2\n')]);
    const added = await addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'sites.csv' }, big);
    const opened = await openEvidence(testDb(), home.actors.planner, { assessmentId: id, fileId: added.fileId });
    expect(opened.mediaType).toBe('text/csv; charset=utf-8');
    expect(sha(await readAll(opened.stream))).toBe(sha(big));
  });

  it.each([
    ['a 21 MB file', () => oversizedPdfBytes(21), 'contract.pdf', 413, /up to 20 MB/],
    ['an HTML page renamed .pdf', () => HTML_AS_PDF, 'contract.pdf', 422, /web-page or image markup/],
    ['an SVG with a script', () => SVG_WITH_SCRIPT, 'diagram.svg', 422, /markup/],
    ['a zip-bomb-like Word document', () => zipBombDocxBytes(150), 'contract.docx', 422, /zip bomb/],
  ])('refuses %s in plain words and stores nothing', async (_what, bytes, fileName, status, message) => {
    const { home, id } = await world();
    const before = await rowsOf();
    const error = await refusal(addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName }, bytes()));
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
    expect(await rowsOf()).toEqual(before);
  });

  it('keeps each organisation within its quota, counting every assessment', async () => {
    process.env.EVIDENCE_QUOTA_MB = '1';
    resetEnvCache();
    const { home, other, id } = await world();
    const half = Buffer.alloc(600 * 1024, 'a\n');
    await addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'one.txt' }, half);
    const error = await refusal(addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'two.txt' }, half));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/evidence files take 600 KB of its 1 MB/);
    expect(await testDb().evidenceFile.count()).toBe(1);
    // Another organisation has its own space.
    const { id: otherId } = await fixtureAssessment(other.actors.planner);
    await addEvidence(testDb(), other.actors.planner, { assessmentId: otherId, checkpointId: CP, fileName: 'one.txt' }, half);
    // Removing a file frees its space.
    const [first] = await listEvidence(testDb(), home.actors.planner, id);
    await removeEvidence(testDb(), home.actors.planner, { assessmentId: id, fileId: first!.id });
    await addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'two.txt' }, half);
  });

  it('two uploads at once cannot both pass the quota', async () => {
    process.env.EVIDENCE_QUOTA_MB = '1';
    resetEnvCache();
    const { home, id } = await world();
    const part = Buffer.alloc(600 * 1024, 'b\n');
    const results = await Promise.allSettled([1, 2, 3].map((n) => addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: `${n}.txt` }, part)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await testDb().evidenceFile.count()).toBe(1);
  });

  it('re-opens an approved checkpoint when evidence is added, and a submitted one when evidence is removed, through the audit trail', async () => {
    const { home, id } = await world();
    await signOffPhase1(home.actors.planner, home.actors.reviewer, id);
    const added = await addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'sizing.csv' }, CSV_BYTES);
    expect(added.reopened).toBe(true);
    let state = await testDb().checkpointState.findFirstOrThrow({ where: { assessmentId: id, checkpointId: CP } });
    expect(state.status).toBe('open');
    expect(state.reopenReason).toBe('Re-opened because the evidence file "sizing.csv" was added after it was approved.');

    await decide(home.actors.planner, id, CP, 'submit');
    const removed = await removeEvidence(testDb(), home.actors.planner, { assessmentId: id, fileId: added.fileId });
    expect(removed).toMatchObject({ reopened: true, fileName: 'sizing.csv', sha256: sha(CSV_BYTES) });
    state = await testDb().checkpointState.findFirstOrThrow({ where: { assessmentId: id, checkpointId: CP } });
    expect(state).toMatchObject({ status: 'open', reopenReason: 'Re-opened because the evidence file "sizing.csv" was removed after it was submitted.' });
    const actions = (await testDb().auditEvent.findMany({ where: { assessmentId: id, subject: CP }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions.slice(-5)).toEqual(['evidence.added', 'checkpoint.reopened', 'checkpoint.submit', 'evidence.removed', 'checkpoint.reopened']);
    const removal = await testDb().auditEvent.findFirstOrThrow({ where: { action: 'evidence.removed' } });
    expect(removal.before).toEqual({ fileName: 'sizing.csv', size: CSV_BYTES.length, sha256: sha(CSV_BYTES) });
  });

  it('leaves an open checkpoint open, and refuses evidence in a locked phase', async () => {
    const { home, id } = await world();
    await answer(home.actors.planner, id, 'commcare.p1.s2.sized', 'yes');
    expect((await addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'a.docx' }, docxBytes())).reopened).toBe(false);
    const locked = await refusal(addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: 'commcare.p2.s1.cp-vendor', fileName: 'a.pdf' }, pdfBytes()));
    expect(locked.status).toBe(409);
    expect(locked.message).toMatch(/^Phase 2 is locked/);
    const unknown = await refusal(addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: 'commcare.nope', fileName: 'a.pdf' }, pdfBytes()));
    expect(unknown.status).toBe(422);
  });

  it('is organisation-scoped: another organisation can neither list, download, attach nor remove', async () => {
    const { home, other, id } = await world();
    const added = await addEvidence(testDb(), home.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'a.pdf' }, pdfBytes());
    const { id: otherId } = await fixtureAssessment(other.actors.planner);
    const before = await rowsOf();
    expect((await refusal(listEvidence(testDb(), other.actors.admin, id))).status).toBe(404);
    expect((await refusal(openEvidence(testDb(), other.actors.admin, { assessmentId: id, fileId: added.fileId }))).status).toBe(404);
    expect((await refusal(addEvidence(testDb(), other.actors.planner, { assessmentId: id, checkpointId: CP, fileName: 'b.pdf' }, pdfBytes()))).status).toBe(404);
    expect((await refusal(removeEvidence(testDb(), other.actors.admin, { assessmentId: id, fileId: added.fileId }))).status).toBe(404);
    // The right file id under one of the caller's own assessments is not found either.
    expect((await refusal(openEvidence(testDb(), other.actors.admin, { assessmentId: otherId, fileId: added.fileId }))).status).toBe(404);
    expect(await rowsOf()).toEqual(before);
  });

  it('lets only planners and administrators attach and remove', async () => {
    const { home, id } = await world();
    for (const role of ['reviewer', 'consultant'] as const) {
      expect((await refusal(addEvidence(testDb(), home.actors[role], { assessmentId: id, checkpointId: CP, fileName: 'a.pdf' }, pdfBytes()))).status).toBe(403);
    }
    await addEvidence(testDb(), home.actors.admin, { assessmentId: id, checkpointId: CP, fileName: 'a.pdf' }, pdfBytes());
  });
});
