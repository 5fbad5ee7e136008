import { describe, expect, it } from 'vitest';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { renderCached } from '@/lib/documents/render-cache';

const model = (title: string): TDocModel => ({
  kind: 'report',
  title,
  subtitle: 'Cache test',
  clientName: 'Ministère de la Santé',
  generatedOn: '25 November 2026',
  coverLines: [],
  isDraft: false,
  missing: [],
  sections: [{ id: 's1', number: '1', title: 'Section', level: 1, blocks: [{ kind: 'paragraph', runs: [{ text: 'Texte accentué.' }] }] }],
});

describe('renderCached', () => {
  it('renders a model once and hands the same document to the next caller', async () => {
    const first = renderCached(model('Report A'), 'pdf');
    expect(renderCached(model('Report A'), 'pdf')).toBe(first);
    expect((await first).subarray(0, 5).toString()).toBe('%PDF-');
  }, 30_000);

  it('renders again when the model or the format differs', async () => {
    const a = renderCached(model('Report B'), 'pdf');
    expect(renderCached(model('Report C'), 'pdf')).not.toBe(a);
    const docx = renderCached(model('Report B'), 'docx');
    expect(docx).not.toBe(a);
    expect((await docx).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);
});
