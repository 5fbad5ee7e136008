'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useValidationText } from '@/app/_components/use-validation-text';
import { postCommentAction, resolveThreadAction } from './discussion-actions';
import type { TThreadProps } from './discussion-view';
import type { TActionResult } from '@/lib/app/action-result';

/**
 * The discussion of one checkpoint or question: its comments (plain text; links and mentions drawn
 * from the pieces the server found, never HTML), a comment box, and resolve / reopen.
 */
export function DiscussionPanel({ assessmentId, subjectId, label, thread, canWrite, exampleName }: { assessmentId: string; subjectId: string; label: string; thread: TThreadProps; canWrite: boolean; exampleName: string }) {
  const t = useTranslations('discussion');
  const tv = useValidationText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [said, setSaid] = useState(0);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (said) statusRef.current?.focus();
  }, [said]);
  const report = (message: string, isError: boolean) => {
    setError(isError ? message : null);
    setDone(isError ? null : message);
    setSaid((n) => n + 1);
  };
  const run = (work: () => Promise<TActionResult<unknown>>, success: string, after?: () => void) => {
    if (pending) return;
    startTransition(async () => {
      try {
        const result = await work();
        if (!result.ok) return report(tv(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error) ?? result.error, true);
        after?.();
        report(success, false);
        router.refresh();
      } catch {
        report(t('failed'), true);
      }
    });
  };
  const inputId = `comment-${subjectId}`;
  const hintId = `${inputId}-hint`;
  const count = thread.comments.length;
  // Closed at first (the checkpoint card already shows a request for changes), but opened when a
  // link (a notification) points at it. The comments and the comment box are drawn only while it is
  // open: a page of closed discussions holds no extra form fields among the questions.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const follow = () => {
      if (window.location.hash === `#discussion-${subjectId}`) setOpen(true);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [subjectId]);
  return (
    <details className="discussion" id={`discussion-${subjectId}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('summary', { count })}
        {thread.resolved && <span className="badge ok"> {t('resolvedTag')}</span>}
      </summary>
      {open && (
        <section aria-label={t('threadLabel', { label })}>
          {count === 0 ? (
            <p className="muted">{t('empty')}</p>
          ) : (
            <ol className="comments">
              {thread.comments.map((c) => (
                <li key={c.id}>
                  <p className="muted" style={{ margin: 0 }}>
                    {t('wrote', { author: c.author ?? t('formerMember'), date: c.date })}
                  </p>
                  <p className="comment-body">
                    {c.segments.map((s, i) =>
                      s.kind === 'text' ? (
                        <span key={i}>{s.text}</span>
                      ) : s.kind === 'link' ? (
                        <a key={i} href={s.href} rel="noopener noreferrer nofollow ugc" target="_blank">
                          {s.text}
                          <span className="skip"> {t('newWindow')}</span>
                        </a>
                      ) : (
                        <strong key={i} className="mention">
                          @{s.name}
                        </strong>
                      ),
                    )}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {thread.resolved && <p className="muted">{thread.resolved.name ? t('resolvedBy', { name: thread.resolved.name, date: thread.resolved.date }) : t('resolvedBySomeone', { date: thread.resolved.date })}</p>}
          {error && (
            <p className="form-error" role="alert" ref={statusRef} tabIndex={-1}>
              {error}
            </p>
          )}
          {done && !error && (
            <p className="muted" role="status" ref={statusRef} tabIndex={-1}>
              {done}
            </p>
          )}
          {canWrite && (
            <form method="post"
              onSubmit={(e) => {
                e.preventDefault();
                if (!text.trim()) return report(t('empty_comment'), true);
                run(() => postCommentAction({ assessmentId, subjectId, body: text }), t('posted'), () => setText(''));
              }}
            >
              <label htmlFor={inputId}>{count ? t('replyLabel') : t('commentLabel')}</label>
              <textarea id={inputId} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} rows={3} aria-describedby={hintId} />
              <p id={hintId} className="muted" style={{ marginTop: 0 }}>
                {t('hint', { example: exampleName })}
              </p>
              <div className="row">
                <button type="submit" aria-disabled={pending}>
                  {pending ? t('posting') : count ? t('reply') : t('post')}
                </button>
                {thread.id && !thread.resolved && count > 0 && (
                  <button type="button" className="secondary" aria-disabled={pending} onClick={() => run(() => resolveThreadAction({ threadId: thread.id!, action: 'resolve', expectedVersion: thread.version }), t('resolved'))}>
                    {t('resolve')}
                  </button>
                )}
                {thread.id && thread.resolved && (
                  <button type="button" className="secondary" aria-disabled={pending} onClick={() => run(() => resolveThreadAction({ threadId: thread.id!, action: 'reopen', expectedVersion: thread.version }), t('reopened'))}>
                    {t('reopen')}
                  </button>
                )}
              </div>
            </form>
          )}
        </section>
      )}
    </details>
  );
}
