import { describe, expect, it } from 'vitest';
import { decideSignIn, delayAfterFailures, waitMessage, type TFailureHistory, type TThrottlePolicy } from '@/lib/domain/sign-in-throttle';

const policy: TThrottlePolicy = { windowMs: 15 * 60_000, freeFailuresPerClient: 5, baseDelayMs: 2_000, maxDelayMs: 900_000, maxFailuresPerClient: 20, maxFailuresPerAccount: 50 };
const now = new Date('2026-12-01T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const none: TFailureHistory = { pair: [], clientCount: 0, clientOldest: null, accountCount: 0, accountOldest: null, isKnownDevice: false };
const pair = (n: number, newestMsAgo: number) => Array.from({ length: n }, (_, i) => ago(newestMsAgo + i * 100));

describe('delayAfterFailures: free failures, then a delay that doubles up to the cap', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 2_000],
    [6, 4_000],
    [7, 8_000],
    [13, 512_000],
    [14, 900_000], // 1,024 s capped at 15 minutes
    [1_000, 900_000],
  ])('%i failures → wait %i ms', (failures, ms) => expect(delayAfterFailures(failures, policy)).toBe(ms));
});

describe('decideSignIn', () => {
  it.each<[string, Partial<TFailureHistory>, ReturnType<typeof decideSignIn>]>([
    ['nothing against it', {}, { allowed: true }],
    ['4 failures from this client, just now', { pair: pair(4, 0) }, { allowed: true }],
    ['5 failures, newest 1 s ago: 1 s more', { pair: pair(5, 1_000) }, { allowed: false, limit: 'account-client', retryAfterMs: 1_000 }],
    ['5 failures, newest 2 s ago: free again', { pair: pair(5, 2_000) }, { allowed: true }],
    ['8 failures, newest 10 s ago: 16 s delay, 6 s left', { pair: pair(8, 10_000) }, { allowed: false, limit: 'account-client', retryAfterMs: 6_000 }],
    ['20 failures from the client across accounts, oldest 5 min ago', { clientCount: 20, clientOldest: ago(300_000) }, { allowed: false, limit: 'client', retryAfterMs: 600_000 }],
    ['19 from the client', { clientCount: 19, clientOldest: ago(300_000) }, { allowed: true }],
    ['50 for the account from many clients, unknown browser', { accountCount: 50, accountOldest: ago(60_000) }, { allowed: false, limit: 'account', retryAfterMs: 840_000 }],
    ['50 for the account, but a browser that signed in before', { accountCount: 50, accountOldest: ago(60_000), isKnownDevice: true }, { allowed: true }],
    ['a known browser is still slowed down by its own failures', { pair: pair(6, 0), isKnownDevice: true }, { allowed: false, limit: 'account-client', retryAfterMs: 4_000 }],
  ])('%s', (_label, history, expected) => expect(decideSignIn({ ...none, ...history }, now, policy)).toEqual(expected));
});

describe('waitMessage', () => {
  it.each([
    [1, 'Wait 1 second'],
    [1_000, 'Wait 1 second'],
    [1_001, 'Wait 2 seconds'],
    [59_000, 'Wait 59 seconds'],
    [60_000, 'Wait 1 minute'],
    [840_000, 'Wait 14 minutes'],
  ])('%i ms → %s', (ms, text) => expect(waitMessage(ms)).toBe(`Too many failed sign-in attempts. ${text} and try again.`));
});
