/**
 * The Content-Security-Policy of every page: scripts only from this origin or carrying this
 * request's nonce (Next adds it to its own scripts when it finds the policy on the request), no
 * plugins, no framing, forms only to ourselves. Inline style attributes stay allowed: React's
 * `style` props need them and they cannot carry a nonce.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The policy of the JSON API and file downloads (/api/v1, /api/health): nothing of them is ever a
 * page, so nothing may load, run or frame them.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** Paths served by route handlers only (no page renders there): scripts/serve.ts gives them their headers, proxy.ts skips them. */
export const isApiPath = (path: string) => path.startsWith('/api/v1/') || path === '/api/health' || path.startsWith('/api/health?');
