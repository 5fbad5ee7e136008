import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncTemplates } from '@/lib/content/sync-templates';
import { seedDemo } from '@/lib/db/seed-demo';
import { seedDemoAssessment } from '@/lib/db/seed-demo-assessment';
import { renderDocx } from '@/lib/documents/render-docx';
import { renderPdf } from '@/lib/documents/render-pdf';
import type { TActor } from '@/lib/server/actor';
import { buildCurrentRfp } from '@/lib/server/documents/issue-rfp';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { findInternalReferences } from '@/tests/fixtures/internal-references';
import { testDb, truncateAll } from './helpers';

/**
 * The demo's RFP goes to vendors: its real PDF and DOCX bytes, read back as text, carry no seed
 * file name, configuration path, commit hash, "(00N" reference or internal key. The only
 * snake_case words let through are the postgresql.conf settings the sizing asks a bidder to set, and
 * the only file names those of the evidence planners attached (the checkpoint matrix lists them).
 */
describe('the demo RFP in words a bidder reads', () => {
  let pdfText: string;
  let docxText: string;
  let settings: Set<string>;
  /** The names of the files planners attached as evidence: listed in the checkpoint matrix on purpose. */
  let evidenceNames: string[];
  beforeAll(async () => {
    await truncateAll();
    await syncTemplates(testDb());
    await seedDemo(testDb());
    const { id } = (await seedDemoAssessment(testDb()))!;
    const m = await testDb().membership.findFirstOrThrow({ where: { role: 'planner' } });
    const planner: TActor = { userId: m.userId, organizationId: m.organizationId, role: 'planner' };
    const outputs = await loadOutputs(testDb(), planner, id);
    settings = new Set(outputs.sizing.dhis2?.systems.flatMap((s) => s.postgresSettings.map((p) => p.setting)) ?? []);
    evidenceNames = (await testDb().evidenceFile.findMany({ where: { assessmentId: id }, select: { fileName: true } })).map((f) => f.fileName);
    const model = await buildCurrentRfp(testDb(), planner, id);
    const [pdf, docx] = await Promise.all([renderPdf(model), renderDocx(model)]);
    pdfText = ((await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text as string).replace(/-\n/g, '');
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
    docxText = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  }, 240_000);

  it('is a real document with the sizing and its citations', () => {
    expect(settings.has('shared_buffers')).toBe(true);
    for (const text of [pdfText, docxText]) {
      expect(text).toContain('Checkpoint Matrix');
      expect(text).toMatch(/Sources of the checkpoints/);
      expect(text).toContain('A Guide to Transition Your CommCare Infrastructure');
      for (const name of evidenceNames) expect(text).toContain(name);
    }
    expect(evidenceNames.length).toBeGreaterThan(0);
  });

  it.each([
    ['PDF', () => pdfText],
    ['DOCX', () => docxText],
  ])('the %s names no file, path, commit, seed reference or internal key', (_format, text) => {
    const found = findInternalReferences(text(), new Set([...settings, ...evidenceNames]));
    const lines = found.map((f) => `${f.kind}: ${f.match} — …${f.context}…`);
    expect(lines).toEqual([]);
  });
});
