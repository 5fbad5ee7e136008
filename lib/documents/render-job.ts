import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

export type TRenderFormat = 'pdf' | 'docx';
export type TRenderJob = { model: TDocModel; format: TRenderFormat };

/** What a render worker does with one job (lib/documents/render-worker.mjs): draw the model in the format asked. */
export function renderJob({ model, format }: TRenderJob): Promise<Buffer> {
  return format === 'pdf' ? renderPdf(model) : renderDocx(model);
}
