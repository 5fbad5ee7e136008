import { describe, expect, it } from 'vitest';
import { HOLD_BURST_MS, HOLD_MIN_MS, HOLD_SHARE, HoldBudget } from '@/lib/app/hold-budget';

/**
 * The server's activity as steps: [busy ms, quiet ms], repeated; the budget is asked as the render
 * pool asks it (a hold when busy starts, ended when it goes quiet or at the limit). Returns the
 * share of the time renders were held, and the share of the busy time they were.
 */
function simulate(busyMs: number, quietMs: number, totalMs: number) {
  const budget = new HoldBudget(0);
  let held = 0;
  let busy = 0;
  for (let t = 0; t < totalMs; t += busyMs + quietMs) {
    busy += busyMs;
    // Within a busy step: hold while the budget lets us, wait while it does not.
    let at = t;
    while (at < t + busyMs) {
      const wait = budget.waitBeforeHold(at);
      if (wait > 0) {
        at += wait;
        continue;
      }
      const limit = budget.startHold(at);
      const end = Math.min(t + busyMs, at + limit);
      held += end - at;
      budget.endHold(end);
      at = end;
    }
  }
  return { heldShare: held / totalMs, busyCovered: held / busy };
}

describe('renders are held for the server within a budget', () => {
  it.each([
    // busy, quiet: the bench's 50 saves/s of ~7 ms each; a request every half second; a burst of 400 ms now and then
    ['50 saves/s, 7 ms each', 7, 13],
    ['a page every half second', 60, 440],
    ['a 400 ms burst every 2 s', 400, 1600],
  ])('%s: every busy moment is covered', (_label, busyMs, quietMs) => {
    expect(simulate(busyMs, quietMs, 60_000).busyCovered).toBeCloseTo(1, 5);
  });

  it.each([
    ['saves back to back (5 ms, 1 ms apart)', 5, 1],
    ['a server never quiet', 1000, 0],
    ['busy 9 ms in 10', 9, 1],
  ])(`%s: held at most ${HOLD_SHARE * 100} % of the time over a minute`, (_label, busyMs, quietMs) => {
    const { heldShare } = simulate(busyMs, quietMs, 60_000);
    expect(heldShare).toBeLessThanOrEqual(HOLD_SHARE + (HOLD_BURST_MS / 60_000) + 1e-9);
    expect(heldShare).toBeGreaterThan(HOLD_SHARE - 0.05);
  });

  it(`covers a burst of up to ${HOLD_BURST_MS / (1 - HOLD_SHARE)} ms whole from a full budget, then lets renders run`, () => {
    const budget = new HoldBudget(0);
    expect(budget.waitBeforeHold(0)).toBe(0);
    expect(budget.startHold(0)).toBe(HOLD_BURST_MS / (1 - HOLD_SHARE));
    budget.endHold(HOLD_BURST_MS / (1 - HOLD_SHARE));
    // Spent: the next hold waits until HOLD_MIN_MS is back.
    expect(budget.waitBeforeHold(HOLD_BURST_MS / (1 - HOLD_SHARE))).toBeCloseTo(HOLD_MIN_MS / HOLD_SHARE, 5);
    expect(budget.holding).toBe(false);
  });

  it('fills back while renders run, up to the burst', () => {
    const budget = new HoldBudget(0);
    budget.startHold(0);
    budget.endHold(100); // 50 ms of budget spent
    expect(budget.startHold(100)).toBeCloseTo((HOLD_BURST_MS - 100 * (1 - HOLD_SHARE)) / (1 - HOLD_SHARE), 5);
    budget.endHold(100);
    expect(budget.startHold(10_000)).toBe(HOLD_BURST_MS / (1 - HOLD_SHARE)); // an hour of quiet fills no more than the burst
  });
});
