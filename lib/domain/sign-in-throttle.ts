/**
 * Sign-in throttling, as a pure decision over the failures already recorded. Three limits:
 *
 * - **account + client**: a few free failures, then each further attempt from that client for that
 *   account waits twice as long as the one before (capped). Someone guessing from one client slows
 *   only themselves: the right password from any other client is unaffected.
 * - **client**: failures from one client across every account, within the window.
 * - **account**: failures for one account across every client, within the window — the bound on a
 *   guesser with many addresses. A browser that has signed in to the account before (a known
 *   device) is exempt, so this limit cannot keep the real user out of their usual browser.
 *
 * Only failures count: a refused (throttled) attempt is never recorded as one, so hammering the
 * form while throttled does not extend anything.
 */
export interface TThrottlePolicy {
  windowMs: number;
  freeFailuresPerClient: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxFailuresPerClient: number;
  maxFailuresPerAccount: number;
}

export interface TFailureHistory {
  /** Failures for this account from this client within the window, newest first. */
  pair: Date[];
  /** Failures from this client (any account) within the window, oldest first (only the count and the oldest matter). */
  clientCount: number;
  clientOldest: Date | null;
  /** Failures for this account (any client) within the window. */
  accountCount: number;
  accountOldest: Date | null;
  /** The request carries a known-device cookie of this account. */
  isKnownDevice: boolean;
}

export type TThrottleDecision = { allowed: true } | { allowed: false; limit: 'account-client' | 'client' | 'account'; retryAfterMs: number };

/** How long the client must wait after its newest failure, given how many it has in the window. */
export function delayAfterFailures(failures: number, policy: TThrottlePolicy): number {
  if (failures < policy.freeFailuresPerClient) return 0;
  const doublings = failures - policy.freeFailuresPerClient;
  return Math.min(policy.baseDelayMs * 2 ** Math.min(doublings, 40), policy.maxDelayMs);
}

export function decideSignIn(history: TFailureHistory, now: Date, policy: TThrottlePolicy): TThrottleDecision {
  const t = now.getTime();
  const newest = history.pair[0];
  if (newest) {
    const wait = newest.getTime() + delayAfterFailures(history.pair.length, policy) - t;
    if (wait > 0) return { allowed: false, limit: 'account-client', retryAfterMs: wait };
  }
  if (history.clientCount >= policy.maxFailuresPerClient) {
    return { allowed: false, limit: 'client', retryAfterMs: untilOutOfWindow(history.clientOldest, t, policy) };
  }
  if (!history.isKnownDevice && history.accountCount >= policy.maxFailuresPerAccount) {
    return { allowed: false, limit: 'account', retryAfterMs: untilOutOfWindow(history.accountOldest, t, policy) };
  }
  return { allowed: true };
}

function untilOutOfWindow(oldest: Date | null, now: number, policy: TThrottlePolicy): number {
  return Math.max(1000, (oldest ? oldest.getTime() + policy.windowMs : now + policy.windowMs) - now);
}

/** "Wait 2 minutes and try again." — rounded up, in words people use. */
export function waitMessage(retryAfterMs: number): string {
  const seconds = Math.ceil(retryAfterMs / 1000);
  if (seconds < 60) return `Too many failed sign-in attempts. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many failed sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`;
}
