import { reasonSayer } from '@/lib/i18n/reason-text';
import { chromium } from '@playwright/test';
import type { TPrisma } from '@/lib/db/client';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import type { TDocModel } from '@/lib/domain/documents/doc-model';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import type { TActor } from '@/lib/server/actor';
import { loadDocumentInput } from '@/lib/server/documents/load-document-input';
import { closeRenderPool, renderInPool } from '@/lib/server/documents/render-pool';
import { rfpModelToHtml } from './rfp-html';
import { treeCpuMs } from './proc-cpu';
import { median, timeRuns } from './stats';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** One renderer's figures: median wall time and median CPU time (all threads, or all of Chromium's processes) per render. */
export interface TRendererFigures {
  median: number;
  cpuMedian: number;
  bytes: number;
  pages: number;
}

export interface TRendererComparison {
  sections: number;
  reactPdf: TRendererFigures;
  chromium: TRendererFigures & { launch: number; htmlBytes: number };
}

export interface TRfpBench extends TRendererComparison {
  /** GET /api/v1/assessments/{id}/rfp/draft.pdf on the running app, its cached render removed first: loading, building, rendering in a worker, storing. */
  http: { median: number };
}

const pageCount = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** CPU time (ms) of this process and every process under it (the render process, Chromium's browser, renderer and utility processes). */
const treeCpu = () => treeCpuMs(process.pid);

/**
 * Times the renderers in turn, one run of each per round, after one warm-up each: a machine that
 * slows down or speeds up during the measurement (a neighbour, the host) then weighs on both alike,
 * not on whichever ran its block of runs at the wrong minute. Also returns the CPU time `cpu()`
 * advanced by during each run.
 */
async function timeAlternating(runs: number, cpu: () => number, renderers: (() => Promise<unknown>)[]): Promise<{ wall: number[]; cpu: number[] }[]> {
  const results = renderers.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (const run of renderers) await run();
  for (let i = 0; i < runs; i++) {
    for (const [index, run] of renderers.entries()) {
      const [before, started] = [cpu(), performance.now()];
      await run();
      results[index]!.wall.push(performance.now() - started);
      results[index]!.cpu.push(cpu() - before);
    }
  }
  return results;
}

/** The app's way: the model rendered in a process of the render pool (lib/server/documents/render-pool.ts, its own settings). */
export const renderInRenderProcess = (model: TDocModel) => renderInPool('bench', { model, format: 'pdf' });

/**
 * The same RFP model rendered by react-pdf (the app's way: build the model, render in a process of the render pool) and
 * by an already-running headless Chromium printing it as HTML (the usual alternative): median of
 * `runs` after one warm-up each, the two taking turns, wall and CPU time. Chromium's launch is reported apart (a server
 * keeps it running). CPU time counts react-pdf's render process and this one, and every
 * Chromium process, so on a loaded machine it says more than wall time.
 */
export async function compareRfpRenderers(model: () => TDocModel, runs: number, render: (model: TDocModel) => Promise<Buffer> = renderInRenderProcess): Promise<TRendererComparison & { close: () => Promise<void> }> {
  let pdf: Buffer = Buffer.alloc(0);
  const launchStarted = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const launch = performance.now() - launchStarted;
  try {
    const page = await browser.newPage();
    let chromePdf: Buffer = Buffer.alloc(0);
    let htmlBytes = 0;
    const footer = '<div style="font-size:7pt;color:#57606a;width:100%;padding:0 50pt;display:flex;justify-content:space-between"><span class="title"></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';
    const [reactPdf, chrome] = await timeAlternating(runs, treeCpu, [
      // react-pdf's CPU: the render process's (a descendant) and this process's (building the model).
      async () => {
        pdf = await render(model());
      },
      // Chromium's CPU: its processes' and this process's (building the model and the HTML, Playwright's side).
      async () => {
        const html = rfpModelToHtml(model());
        htmlBytes = Buffer.byteLength(html);
        await page.setContent(html, { waitUntil: 'load' });
        chromePdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer, margin: { top: '75px', bottom: '75px', left: '67px', right: '67px' } });
      },
    ]);
    return {
      sections: model().sections.length,
      reactPdf: { median: median(reactPdf.wall), cpuMedian: median(reactPdf.cpu), bytes: pdf.length, pages: pageCount(pdf) },
      chromium: { median: median(chrome.wall), cpuMedian: median(chrome.cpu), bytes: chromePdf.length, pages: pageCount(chromePdf), launch, htmlBytes },
      close: async () => {
        await browser.close();
        await closeRenderPool();
      },
    };
  } catch (error) {
    await browser.close();
    await closeRenderPool();
    throw error;
  }
}

/**
 * The RFP of the demo assessment, its input loaded from the database once: react-pdf vs. Chromium
 * (compareRfpRenderers), then the app's own draft.pdf route with the stored render removed first.
 */
export async function benchRfp(options: { prisma: TPrisma; actor: TActor; assessmentId: string; origin: string; cookie: string; runs: number }): Promise<TRfpBench> {
  const input = await loadDocumentInput(options.prisma, options.actor, options.assessmentId);
  const model = () => buildRfpModel({ ...input, generatedAt: new Date().toISOString() }, RFP_CONTENT, 'en', reasonSayer('en'));
  const { close, ...comparison } = await compareRfpRenderers(model, options.runs);
  try {
    const http = await timeRuns(options.runs, async () => {
      // Cold: the stored render of this draft is removed first (a one-row DELETE), so each run renders.
      await options.prisma.renderedDocument.deleteMany({ where: { assessmentId: options.assessmentId } });
      const res = await fetch(`${options.origin}/api/v1/assessments/${options.assessmentId}/rfp/draft.pdf`, { headers: { cookie: options.cookie } });
      if (!res.ok) throw new Error(`draft.pdf answered ${res.status}`);
      await res.arrayBuffer();
    });
    return { ...comparison, http: { median: median(http) } };
  } finally {
    await close();
  }
}
