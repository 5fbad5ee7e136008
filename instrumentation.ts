import type { Instrumentation } from 'next';

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
