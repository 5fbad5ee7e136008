import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { cleanFileName, formatBytes, sniffEvidence, zipProblem } from '@/lib/files/evidence-type';
import { toXlsx } from '@/lib/exports/xlsx';
import { CSV_BYTES, HTML_AS_PDF, JPEG_BYTES, PNG_BYTES, SVG_WITH_SCRIPT, TEXT_BYTES, docxBytes, odtBytes, pdfBytes, zipBombDocxBytes } from '../fixtures/evidence-files';

describe('sniffEvidence: the type comes from the bytes', () => {
  const accepted: [string, () => Promise<Uint8Array> | Uint8Array, string, string][] = [
    ['a PDF', () => pdfBytes(), 'contract.pdf', 'pdf'],
    ['a PDF named .txt', () => pdfBytes(), 'contract.txt', 'pdf'],
    ['a PNG', () => PNG_BYTES, 'room.png', 'png'],
    ['a JPEG named .pdf', () => JPEG_BYTES, 'room.pdf', 'jpeg'],
    ['a Word document', () => docxBytes(), 'diagram.docx', 'docx'],
    ['an Excel workbook', () => toXlsx([{ name: 'Servers', columns: [{ header: 'Site', kind: 'text' }], rows: [['Goma']] }] as never), 'servers.xlsx', 'xlsx'],
    ['an OpenDocument text', () => odtBytes(), 'minutes.odt', 'odt'],
    ['a CSV table', () => CSV_BYTES, 'sites.csv', 'csv'],
    ['plain text', () => TEXT_BYTES, 'notes.txt', 'txt'],
    ['plain text with accents', () => Buffer.from('Salle serveur inspectée, onduleur testé.\r\n'), 'notes', 'txt'],
  ];
  for (const [what, bytes, name, kind] of accepted) {
    it(`accepts ${what} as ${kind}`, async () => {
      const verdict = await sniffEvidence(await bytes(), name);
      expect(verdict).toMatchObject({ ok: true, kind });
    });
  }

  const refused: [string, () => Uint8Array, string, RegExp][] = [
    ['an empty file', () => new Uint8Array(), 'x.pdf', /empty/],
    ['an HTML page renamed .pdf', () => HTML_AS_PDF, 'contract.pdf', /web-page or image markup/],
    ['an SVG with a script', () => SVG_WITH_SCRIPT, 'diagram.svg', /markup/],
    ['an SVG renamed .png with an XML declaration', () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'diagram.png', /XML document, which cannot be attached/],
    ['text with a NUL byte', () => Buffer.from('abc\u0000def'), 'notes.txt', /binary data/],
    ['bytes that are not UTF-8', () => Buffer.from([0x41, 0xff, 0xfe, 0x42, 0x80]), 'notes.txt', /neither one of the accepted kinds/],
    ['a GIF', () => Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64'), 'photo.png', /GIF image, which cannot be attached/],
    ['a plain zip archive', () => Buffer.from(zipSync({ 'a.txt': strToU8('hello') })), 'evidence.docx', /zip archive/],
    ['a program', () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'report.pdf', /cannot be attached/],
  ];
  for (const [what, bytes, name, message] of refused) {
    it(`refuses ${what}`, async () => {
      const verdict = await sniffEvidence(bytes(), name);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toMatch(message);
    });
  }

  it('refuses a Word document that unpacks to 150 MB (a zip bomb), though its packed size is small', async () => {
    const bomb = zipBombDocxBytes(150);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const verdict = await sniffEvidence(bomb, 'contract.docx');
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/zip bomb/) });
  }, 30_000); // unpacks 100 MB before refusing: seconds on a busy machine

  it('accepts a Word document that unpacks to 50 MB (under the bound)', async () => {
    expect(zipProblem(zipBombDocxBytes(50))).toBeNull();
  }, 30_000);

  it('refuses a truncated office file as damaged', async () => {
    const docx = docxBytes();
    expect(zipProblem(docx.subarray(0, Math.floor(docx.length / 2)))).toMatch(/damaged/);
  });
});

describe('cleanFileName', () => {
  const rows: [string, Parameters<typeof cleanFileName>[1], string][] = [
    ['contract.pdf', 'pdf', 'contract.pdf'],
    ['C:\\Users\\amina\\contract.PDF', 'pdf', 'contract.PDF'],
    ['../../etc/passwd', 'txt', 'passwd.txt'],
    ['diagram.pdf', 'png', 'diagram.pdf.png'],
    ['photo.jpeg', 'jpeg', 'photo.jpeg'],
    ['"quoted"\r\nname.csv', 'csv', 'quotedname.csv'],
    ['', 'pdf', 'evidence.pdf'],
    ['report\u202Efdp.exe', 'pdf', 'reportfdp.exe.pdf'],
    ['..', 'docx', 'evidence.docx'],
  ];
  for (const [raw, kind, want] of rows) it(`${JSON.stringify(raw)} as ${kind} → ${want}`, () => expect(cleanFileName(raw, kind)).toBe(want));
});

describe('formatBytes', () => {
  const rows: [number, string][] = [
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [2048, '2 KB'],
    [20 * 1024 * 1024, '20.0 MB'],
  ];
  for (const [n, want] of rows) it(`${n} → ${want}`, () => expect(formatBytes(n)).toBe(want));
});
