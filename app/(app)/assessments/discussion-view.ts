import { commentSegments, type TCommentSegment } from '@/lib/domain/comment-text';
import { formatDateIn } from '@/lib/domain/intl-format';
import type { TLocale } from '@/lib/domain/locale';
import type { TThreadView } from '@/lib/server/discussion/load-discussions';

export type TThreadProps = {
  id: string | null;
  version: number;
  resolved: { name: string | null; date: string } | null;
  comments: { id: string; author: string | null; date: string; segments: TCommentSegment[] }[];
};

/** A thread as the discussion panel draws it: comments in pieces (text, links, mentions), dates in the reader's language. */
export function threadProps(thread: TThreadView | undefined, members: { userId: string; name: string }[], locale: TLocale): TThreadProps {
  if (!thread) return { id: null, version: 0, resolved: null, comments: [] };
  return {
    id: thread.id,
    version: thread.version,
    resolved: thread.resolvedAt ? { name: thread.resolvedBy, date: formatDateIn(locale, thread.resolvedAt) } : null,
    comments: thread.comments.map((c) => ({ id: c.id, author: c.author, date: formatDateIn(locale, c.createdAt), segments: commentSegments(c.body, members) })),
  };
}
