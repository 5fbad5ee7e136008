import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { E2E_SERVERS_READY, e2eServerPlan, type TE2eServer } from './tests/e2e/servers';

/**
 * End-to-end tests drive Chromium against the production build. The specs are shared out between
 * E2E_SERVERS servers (default 2), each started by scripts/start.ts on its own port with its own
 * throwaway embedded PostgreSQL (or its own throwaway database on DATABASE_URL's server). Each
 * server runs its specs one after the other in one worker, so no spec ever sees another's writes;
 * the servers run side by side. Debian's /usr/bin/chromium is used when present.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * Debian's headless shell (`apt-get install chromium-headless-shell`) is the lighter headless build
 * Playwright itself runs in headless mode: it used about 40 % less CPU than the full Chromium on the
 * same specs (60 s against 99 s), and the suite is CPU-bound. Else Debian's Chromium; else Playwright's own.
 */
const systemChromium = process.env.E2E_CHROMIUM ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((f) => fs.existsSync(f)) ?? '/usr/bin/chromium';
const dataDir = process.env.E2E_PG_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hr-e2e-'));
process.env.E2E_PG_DATA_DIR = dataDir; // the config is evaluated again in workers: keep one directory
fs.chmodSync(dataDir, 0o755);
const runId = (process.env.E2E_RUN_ID ??= String(Date.now()));

const servers = e2eServerPlan({ port: PORT, count: Number(process.env.E2E_SERVERS ?? 2), dataDir, runId, databaseUrl: process.env.DATABASE_URL });

const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    }
  : {};

const laptop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
const phone = { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } };

/**
 * Per server: sign the demo roles in, then all its specs on a laptop, then their @phone tests at
 * 390 px. The chain keeps one server's tests from ever running at the same time. A project another
 * depends on runs whole, so to run one spec: `npx playwright test <spec> --project='laptop-*'`
 * (or `--no-deps`: a spec then signs in through the page).
 */
function projectsOf(server: TE2eServer): NonNullable<PlaywrightTestConfig['projects']> {
  const use = { baseURL: server.baseURL, launchOptions };
  const metadata = { server: server.name };
  return [
    // Each demo role signs in once through the sign-in page; the specs reuse those sessions (tests/e2e/helpers.ts#signedIn).
    { name: `setup-${server.name}`, testMatch: /sign-ins\.setup\.ts$/, use: { ...devices['Desktop Chrome'], ...use }, metadata, workers: 1 },
    { name: `laptop-${server.name}`, testMatch: server.specs, use: { ...laptop, ...use }, metadata, dependencies: [`setup-${server.name}`], workers: 1 },
    { name: `phone-${server.name}`, testMatch: server.specs, grep: /@phone/, use: { ...phone, ...use }, metadata, dependencies: [`laptop-${server.name}`], workers: 1 },
  ];
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: servers.length,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Recording a trace costs about a fifth of the browser's CPU even when it is thrown away; a failure
  // still leaves its page snapshot (error-context.md). E2E_TRACE=retain-on-failure records them.
  use: { trace: (process.env.E2E_TRACE as 'retain-on-failure' | undefined) ?? 'off' },
  projects: servers.flatMap(projectsOf),
  globalTeardown: './tests/e2e/global-teardown.ts',
  // One command starts every server side by side (Playwright starts the entries of a list one after the
  // other, each once the previous one answers) and says when all of them answer: tests/e2e/start-servers.ts.
  webServer: {
    command: 'node --import tsx tests/e2e/start-servers.ts',
    wait: { stdout: new RegExp(E2E_SERVERS_READY) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
