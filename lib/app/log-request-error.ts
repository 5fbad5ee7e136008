import type { Instrumentation } from 'next';
import { log } from '@/lib/log';
import { REQUEST_ID_HEADER } from './request-id-header';

const MESSAGES: Record<Parameters<Instrumentation.onRequestError>[2]['routeType'], string> = {
  render: 'render failed',
  route: 'route failed',
  action: 'action failed',
  proxy: 'proxy failed',
};

/** Errors already logged: React can hand the same error to Next twice (server components, then HTML). */
const logged = new WeakSet<object>();

/**
 * Next's `onRequestError` (instrumentation.ts): a page, server action or route that failed while
 * the response was produced is logged once as our JSON line, with the request id proxy.ts set, so
 * a 500 page can be matched to its cause like a 500 from authedRoute (which logs its own and never
 * reaches this). notFound() and redirect() are not errors and never arrive here.
 */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  if (typeof error === 'object' && error !== null) {
    if (logged.has(error)) return;
    logged.add(error);
  }
  const header = request.headers[REQUEST_ID_HEADER];
  const requestId = Array.isArray(header) ? header[0] : header;
  const digest = (error as { digest?: unknown } | null)?.digest;
  log('error', MESSAGES[context.routeType] ?? 'request failed', requestId, {
    path: request.path,
    method: request.method,
    route: context.routePath,
    ...(context.renderSource ? { renderSource: context.renderSource } : {}),
    ...(typeof digest === 'string' ? { digest } : {}),
    error,
  });
};
