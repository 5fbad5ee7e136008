'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { SourcesLine } from '@/app/_components/citation';
import type { TSection } from '@/lib/content/template-schema';
import type { answerValueSchema } from '@/lib/schemas/answer-value';
import { useValidationText } from '@/app/_components/use-validation-text';
import { QuestionInput } from './question-input';
import { readDraft, useAutosave, type TSaveStatus } from './use-autosave';

type Saved = Record<string, { value: unknown; version: number }>;

// Question ids contain dots, which react-hook-form reads as paths: the form uses q0, q1, ...
const fieldKey = (i: number) => `q${i}`;

function preview(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function SectionForm({
  assessmentId,
  section,
  saved,
  editable,
  questionExtras,
}: {
  assessmentId: string;
  section: TSection;
  saved: Saved;
  editable: boolean;
  /** What the page shows under each question (its discussion), by question id. */
  questionExtras?: Record<string, ReactNode>;
}) {
  const router = useRouter();
  const t = useTranslations('phase');
  const tv = useValidationText();
  const [reopened, setReopened] = useState<string[]>([]);
  // Each answer is checked on its own with the schema the server uses (no form-wide resolver: a
  // section's questions are saved one by one). The schemas (zod's core: ~34 KiB gzip) load with the
  // first change, not with the page: showing the questionnaire needs none of them. Should their
  // chunk fail to load (offline), the server's check of the same schema answers instead.
  const schemas = useRef<Promise<Map<string, ReturnType<typeof answerValueSchema>> | null> | null>(null);
  const loadSchemas = () =>
    (schemas.current ??= import('@/lib/schemas/answer-value').then(
      (m) => new Map(section.questions.map((q) => [q.id, m.answerValueSchema(q)])),
      () => (schemas.current = null),
    ));
  const form = useForm<Record<string, unknown>>({
    defaultValues: Object.fromEntries(section.questions.map((q, i) => [fieldKey(i), saved[q.id]?.value ?? null])),
    mode: 'onChange',
  });
  const values = useWatch({ control: form.control }) as Record<string, unknown>;
  const keyOf = useMemo(() => new Map(section.questions.map((q, i) => [q.id, fieldKey(i)])), [section]);

  const autosave = useAutosave({
    assessmentId,
    initialVersions: Object.fromEntries(section.questions.map((q) => [q.id, saved[q.id]?.version ?? 0])),
    validate: async (questionId) => {
      const schema = (await loadSchemas())?.get(questionId);
      if (!schema) return null;
      const result = schema.safeParse(form.getValues(keyOf.get(questionId)!));
      return result.success ? null : (result.error.issues[0]?.message ?? 'Check this answer.');
    },
    currentValue: (questionId) => form.getValues(keyOf.get(questionId)!),
    onReopened: (labels) => {
      setReopened(labels);
      router.refresh();
    },
  });

  // Restore what was typed but never acknowledged (a failed save, a closed tab).
  useEffect(() => {
    if (!editable) return;
    section.questions.forEach((q, i) => {
      const draft = readDraft(assessmentId, q.id);
      if (!draft || JSON.stringify(draft.value) === JSON.stringify(saved[q.id]?.value ?? null)) return;
      form.setValue(fieldKey(i), draft.value, { shouldDirty: true });
      autosave.changed(q.id, draft.value);
    });
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div>
      {reopened.length > 0 && (
        <p className="notice" role="status">
          {t('reopened', { count: reopened.length, labels: reopened.join('; ') })}
        </p>
      )}
      {section.questions.map((q, i) => {
        const id = `q-${q.id}`;
        const key = fieldKey(i);
        const s: TSaveStatus = autosave.status[q.id] ?? { kind: 'idle' };
        const value = values[key];
        return (
          <Fragment key={q.id}>
            <div className="question" data-question-id={q.id} style={{ marginBottom: '1.25rem' }}>
              <label id={`${id}-label`} htmlFor={id}>
                {q.label}
                {!q.required && <span className="muted"> {t('optional')}</span>}
              </label>
              {q.guidance && (
                <details>
                  <summary className="muted">{t('guidance')}</summary>
                  <p style={{ whiteSpace: 'pre-line' }}>{q.guidance}</p>
                </details>
              )}
              <SourcesLine citations={q.references} />
              <QuestionInput
                question={q}
                id={id}
                value={value}
                disabled={!editable}
                invalid={s.kind === 'invalid'}
                onChange={(v) => {
                  void loadSchemas();
                  form.setValue(key, v, { shouldDirty: true });
                  autosave.changed(q.id, v);
                }}
              />
              <p id={`${id}-status`} aria-live="polite" className={s.kind === 'invalid' || s.kind === 'error' || s.kind === 'conflict' ? 'field-error' : 'muted'} data-save-status={s.kind}>
                {s.kind === 'saving' && t('saving')}
                {s.kind === 'saved' && t('saved')}
                {(s.kind === 'invalid' || s.kind === 'error') && tv(s.message)}
                {s.kind === 'conflict' && (
                  <>
                    {s.message} {t('theirAnswer')} <q>{preview(s.theirs, t('empty'))}</q>{' '}
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        form.setValue(key, s.theirs);
                        autosave.resolveConflict(q.id, 'theirs', s);
                      }}
                    >
                      {t('useTheirs')}
                    </button>{' '}
                    <button type="button" className="link" onClick={() => autosave.resolveConflict(q.id, 'mine', s)}>
                      {t('keepMine')}
                    </button>
                  </>
                )}
              </p>
            </div>
            {questionExtras?.[q.id]}
          </Fragment>
        );
      })}
    </div>
  );
}
