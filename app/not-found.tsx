import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

/** The app's 404 page: for unknown addresses and for records that are missing or not yours to see. */
export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>This page does not exist, or it belongs to an organisation you are not signed in to.</p>
      <p>If someone sent you this link, check that you are signed in to their organisation.</p>
      <p>
        <Link href="/">Back to your assessments</Link>
      </p>
    </main>
  );
}
