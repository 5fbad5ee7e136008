import { chromium } from '@playwright/test';
import type { TPrisma } from '@/lib/db/client';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { renderPdf } from '@/lib/documents/render-pdf';
import type { TActor } from '@/lib/server/actor';
import { loadDocumentInput } from '@/lib/server/documents/load-document-input';
import { rfpModelToHtml } from './rfp-html';
import { median, timeRuns } from './stats';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface TRfpBench {
  sections: number;
  reactPdf: { median: number; bytes: number; pages: number };
  chromium: { median: number; bytes: number; pages: number; launch: number; htmlBytes: number };
  /** GET /api/v1/assessments/{id}/rfp/draft.pdf on the running app, its cached render removed first: loading, building, rendering in a worker, storing. */
  http: { median: number };
}

const pageCount = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/**
 * The RFP of the demo assessment: build the model and render it with react-pdf (the app's way),
 * against build the model, draw it as HTML and have an already-running headless Chromium print it
 * (the usual alternative). The document input is loaded from the database once for both; each side
 * is the median of `runs` after one warm-up. Chromium's launch is reported apart (a server keeps
 * it running).
 */
export async function benchRfp(options: { prisma: TPrisma; actor: TActor; assessmentId: string; origin: string; cookie: string; runs: number }): Promise<TRfpBench> {
  const input = await loadDocumentInput(options.prisma, options.actor, options.assessmentId);
  const model = () => buildRfpModel({ ...input, generatedAt: new Date().toISOString() }, RFP_CONTENT);

  let pdf: Buffer = Buffer.alloc(0);
  const reactPdf = await timeRuns(options.runs, async () => {
    pdf = await renderPdf(model());
  });

  const launchStarted = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const launch = performance.now() - launchStarted;
  let chromePdf: Buffer = Buffer.alloc(0);
  let htmlBytes = 0;
  try {
    const page = await browser.newPage();
    const footer = '<div style="font-size:7pt;color:#57606a;width:100%;padding:0 50pt;display:flex;justify-content:space-between"><span class="title"></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';
    const chrome = await timeRuns(options.runs, async () => {
      const html = rfpModelToHtml(model());
      htmlBytes = Buffer.byteLength(html);
      await page.setContent(html, { waitUntil: 'load' });
      chromePdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer, margin: { top: '75px', bottom: '75px', left: '67px', right: '67px' } });
    });

    const http = await timeRuns(options.runs, async () => {
      // Cold: the stored render of this draft is removed first (a one-row DELETE), so each run renders.
      await options.prisma.renderedDocument.deleteMany({ where: { assessmentId: options.assessmentId } });
      const res = await fetch(`${options.origin}/api/v1/assessments/${options.assessmentId}/rfp/draft.pdf`, { headers: { cookie: options.cookie } });
      if (!res.ok) throw new Error(`draft.pdf answered ${res.status}`);
      await res.arrayBuffer();
    });

    return {
      sections: model().sections.length,
      reactPdf: { median: median(reactPdf), bytes: pdf.length, pages: pageCount(pdf) },
      chromium: { median: median(chrome), bytes: chromePdf.length, pages: pageCount(chromePdf), launch, htmlBytes },
      http: { median: median(http) },
    };
  } finally {
    await browser.close();
  }
}
