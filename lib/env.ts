import { z } from 'zod';

/** The only place that reads process.env. */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** When unset, scripts/start.ts starts an embedded PostgreSQL and sets it for the app. */
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Where the embedded PostgreSQL keeps its data. */
  PG_DATA_DIR: z.string().default('.data/postgres'),
  /** A session ends after this long without a request... */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  /** ...and after this long in any case. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** Sign-in attempts allowed per account and per IP within the window. */
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
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

/** The whole environment, untouched, for child processes (pg_dump, pg_restore) and PATH look-ups. */
export function processEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}
