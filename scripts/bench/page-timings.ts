import { percentile, timeRuns } from './stats';

export interface TPageTiming {
  label: string;
  path: string;
  p50: number;
  p95: number;
  bytes: number;
  status: number;
}

/** One client, one request at a time: `runs` timed GETs after 3 warm-ups, body read to the end. */
export async function timePage(origin: string, cookie: string, label: string, path: string, runs = 30): Promise<TPageTiming> {
  let bytes = 0;
  let status = 0;
  const durations = await timeRuns(
    runs,
    async () => {
      const res = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: 'manual' });
      bytes = (await res.arrayBuffer()).byteLength;
      status = res.status;
    },
    3,
  );
  return { label, path, p50: percentile(durations, 50), p95: percentile(durations, 95), bytes, status };
}
