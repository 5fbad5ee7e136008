'use client';

import { useMemo, useRef, useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ZTemplate } from '@/lib/content/template-schema';
import { notJsonProblem, problemText, templateProblems, tooDeepProblem, type TTemplateProblem } from '@/lib/domain/template-problems';
import { jsonDepth } from '@/lib/domain/json-depth';
import { sayerFrom, type TTranslate } from '@/lib/i18n/sayer';
import { saveTemplateAction } from './actions';

const MAX_DEPTH = 32;

/** The same checks as the server, as the person types: JSON, nesting, then the template schema. */
function check(source: string): TTemplateProblem[] | null {
  if (source.trim() === '') return null;
  if (jsonDepth(source, MAX_DEPTH) > MAX_DEPTH) return [tooDeepProblem(MAX_DEPTH)];
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return [notJsonProblem((error as Error).message)];
  }
  const parsed = ZTemplate.safeParse(raw);
  return parsed.success ? [] : templateProblems(raw, parsed.error.issues);
}

export function TemplateEditor({ initialSource }: { initialSource: string }) {
  const t = useTranslations('templates');
  const locale = useLocale();
  const say = useMemo(() => sayerFrom(t as unknown as TTranslate, locale), [t, locale]);
  const [source, setSource] = useState(initialSource);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; problems?: string[] } | null>(null);
  const [pending, startTransition] = useTransition();
  const statusRef = useRef<HTMLDivElement>(null);
  const problems = useMemo(() => check(source), [source]);

  const save = () =>
    startTransition(async () => {
      const result = await saveTemplateAction({ source });
      if (result.ok) {
        const { version, created } = result.data;
        setOutcome({ ok: true, text: created ? t('editor.saved', { version }) : t('editor.unchanged', { version }) });
      } else {
        const listed = (result.details as { problems?: TTemplateProblem[] } | undefined)?.problems;
        setOutcome(listed ? { ok: false, text: t('editor.notSaved', { count: listed.length }), problems: listed.map((p) => problemText(p, say)) } : { ok: false, text: result.error, problems: result.fieldErrors?.source });
      }
      requestAnimationFrame(() => statusRef.current?.focus());
    });

  return (
    <div className="card">
      <label htmlFor="template-file">{t('editor.loadFile')}</label>
      <input
        id="template-file"
        type="file"
        accept="application/json,.json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setOutcome(null);
          setSource(file.size > 1024 * 1024 ? '' : await file.text());
          if (file.size > 1024 * 1024) setOutcome({ ok: false, text: t('editor.tooLarge') });
        }}
      />
      <label htmlFor="template-source">{t('editor.source')}</label>
      <textarea
        id="template-source"
        value={source}
        onChange={(e) => {
          setSource(e.target.value);
          setOutcome(null);
        }}
        rows={24}
        spellCheck={false}
        aria-describedby="template-check"
        style={{ fontFamily: 'monospace', width: '100%' }}
      />
      <div id="template-check" aria-live="polite">
        {problems === null ? (
          <p className="muted">{t('editor.nothingToCheck')}</p>
        ) : problems.length === 0 ? (
          <p>{t('editor.valid')}</p>
        ) : (
          <>
            <p className="field-error">{t('editor.problemsToFix', { count: problems.length })}</p>
            <ul data-testid="template-problems">
              {problems.slice(0, 50).map((p, i) => (
                <li key={i}>{problemText(p, say)}</li>
              ))}
              {problems.length > 50 && <li>{t('editor.andMore', { count: problems.length - 50 })}</li>}
            </ul>
          </>
        )}
      </div>
      <button type="button" onClick={save} disabled={pending || problems === null}>
        {pending ? t('editor.saving') : t('editor.save')}
      </button>
      <div ref={statusRef} tabIndex={-1} role="status" className={outcome && !outcome.ok ? 'form-error' : undefined}>
        {outcome?.text}
        {outcome?.problems && (
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
