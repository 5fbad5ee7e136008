import { gzipSync } from 'node:zlib';

export interface TFirstLoad {
  path: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

/**
 * First-load JavaScript of a page as the browser gets it: every `<script src>` of the server-rendered
 * HTML (Next lists each chunk the page needs to hydrate), fetched and gzip-compressed (level 9,
 * close to what a CDN serves), summed. Inline scripts (the RSC payload) are not counted.
 */
export async function firstLoadJs(origin: string, cookie: string, path: string): Promise<TFirstLoad> {
  const res = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: 'manual' });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const html = await res.text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')))];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { path, scripts: sources.length, rawBytes, gzipBytes };
}
