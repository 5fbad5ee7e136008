import { env } from '@/lib/env';

export interface TAuthPolicy {
  idleMs: number;
  absoluteMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  windowMs: number;
}

export function authPolicy(): TAuthPolicy {
  const e = env();
  return {
    idleMs: e.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    maxFailuresPerAccount: e.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerIp: e.SIGN_IN_MAX_FAILURES_PER_IP,
    windowMs: e.SIGN_IN_WINDOW_MINUTES * 60_000,
  };
}
