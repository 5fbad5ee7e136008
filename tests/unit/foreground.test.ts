import { afterEach, describe, expect, it } from 'vitest';
import { awayFromForeground, foregroundBusy, foregroundRequest, onForegroundChange } from '@/lib/app/foreground';

/** A request as scripts/serve.ts runs it: `body` in its context; `end` is the response's 'close'. */
function request(body: () => Promise<void> = async () => {}) {
  let end = () => {};
  let ran: Promise<void> = Promise.resolve();
  foregroundRequest(
    () => {
      ran = body();
    },
    (close) => (end = close),
  );
  return { end: () => end(), ran: () => ran };
}

const changes: boolean[] = [];
onForegroundChange((busy) => changes.push(busy));
afterEach(() => {
  changes.length = 0;
});

describe('the server is busy while it answers someone, not while a request only waits for a render', () => {
  it.each([
    ['one request', 1],
    ['three overlapping requests', 3],
  ])('%s: busy from the first start to the last end, told once each way', (_label, n) => {
    const requests = Array.from({ length: n }, () => request());
    expect(foregroundBusy()).toBe(true);
    for (const r of requests.slice(0, -1)) r.end();
    expect(foregroundBusy()).toBe(true);
    requests.at(-1)!.end();
    expect(foregroundBusy()).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it("a response's end counted twice ('close' after an abort) ends it once", () => {
    const a = request();
    const b = request();
    a.end();
    a.end();
    expect(foregroundBusy()).toBe(true);
    b.end();
    expect(foregroundBusy()).toBe(false);
  });

  it('a request is out of the count while it waits for renders (two at once, as issuing an RFP), and back in after', async () => {
    const seen: boolean[] = [];
    let finish = () => {};
    const rendered = new Promise<void>((resolve) => (finish = resolve));
    const r = request(async () => {
      await Promise.all([awayFromForeground(() => rendered), awayFromForeground(() => rendered)]);
      seen.push(foregroundBusy());
    });
    await Promise.resolve();
    expect(foregroundBusy()).toBe(false);
    finish();
    await r.ran();
    expect(seen).toEqual([true]); // writing the response is work again
    r.end();
    expect(foregroundBusy()).toBe(false);
    expect(changes).toEqual([true, false, true, false]);
  });

  it('a request that ends (the client went away) while it waits is not counted again when the render is done', async () => {
    let finish = () => {};
    const r = request(() => awayFromForeground(() => new Promise<void>((resolve) => (finish = resolve))));
    r.end();
    finish();
    await r.ran();
    expect(foregroundBusy()).toBe(false);
  });

  it('outside any request (a background render, a script) nothing is counted', async () => {
    await expect(awayFromForeground(async () => 'drawn')).resolves.toBe('drawn');
    expect(foregroundBusy()).toBe(false);
    expect(changes).toEqual([]);
  });

  it('stops telling a listener that unsubscribed', () => {
    const told: boolean[] = [];
    const unsubscribe = onForegroundChange((busy) => told.push(busy));
    request().end();
    unsubscribe();
    request().end();
    expect(told).toEqual([true, false]);
  });
});

afterEach(() => expect(foregroundBusy()).toBe(false));
