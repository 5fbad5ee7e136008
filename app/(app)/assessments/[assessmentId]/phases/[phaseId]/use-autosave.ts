'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

export type TSaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; theirs: unknown; version: number };

const DEBOUNCE_MS = 800;
const RETRY_MS = 5_000;
const draftKey = (assessmentId: string, questionId: string) => `hr:draft:${assessmentId}:${questionId}`;

export function readDraft(assessmentId: string, questionId: string): { value: unknown; baseVersion: number } | null {
  try {
    const raw = window.localStorage.getItem(draftKey(assessmentId, questionId));
    return raw ? (JSON.parse(raw) as { value: unknown; baseVersion: number }) : null;
  } catch {
    return null;
  }
}

/**
 * Debounced saving of one section's answers to PUT /api/v1/assessments/{id}/answers.
 * Every keystroke is kept in localStorage until the server acknowledges it, so a failed save or
 * a reload loses nothing; a version conflict is shown with the other person's value.
 */
export function useAutosave(options: {
  assessmentId: string;
  initialVersions: Record<string, number>;
  validate: (questionId: string) => Promise<string | null>;
  currentValue: (questionId: string) => unknown;
  onReopened: (labels: string[]) => void;
}) {
  const { assessmentId } = options;
  const t = useTranslations('phase');
  const versions = useRef<Record<string, number>>({ ...options.initialVersions });
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const [status, setStatus] = useState<Record<string, TSaveStatus>>({});
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const set = (questionId: string, s: TSaveStatus) => setStatus((prev) => ({ ...prev, [questionId]: s }));
  // The retry timer calls the newest save through a ref: a callback cannot name itself.
  const retry = useRef<(questionId: string) => Promise<void>>(async () => undefined);

  const save = useCallback(
    async (questionId: string) => {
      const problem = await latest.current.validate(questionId);
      if (problem) return set(questionId, { kind: 'invalid', message: problem });
      const value = latest.current.currentValue(questionId);
      set(questionId, { kind: 'saving' });
      let response: Response;
      try {
        response = await fetch(`/api/v1/assessments/${assessmentId}/answers`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ questionId, value, expectedVersion: versions.current[questionId] ?? 0 }),
        });
      } catch {
        set(questionId, { kind: 'error', message: t('notSavedOffline') });
        timers.current[questionId] = setTimeout(() => void retry.current(questionId), RETRY_MS);
        return;
      }
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        versions.current[questionId] = body.version;
        window.localStorage.removeItem(draftKey(assessmentId, questionId));
        set(questionId, { kind: 'saved' });
        if (body.reopened?.length) latest.current.onReopened(body.reopened.map((r: { label: string }) => r.label));
        return;
      }
      if (response.status === 409 && body.details && 'currentVersion' in body.details) {
        return set(questionId, { kind: 'conflict', message: body.error, theirs: body.details.currentValue, version: body.details.currentVersion });
      }
      if (response.status === 401) return set(questionId, { kind: 'error', message: t('notSavedSession') });
      set(questionId, { kind: 'error', message: t('notSaved', { reason: body.error ?? t('serverAnswered', { status: response.status }) }) });
    },
    [assessmentId, t],
  );
  useEffect(() => {
    retry.current = save;
  }, [save]);

  const changed = useCallback(
    (questionId: string, value: unknown) => {
      try {
        window.localStorage.setItem(draftKey(assessmentId, questionId), JSON.stringify({ value, baseVersion: versions.current[questionId] ?? 0 }));
      } catch {
        // Storage full or disabled: saving still works, only the offline copy is missing.
      }
      clearTimeout(timers.current[questionId]);
      set(questionId, { kind: 'idle' });
      timers.current[questionId] = setTimeout(() => void save(questionId), DEBOUNCE_MS);
    },
    [assessmentId, save],
  );

  const resolveConflict = useCallback(
    (questionId: string, choice: 'mine' | 'theirs', conflict: Extract<TSaveStatus, { kind: 'conflict' }>) => {
      versions.current[questionId] = conflict.version;
      if (choice === 'mine') return void save(questionId);
      window.localStorage.removeItem(draftKey(assessmentId, questionId));
      set(questionId, { kind: 'saved' });
    },
    [assessmentId, save],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => Object.values(pending).forEach(clearTimeout);
  }, []);

  return { status, changed, save, resolveConflict, versions };
}
