import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive Chromium against the production build, started by scripts/start.ts on
 * its own port with a throwaway embedded PostgreSQL (or a throwaway database on DATABASE_URL's
 * server). Debian's /usr/bin/chromium is used when present, Playwright's own browser elsewhere.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = '/usr/bin/chromium';
const dataDir = process.env.E2E_PG_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hr-e2e-'));
process.env.E2E_PG_DATA_DIR = dataDir; // the config is evaluated again in workers: keep one directory
fs.chmodSync(dataDir, 0o755);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: fs.existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        }
      : {},
  },
  projects: [
    // Each demo role signs in once through the sign-in page; the specs reuse those sessions (tests/e2e/helpers.ts#signedIn).
    { name: 'setup', testMatch: /sign-ins\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
    { name: 'laptop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }, dependencies: ['setup'] },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }, grep: /@phone/, dependencies: ['setup'] },
  ],
  webServer: {
    command: 'npx tsx scripts/start.ts',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      PG_DATA_DIR: path.join(dataDir, 'pg'),
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      // Many sign-ins from one address during the run; the limits are tested in integration tests.
      SIGN_IN_MAX_FAILURES_PER_IP: '1000',
      // No background re-renders of drafts after each change: the specs download what they test, and
      // the renders would compete for the CPU (integration and system tests cover the refresh).
      DRAFT_REFRESH_MS: '0',
      // The demo ministry works in French; the specs read the demo accounts' pages in English (i18n.spec.ts uses its own users).
      DEMO_LOCALE: 'en',
      // tests/e2e/pseudo-locale.spec.ts walks the pages in the pseudo-language (lib/i18n/pseudo-locale.ts).
      PSEUDO_LOCALE: '1',
    },
  },
});
