import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { getLocale } from 'next-intl/server';
import { ScrollRegions } from './_components/scroll-regions';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Hosting Readiness', template: '%s · Hosting Readiness' },
  description: 'Get ready to host CommCare HQ and DHIS2 on your own servers.',
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Rendered per request: the CSP nonce of proxy.ts must reach every page's scripts, so no page is prerendered. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang={await getLocale()}>
      <body>
        {children}
        <ScrollRegions />
      </body>
    </html>
  );
}
