import { z } from 'zod';
import { LOCALES } from '@/lib/domain/locale';

/** The only place that reads process.env. */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** When unset, scripts/start.ts starts an embedded PostgreSQL and sets it for the app. */
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Where the embedded PostgreSQL keeps its data. */
  PG_DATA_DIR: z.string().default('.data/postgres'),
  /** The embedded PostgreSQL's port, or the first free one from 54329 when unset. */
  PG_PORT: z.coerce.number().int().min(1024).max(65_535).optional(),
  /** A session ends after this long without a request... */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  /** ...and after this long in any case. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** Sign-in limits (README, Security): failures counted within the window... */
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** ...per account and client: this many free, then a delay that doubles from 2 s up to the cap... */
  SIGN_IN_FREE_FAILURES_PER_CLIENT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_DELAY_SECONDS: z.coerce.number().int().positive().default(900),
  /** ...per client across accounts, and per account across clients (known browsers exempt). */
  SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(50),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: use the socket). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Set by scripts/serve.ts in its own process: the client-address header is its, not a client's. */
  HR_CLIENT_ADDRESS_FROM_SERVER: z.literal('1').optional(),
  /** The address people use to reach the app: links in invitations; https means Secure cookies and HSTS. */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp://user:pass@host:port or smtps://... — invitations are mailed when set. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_FROM: z.string().default('Hosting Readiness <no-reply@localhost>'),
  /** How long an invitation link stays valid. */
  INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Worker threads that render PDF and DOCX documents (default: CPU count − 1, at least 1). */
  RENDER_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  /** Renders waiting for a thread, over all users, before a download is answered 429. */
  RENDER_MAX_QUEUE: z.coerce.number().int().min(0).max(1000).default(16),
  /** Renders one user may have running or waiting at once, before a download is answered 429. */
  RENDER_MAX_PER_USER: z.coerce.number().int().min(1).max(100).default(3),
  /**
   * Quiet time after the last change to an assessment before its draft RFP and report are rendered
   * in the background, so a later download waits for nothing; 0 turns the background renders off.
   */
  DRAFT_REFRESH_MS: z.coerce.number().int().min(0).max(3_600_000).default(3_000),
  /** The largest evidence file a planner may attach to a checkpoint, in MB. */
  EVIDENCE_MAX_FILE_MB: z.coerce.number().int().min(1).max(100).default(20),
  /** Evidence files of one organisation, all assessments together, in MB. */
  EVIDENCE_QUOTA_MB: z.coerce.number().int().min(1).max(1_000_000).default(2048),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** The language of the demo accounts when they are first created: the demo ministry works in French (the e2e suite, written in English, sets en). */
  DEMO_LOCALE: z.enum(LOCALES).default('fr'),
  /** Tests only: answer the pseudo-language (lib/i18n/pseudo-locale.ts) to a visitor whose hr_locale cookie asks for it. */
  PSEUDO_LOCALE: z.literal('1').optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}

/** For tests that change settings between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** The public base URL, without a trailing slash. */
export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
}

/** Cookies are Secure and HSTS is sent when the configured public URL is https — never from request headers. */
export function isHttpsDeployment(): boolean {
  return appUrl().startsWith('https://');
}

/** The whole environment, untouched, for child processes (pg_dump, pg_restore) and PATH look-ups. */
export function processEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}
