import { findMentions } from './notification-routing';

/**
 * A comment as pieces to draw: plain text, links and mentions. Comments are plain text: nothing in
 * them is ever markup; a link is an http(s) address written in the text, a mention an `@name` of a
 * member (drawn as the member's name). Pure.
 */
export type TCommentSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string } | { kind: 'mention'; userId: string; name: string };

// An address runs to the next space or angle bracket or quote; punctuation that ends a sentence is not part of it.
const URL_RE = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const TRAILING = /[.,;:!?)\]}»”’]+$/u;

/** The http(s) addresses of a text, as the reader sees them, with a safe href (or none when not a real address). */
export function findLinks(text: string): { start: number; end: number; href: string }[] {
  const out: { start: number; end: number; href: string }[] = [];
  for (const match of text.matchAll(URL_RE)) {
    let raw = match[0];
    // Keep a closing bracket that closes one opened inside the address (Wikipedia-style links).
    const trail = TRAILING.exec(raw)?.[0] ?? '';
    let cut = trail.length;
    if (trail.startsWith(')') && (raw.slice(0, -cut).match(/\(/g)?.length ?? 0) > (raw.slice(0, -cut).match(/\)/g)?.length ?? 0)) cut -= 1;
    raw = cut ? raw.slice(0, -cut) : raw;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) continue;
    const start = match.index ?? 0;
    out.push({ start, end: start + raw.length, href: url.href });
  }
  return out;
}

/** The comment in pieces: links and mentions where they stand, the rest as text. */
export function commentSegments(text: string, members: readonly { userId: string; name: string }[]): TCommentSegment[] {
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const marks = [
    ...findLinks(text).map((l) => ({ ...l, segment: { kind: 'link', text: text.slice(l.start, l.end), href: l.href } as TCommentSegment })),
    ...findMentions(text, members).map((m) => ({ ...m, segment: { kind: 'mention', userId: m.userId, name: names.get(m.userId)! } as TCommentSegment })),
  ].sort((a, b) => a.start - b.start);
  const out: TCommentSegment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // a mention inside an address (https://x.org/@name) stays part of the link
    if (mark.start > at) out.push({ kind: 'text', text: text.slice(at, mark.start) });
    out.push(mark.segment);
    at = mark.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
