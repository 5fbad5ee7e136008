'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useFocusOnChange } from '@/app/_components/use-focus-on-change';
import { useValidationText } from '@/app/_components/use-validation-text';
import { RESOURCE_MODEL_LIMITS } from '@/lib/domain/resource-model-config';
import { resetSizingConfigAction, saveSizingConfigAction } from '../outputs-actions';

type TForm = { yaml: string };
type TStatus = { ok: boolean; text: string; errors: string[] };

/** Paste or upload an assessment's CommCare configuration (YAML); save it as a new version, or go back to the default. */
export function SizingConfigForm({ assessmentId, version, isDefault }: { assessmentId: string; version: number; isDefault: boolean }) {
  const t = useTranslations('sizingConfig');
  const say = useValidationText();
  const { register, handleSubmit, setValue, formState } = useForm<TForm>({ defaultValues: { yaml: '' } });
  const [status, setStatus] = useState<TStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useFocusOnChange<HTMLDivElement>(status);

  const report = (result: Awaited<ReturnType<typeof saveSizingConfigAction>>, done: (v: number) => string) => {
    if (result.ok) setStatus({ ok: true, text: done(result.data.version), errors: [] });
    else setStatus({ ok: false, text: result.fieldErrors?.yaml ? t('refused') : (say(result.error) ?? result.error), errors: Object.values(result.fieldErrors ?? {}).flat().filter((e): e is string => !!e).map((e) => say(e) ?? e) });
  };
  const onSubmit = handleSubmit(async ({ yaml }) => {
    report(await saveSizingConfigAction({ assessmentId, yaml, expectedVersion: version }), (v) => t('saved', { version: v }));
  });
  const onReset = async () => {
    setBusy(true);
    report(await resetSizingConfigAction({ assessmentId, expectedVersion: version }), (v) => t('resetDone', { version: v }));
    setBusy(false);
  };
  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > RESOURCE_MODEL_LIMITS.maxBytes) {
      setStatus({ ok: false, text: t('fileTooLarge', { kb: RESOURCE_MODEL_LIMITS.maxBytes / 1024 }), errors: [] });
      return;
    }
    setValue('yaml', await file.text());
    setStatus(null);
  };
  const hasErrors = !!status && !status.ok;
  return (
    <form method="post" onSubmit={onSubmit} aria-labelledby="sizing-config-form-title" noValidate className="card">
      <h3 id="sizing-config-form-title">{t('formTitle')}</h3>
      <p className="muted" id="sizing-config-help">
        {t('formHelp')}
      </p>
      <p>
        <label htmlFor="sizing-config-file">{t('file')}</label>
        <input id="sizing-config-file" type="file" accept=".yml,.yaml,text/yaml,application/yaml,text/plain" onChange={onFile} />
      </p>
      <p>
        <label htmlFor="sizing-config-yaml">{t('text')}</label>
        <textarea
          id="sizing-config-yaml"
          rows={12}
          spellCheck={false}
          style={{ fontFamily: 'monospace', width: '100%' }}
          aria-describedby={hasErrors ? 'sizing-config-help sizing-config-status' : 'sizing-config-help'}
          aria-invalid={hasErrors || undefined}
          {...register('yaml')}
        />
      </p>
      <p className="row">
        <button type="submit" disabled={formState.isSubmitting || busy}>
          {t('save')}
        </button>
        {!isDefault && (
          <button type="button" className="secondary" onClick={onReset} disabled={formState.isSubmitting || busy}>
            {t('reset')}
          </button>
        )}
      </p>
      {status && (
        <div ref={statusRef} tabIndex={-1} id="sizing-config-status" role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'form-error'}>
          <p style={{ margin: 0 }}>{status.text}</p>
          {status.errors.length > 0 && (
            <ul style={{ margin: 0 }}>
              {status.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
