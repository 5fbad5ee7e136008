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
