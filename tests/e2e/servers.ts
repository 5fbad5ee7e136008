import fs from 'node:fs';
import path from 'node:path';
import { withDatabase } from '../../lib/db/migrations';

export type TE2eServer = {
  name: string;
  port: number;
  baseURL: string;
  pgDataDir: string;
  pgPort: number;
  /** Its own database on DATABASE_URL's server, when the run has one (scripts/start.ts creates it). */
  databaseUrl?: string;
  /** The spec files it runs. */
  specs: RegExp[];
};

/**
 * About how long each spec file takes on one server (seconds, laptop and phone together, measured in
 * a clean-clone CI run on the 2-core machine of the README with two servers side by side, 1 December
 * 2026; accessibility scaled to its smaller default list). Only used to share the specs out evenly; a
 * spec not listed counts as DEFAULT_SECONDS. Re-measure with `npx playwright test --reporter=json` when it drifts.
 */
const SPEC_SECONDS: Record<string, number> = {
  'i18n.spec.ts': 125,
  // Re-measured on 2 December 2026 after cheaper axe runs (-33 %) and cached database fingerprints (-54 %).
  'accessibility.spec.ts': 124,
  'memberships.spec.ts': 89,
  'bad-input.spec.ts': 70,
  'rfp.spec.ts': 79,
  'plain-language.spec.ts': 53,
  'auth.spec.ts': 52,
  'archive-and-phone.spec.ts': 50,
  'assessment-journey.spec.ts': 43,
  'not-found.spec.ts': 41,
  'discussion.spec.ts': 40,
  'sizing-config.spec.ts': 37,
  'pseudo-locale.spec.ts': 37,
  'api-matrix.spec.ts': 26,
  'outputs.spec.ts': 22,
  'evidence.spec.ts': 22,
  'milestones.spec.ts': 21,
  'templates.spec.ts': 20,
  'api-tokens.spec.ts': 13,
  'security.spec.ts': 12,
  'sizing.spec.ts': 4,
};
const DEFAULT_SECONDS = 30;

/** Every spec file of tests/e2e. */
function specFiles(): string[] {
  return fs
    .readdirSync(path.join(__dirname))
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
}

/**
 * Shares the spec files out between `count` servers, longest first onto the least loaded one, so
 * the servers finish at about the same time. The same files always go to the same server.
 */
export function shareSpecs(files: string[], count: number, seconds: (file: string) => number): string[][] {
  const shares = Array.from({ length: count }, () => ({ files: [] as string[], total: 0 }));
  const longestFirst = [...files].sort((a, b) => seconds(b) - seconds(a) || a.localeCompare(b));
  for (const file of longestFirst) {
    const least = shares.reduce((min, s) => (s.total < min.total ? s : min));
    least.files.push(file);
    least.total += seconds(file);
  }
  return shares.map((s) => s.files.sort());
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function e2eServerPlan(options: { port: number; count: number; dataDir: string; runId: string; databaseUrl?: string }): TE2eServer[] {
  const count = Math.max(1, Math.min(4, Math.floor(options.count) || 1));
  const shares = shareSpecs(specFiles(), count, (f) => SPEC_SECONDS[f] ?? DEFAULT_SECONDS);
  return shares.map((files, i) => {
    const name = String.fromCharCode(97 + i);
    // The first server keeps E2E_PORT; the others sit 1000 ports above, out of the way of other runs' E2E_PORTs.
    const port = options.port + i * 1000;
    return {
      name,
      port,
      baseURL: `http://localhost:${port}`,
      pgDataDir: path.join(options.dataDir, name, 'pg'),
      pgPort: 52_000 + port,
      databaseUrl: options.databaseUrl ? withDatabase(options.databaseUrl, `hr_e2e_${options.runId}_${name}`) : undefined,
      specs: files.map((f) => new RegExp(`(^|[/\\\\])${escape(f)}$`)),
    };
  });
}

/**
 * The run's servers, from the environment playwright.config.ts leaves for its workers and its web
 * server command (E2E_PG_DATA_DIR, E2E_RUN_ID; E2E_PORT, E2E_SERVERS and DATABASE_URL as given).
 */
export function runPlan(): TE2eServer[] {
  return e2eServerPlan({
    port: Number(process.env.E2E_PORT ?? 3100),
    count: Number(process.env.E2E_SERVERS ?? 2),
    dataDir: process.env.E2E_PG_DATA_DIR ?? '.',
    runId: process.env.E2E_RUN_ID ?? '',
    databaseUrl: process.env.DATABASE_URL,
  });
}

/** The line tests/e2e/start-servers.ts prints once every server of the run answers (Playwright waits for it). */
export const E2E_SERVERS_READY = 'Every e2e server answers';

/** What one e2e server is started with (scripts/start.ts), besides the run's own environment. */
export function e2eServerEnv(server: TE2eServer): Record<string, string> {
  return {
    PORT: String(server.port),
    PG_DATA_DIR: server.pgDataDir,
    PG_PORT: String(server.pgPort),
    ...(server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {}),
    // Many sign-ins from one address during the run; the limits are tested in integration tests.
    SIGN_IN_MAX_FAILURES_PER_IP: '1000',
    // No background re-renders of drafts after each change: the specs download what they test, and
    // the renders would compete for the CPU (integration and system tests cover the refresh).
    DRAFT_REFRESH_MS: '0',
    // The demo ministry works in French; the specs read the demo accounts' pages in English (i18n.spec.ts uses its own users).
    DEMO_LOCALE: 'en',
    // One render thread per server: the servers share the machine.
    RENDER_PROCESSES: '1',
    // tests/e2e/pseudo-locale.spec.ts walks the pages in the pseudo-language (lib/i18n/pseudo-locale.ts).
    PSEUDO_LOCALE: '1',
  };
}

/** The server of the running test's project (its metadata names it). */
export function currentServer(projectName: string, metadata: { server?: string }): TE2eServer {
  const server = runPlan().find((s) => s.name === metadata.server);
  if (!server) throw new Error(`The project ${projectName} names no e2e server: run through playwright.config.ts`);
  return server;
}
