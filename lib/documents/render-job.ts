import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { buildReportModel, type TReportModelInput } from '@/lib/domain/documents/build-report-model';
import { buildRfpModel, type TRfpModelInput } from '@/lib/domain/documents/build-rfp-model';
import type { TLocale } from '@/lib/domain/locale';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { localizeRfpContent } from './localize-rfp-content';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { RFP_CONTENT } from './rfp-content';

export type TRenderFormat = 'pdf' | 'docx';
/**
 * What a document is drawn from: a model built already, or the data an RFP or a report is built
 * from (loaded by the server; plain data, cloned into the render process), so the pure but not small work of
 * building the model (text, tables, the reasons in the document's language) leaves the event loop too.
 */
export type TDocSource = { model: TDocModel } | { build: { kind: 'rfp'; input: TRfpModelInput } | { kind: 'report'; input: TReportModelInput }; locale: TLocale };
export type TRenderJob = TDocSource & { format: TRenderFormat };

/** The model of a document source (pure; in a render process or, to read it first, on the server). */
export function docModel(source: TDocSource): TDocModel {
  if ('model' in source) return source.model;
  const { build, locale } = source;
  return build.kind === 'rfp' ? buildRfpModel(build.input, localizeRfpContent(RFP_CONTENT, locale), locale, reasonSayer(locale)) : buildReportModel(build.input, locale, reasonSayer(locale));
}

/** What a render process does with one job (lib/server/documents/render-process.mjs): build the model if need be, draw it in the format asked. */
export function renderJob(job: TRenderJob): Promise<Buffer> {
  const model = docModel(job);
  return job.format === 'pdf' ? renderPdf(model) : renderDocx(model);
}
