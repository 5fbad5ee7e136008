'use client';

import { useMemo, useRef, useState, useTransition } from 'react';
import { ZTemplate } from '@/lib/content/template-schema';
import { problemText, templateProblems, type TTemplateProblem } from '@/lib/domain/template-problems';
import { jsonDepth } from '@/lib/domain/json-depth';
import { saveTemplateAction } from './actions';

const MAX_DEPTH = 32;

/** The same checks as the server, as the person types: JSON, nesting, then the template schema. */
function check(source: string): TTemplateProblem[] | null {
  if (source.trim() === '') return null;
  if (jsonDepth(source, MAX_DEPTH) > MAX_DEPTH) return [{ where: 'The template', problem: `it nests more than ${MAX_DEPTH} levels deep, which no questionnaire needs` }];
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return [{ where: 'The template', problem: `it is not valid JSON (${(error as Error).message})` }];
  }
  const parsed = ZTemplate.safeParse(raw);
  return parsed.success ? [] : templateProblems(raw, parsed.error.issues);
}

export function TemplateEditor({ initialSource }: { initialSource: string }) {
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
        setOutcome({ ok: true, text: created ? `Saved as version ${version}. Assessments can now use it.` : `Version ${version} was already saved with this content; nothing changed.` });
      } else {
        const listed = (result.details as { problems?: TTemplateProblem[] } | undefined)?.problems;
        setOutcome({ ok: false, text: result.error, problems: listed?.map(problemText) ?? result.fieldErrors?.source });
      }
      requestAnimationFrame(() => statusRef.current?.focus());
    });

  return (
    <div className="card">
      <label htmlFor="template-file">Load a file (JSON)</label>
      <input
        id="template-file"
        type="file"
        accept="application/json,.json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setOutcome(null);
          setSource(file.size > 1024 * 1024 ? '' : await file.text());
          if (file.size > 1024 * 1024) setOutcome({ ok: false, text: 'That file is larger than 1 MB; a questionnaire is far smaller.' });
        }}
      />
      <label htmlFor="template-source">Questionnaire (JSON)</label>
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
          <p className="muted">Nothing to check yet.</p>
        ) : problems.length === 0 ? (
          <p>The questionnaire is valid.</p>
        ) : (
          <>
            <p className="field-error">{problems.length === 1 ? '1 problem to fix:' : `${problems.length} problems to fix:`}</p>
            <ul data-testid="template-problems">
              {problems.slice(0, 50).map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
              {problems.length > 50 && <li>and {problems.length - 50} more</li>}
            </ul>
          </>
        )}
      </div>
      <button type="button" onClick={save} disabled={pending || problems === null}>
        {pending ? 'Saving…' : 'Save questionnaire'}
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
