import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_ID_HEADER } from '@/lib/app/request-id-header';

/**
 * Gives every request an id: handlers read it from the request header (for their logs) and the
 * client gets it back as a response header (to quote when reporting a problem). Always a new id:
 * one sent by the client is not trusted.
 */
export function proxy(request: NextRequest) {
  const id = crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
