import 'server-only';
import { headers } from 'next/headers';
import { REQUEST_ID_HEADER } from './request-id-header';

/** This request's id, from proxy.ts; null outside a request. */
export async function requestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    return null;
  }
}
