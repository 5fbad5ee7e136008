import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/app/content-security-policy';
import { REQUEST_ID_HEADER } from '@/lib/app/request-id-header';
import { env, isHttpsDeployment } from '@/lib/env';

/**
 * Every request gets an id and a CSP nonce. Handlers read the id from the request header (for
 * their logs) and the client gets it back as a response header (to quote when reporting a
 * problem); one sent by the client is not trusted. Next reads the nonce from the policy on the
 * request and puts it on the scripts it renders; the browser gets the same policy.
 */
export function proxy(request: NextRequest) {
  // scripts/serve.ts (what `npm start` runs) has named the request already; a bare `next start` has not.
  const id = (env().HR_CLIENT_ADDRESS_FROM_SERVER && request.headers.get(REQUEST_ID_HEADER)) || crypto.randomUUID();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  response.headers.set('content-security-policy', policy);
  // From the configured public URL, not from the request: a client cannot talk the app out of it.
  if (isHttpsDeployment()) response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  return response;
}

export const config = {
  // Files of public/ (icon, robots.txt) are not pages: no nonce or request id needed; next.config.js still sets their headers.
  // The JSON API (/api/v1/…, /api/health) gets its request id and policy from scripts/serve.ts (lib/app/content-security-policy.ts isApiPath).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/v1/|api/health).*)'],
};
