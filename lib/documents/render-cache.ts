import { createHash } from 'node:crypto';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

/**
 * Drafts and reports are rendered from a model; the same model gives the same document, so the
 * last few renders are kept in memory by a hash of the model. A PDF takes seconds of CPU (during
 * which this process answers nothing else): opening the preview and then downloading, or a second
 * download, no longer pays twice. Issued RFPs do not use this: their bytes are stored.
 */
const MAX_ENTRIES = 16;
const cache = new Map<string, Promise<Buffer>>();

export function renderCached(model: TDocModel, format: 'pdf' | 'docx'): Promise<Buffer> {
  const key = `${format}:${createHash('sha256').update(JSON.stringify(model)).digest('hex')}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const rendering = format === 'pdf' ? renderPdf(model) : renderDocx(model);
  cache.set(key, rendering);
  rendering.catch(() => cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return rendering;
}
