import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import type { TActor } from '../actor';
import { draftDocument, type TDraftKind } from './render-cache';
import type { TRenderFormat } from '@/lib/documents/render-job';

/** What is drawn again after a change, most wanted first. */
const DRAFTS: { kind: TDraftKind; format: TRenderFormat }[] = [
  { kind: 'rfp', format: 'pdf' },
  { kind: 'report', format: 'pdf' },
  { kind: 'rfp', format: 'docx' },
];
/** Assessments waiting for their drafts to be drawn, at most; beyond it the longest-waiting one is dropped (its next download renders). */
export const MAX_WAITING = 32;

type TRefreshState = {
  timers: Map<string, NodeJS.Timeout>;
  waiting: Map<string, { prisma: TPrisma; actor: TActor }>;
  draining: Promise<void> | null;
};
const globalForRefresh = globalThis as unknown as { draftRefresh?: TRefreshState };
function state(): TRefreshState {
  globalForRefresh.draftRefresh ??= { timers: new Map(), waiting: new Map(), draining: null };
  return globalForRefresh.draftRefresh;
}

/**
 * Called after a change to an assessment is saved: once the assessment has been quiet for
 * DRAFT_REFRESH_MS, its draft RFP (PDF, DOCX) and report are rendered in the background and cached,
 * so the next download is served from the cache. One background render at a time per instance,
 * only when no person's render waits (`renderWhenIdle`); a burst of saves costs one refresh. The
 * documents do not depend on who asks: the actor of the change only scopes the reads to their
 * organisation.
 */
export function scheduleDraftRefresh(prisma: TPrisma, actor: TActor, assessmentId: string): void {
  const delay = env().DRAFT_REFRESH_MS;
  if (delay === 0) return;
  const { timers } = state();
  clearTimeout(timers.get(assessmentId));
  const timer = setTimeout(() => {
    timers.delete(assessmentId);
    enqueue(prisma, actor, assessmentId);
  }, delay);
  timer.unref();
  timers.set(assessmentId, timer);
}

function enqueue(prisma: TPrisma, actor: TActor, assessmentId: string): void {
  const current = state();
  current.waiting.delete(assessmentId);
  current.waiting.set(assessmentId, { prisma, actor });
  while (current.waiting.size > MAX_WAITING) current.waiting.delete(current.waiting.keys().next().value!);
  current.draining ??= drain().finally(() => {
    current.draining = null;
  });
}

async function drain(): Promise<void> {
  const { waiting } = state();
  for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
    const [assessmentId, { prisma, actor }] = next.value;
    waiting.delete(assessmentId);
    for (const draft of DRAFTS) {
      try {
        await draftDocument(prisma, actor, { assessmentId, ...draft, background: true });
      } catch (error) {
        // Deleted since, or the pool stayed busy: the next download renders it.
        log('info', 'draft not refreshed in the background', null, { assessmentId, ...draft, error: error instanceof Error ? error.message : String(error) });
        break;
      }
    }
  }
}

/** Resolves once every scheduled refresh has run (tests). */
export async function draftRefreshSettled(): Promise<void> {
  for (;;) {
    const current = state();
    if (current.timers.size === 0 && current.waiting.size === 0 && !current.draining) return;
    await (current.draining ?? new Promise((resolve) => setTimeout(resolve, 50)));
  }
}
