/**
 * How long renders may be held still for the server's requests (render-pool.ts), as a budget of
 * milliseconds: it fills at `share` of the time that passes and drains by the time held, up to
 * `burstMs`. So over any long stretch renders are held at most `share` of the time, a burst of
 * requests is covered whole up to about `burstMs / (1 - share)`, and a server that never goes quiet
 * (a saturating load, a slow download in flight) still leaves documents at least the rest.
 * A hold starts only with `minMs` in hand: no holds of a few microseconds back to back.
 * Pure: the caller passes the time (ms, any monotonic clock).
 */
export const HOLD_SHARE = 0.5;
export const HOLD_BURST_MS = 250;
export const HOLD_MIN_MS = 25;

export class HoldBudget {
  private budget: number;
  private at: number;
  private heldSince: number | null = null;

  constructor(
    now: number,
    private readonly share = HOLD_SHARE,
    private readonly burstMs = HOLD_BURST_MS,
    private readonly minMs = HOLD_MIN_MS,
  ) {
    this.budget = burstMs;
    this.at = now;
  }

  private settle(now: number): void {
    const elapsed = Math.max(0, now - this.at);
    this.at = now;
    this.budget = this.heldSince === null ? Math.min(this.burstMs, this.budget + elapsed * this.share) : Math.max(0, this.budget - elapsed * (1 - this.share));
  }

  get holding(): boolean {
    return this.heldSince !== null;
  }

  /** 0 when a hold may start now, else the ms until one may. */
  waitBeforeHold(now: number): number {
    this.settle(now);
    return this.budget >= this.minMs ? 0 : (this.minMs - this.budget) / this.share;
  }

  /** Starts a hold (call only when `waitBeforeHold` said 0); returns the ms after which it must end. */
  startHold(now: number): number {
    this.settle(now);
    this.heldSince = now;
    return this.budget / (1 - this.share);
  }

  endHold(now: number): void {
    this.settle(now);
    this.heldSince = null;
  }
}
