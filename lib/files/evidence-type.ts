import { fileTypeFromBuffer } from 'file-type';
import { inflateRawSync } from 'node:zlib';

/**
 * What kind of evidence file some bytes are, decided from the bytes alone (never from the name or
 * the browser's claim): PDF, PNG, JPEG, Word/Excel/OpenDocument text, CSV or plain text. Anything
 * else is refused with a sentence a planner understands. Office files must be real zips whose
 * content stays small once unpacked (a "zip bomb" is refused); text must be valid UTF-8 without
 * NUL bytes or web-page markup (an HTML or SVG file renamed .txt or .pdf is refused).
 */

export const EVIDENCE_KINDS = {
  pdf: { mediaType: 'application/pdf', label: 'PDF document', extension: 'pdf' },
  png: { mediaType: 'image/png', label: 'PNG image', extension: 'png' },
  jpeg: { mediaType: 'image/jpeg', label: 'JPEG image', extension: 'jpg' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document', extension: 'docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel workbook', extension: 'xlsx' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text', extension: 'odt' },
  csv: { mediaType: 'text/csv; charset=utf-8', label: 'CSV table', extension: 'csv' },
  txt: { mediaType: 'text/plain; charset=utf-8', label: 'Text file', extension: 'txt' },
} as const;
export type TEvidenceKind = keyof typeof EVIDENCE_KINDS;

export const ACCEPTED_EVIDENCE_TEXT = 'PDF, PNG or JPEG images, Word, Excel or OpenDocument text files, CSV tables and plain text';

/** Unpacked office files beyond this are refused: real documents of 20 MB unpack to far less. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** And a zip of more entries than this is not a document. */
export const MAX_ZIP_ENTRIES = 5_000;

export type TEvidenceVerdict = { ok: true; kind: TEvidenceKind; mediaType: string; label: string } | { ok: false; reason: string };

const refuse = (reason: string): TEvidenceVerdict => ({ ok: false, reason });
const accept = (kind: TEvidenceKind): TEvidenceVerdict => ({ ok: true, kind, mediaType: EVIDENCE_KINDS[kind].mediaType, label: EVIDENCE_KINDS[kind].label });

const BY_SNIFFED_MIME: Record<string, TEvidenceKind> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
};
const ZIPPED: ReadonlySet<TEvidenceKind> = new Set(['docx', 'xlsx', 'odt']);

/** Markup a browser would run or draw: an HTML page, an SVG image, an XML document, a script. */
const MARKUP = /<\s*(?:!doctype|html|head|body|script|svg|iframe|object|embed|style|meta|link|img|a\s|form|\?xml)\b|<\s*\w+[^>]*\son\w+\s*=/i;
/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

export async function sniffEvidence(bytes: Uint8Array, fileName: string): Promise<TEvidenceVerdict> {
  if (bytes.byteLength === 0) return refuse('The file is empty.');
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed) {
    const kind = BY_SNIFFED_MIME[sniffed.mime];
    if (!kind) return refuse(`This file is a ${describeSniffed(sniffed.ext)}, which cannot be attached. Attach ${ACCEPTED_EVIDENCE_TEXT}.`);
    if (ZIPPED.has(kind)) {
      const problem = zipProblem(bytes);
      if (problem) return refuse(problem);
    }
    return accept(kind);
  }
  return sniffText(bytes, fileName);
}

/** Text: valid UTF-8, no NUL or other control bytes, no markup. CSV when the name says so. */
export function sniffText(bytes: Uint8Array, fileName: string): TEvidenceVerdict {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(`This file is neither one of the accepted kinds nor readable text. Attach ${ACCEPTED_EVIDENCE_TEXT}.`);
  }
  if (CONTROL.test(text)) return refuse(`This file contains binary data, so it is not a text file. Attach ${ACCEPTED_EVIDENCE_TEXT}.`);
  if (MARKUP.test(text)) return refuse('This file contains web-page or image markup (HTML, SVG or XML), which cannot be attached. Save it as PDF first.');
  return accept(/\.csv$/i.test(fileName.trim()) ? 'csv' : 'txt');
}

function describeSniffed(ext: string): string {
  const names: Record<string, string> = { zip: 'zip archive', exe: 'program', gif: 'GIF image', webp: 'WebP image', svg: 'SVG image', xml: 'XML document', html: 'web page', doc: 'old Word document', xls: 'old Excel workbook', mp4: 'video', mp3: 'sound file' };
  return names[ext] ?? 'kind of file';
}

/**
 * Why an office file's zip is unacceptable, or null. Every entry is really unpacked (with zlib,
 * whose output is capped, so a lying header or a bomb costs at most MAX_UNPACKED_BYTES of work):
 * at most MAX_UNPACKED_BYTES in all, in at most MAX_ZIP_ENTRIES entries.
 */
export function zipProblem(bytes: Uint8Array): string | null {
  const tooBig = 'This office file unpacks to far more than a document holds (it looks like a "zip bomb"), so it was refused.';
  const broken = 'This office file is damaged: its contents cannot be unpacked. Save it again, or as PDF, and attach that.';
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return broken;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0 || count === 0xffff || at === 0xffffffff) return broken;
  if (count > MAX_ZIP_ENTRIES) return tooBig;
  let unpacked = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return broken;
    const method = buf.readUInt16LE(at + 10);
    const packedSize = buf.readUInt32LE(at + 20);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return broken;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (packedSize === 0xffffffff || start + packedSize > buf.length) return broken;
    const data = buf.subarray(start, start + packedSize);
    if (method === 0) unpacked += packedSize;
    else if (method === 8) {
      try {
        unpacked += inflateRawSync(data, { maxOutputLength: MAX_UNPACKED_BYTES - unpacked + 1 }).byteLength;
      } catch (error) {
        return error instanceof RangeError ? tooBig : broken;
      }
    } else return broken;
    if (unpacked > MAX_UNPACKED_BYTES) return tooBig;
  }
  return null;
}

/** A name safe to show and to send back in Content-Disposition: no path, no control characters, at most 160 characters. */
export function cleanFileName(raw: string, kind: TEvidenceKind): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // Control characters, characters Windows refuses in names, and direction overrides ("gnp.exe" shown backwards).
  const cleaned = base.replace(/[\u0000-\u001F\u007F"<>|*?:\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().slice(0, 160);
  const extension = EVIDENCE_KINDS[kind].extension;
  const name = cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : `evidence.${extension}`;
  // The saved name ends as the bytes are: "diagram.pdf" that is really a PNG downloads as "diagram.pdf.png".
  const ends = kind === 'jpeg' ? /\.(jpe?g)$/i : new RegExp(`\\.${extension}$`, 'i');
  return ends.test(name) ? name : `${name}.${extension}`;
}

/** "PDF document" for a stored media type; "File" for one no longer accepted. */
export function evidenceKindLabel(mediaType: string): string {
  return Object.values(EVIDENCE_KINDS).find((k) => k.mediaType === mediaType)?.label ?? 'File';
}

/** "2.4 MB", "830 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} ${n === 1 ? 'byte' : 'bytes'}`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
