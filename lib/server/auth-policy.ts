import { env } from '@/lib/env';
import type { TThrottlePolicy } from '@/lib/domain/sign-in-throttle';

export interface TAuthPolicy extends TThrottlePolicy {
  idleMs: number;
  absoluteMs: number;
}

export function authPolicy(): TAuthPolicy {
  const e = env();
  return {
    idleMs: e.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    windowMs: e.SIGN_IN_WINDOW_MINUTES * 60_000,
    freeFailuresPerClient: e.SIGN_IN_FREE_FAILURES_PER_CLIENT,
    baseDelayMs: 2_000,
    maxDelayMs: e.SIGN_IN_MAX_DELAY_SECONDS * 1000,
    maxFailuresPerClient: e.SIGN_IN_MAX_FAILURES_PER_IP,
    maxFailuresPerAccount: e.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
  };
}
