import type { Instrumentation } from 'next';

/**
 * When the server starts: the render processes start too (lib/server/documents/render-pool.ts), so
 * the first document anyone asks for does not wait for one to load the renderer, and the server's
 * thread is not busy starting it while people save (not while the app is being built).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startRenderPool } = await import('@/lib/server/documents/render-pool');
  startRenderPool();
}

/**
 * Next calls this for every error while rendering a page or running an action or route: one JSON
 * log line each (lib/app/log-request-error.ts). Our code runs on Node.js only; the logger is
 * loaded there so the Edge build of this file stays free of Node APIs.
 */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/lib/app/log-request-error');
  await logRequestError(...args);
};
