import 'server-only';
import { notFound } from 'next/navigation';
import { DomainError } from '@/lib/server/errors';

/**
 * A page's data, or the app's 404 page when the data layer answers "not found": a malformed or
 * unknown id, or another organisation's (which must look the same). Other errors go on to
 * Next's error handling and the log.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
}
