'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFocusOnChange } from '@/app/_components/use-focus-on-change';
import { useValidationText } from '@/app/_components/use-validation-text';
import { useFieldArray, useForm } from 'react-hook-form';
import type { TRfpDetails } from '@/lib/schemas/rfp';
import { saveRfpDetailsAction } from './actions';

type TForm = {
  clientName: string;
  saasDescription: string;
  hostingQuotes: string;
  periodOfPerformance: string;
  submissionEmail: string;
  submissionDeadline: string;
  projectSummary: string;
  scopeNotes: string;
  contacts: { name: string; role: string; email: string; phone: string }[];
};

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** The RFP's own fields (the template's XXX placeholders) and the editable narrative. */
export function RfpDetailsForm({ assessmentId, details, version }: { assessmentId: string; details: TRfpDetails; version: number }) {
  const { register, control, handleSubmit, formState } = useForm<TForm>({
    defaultValues: {
      clientName: details.clientName ?? '',
      saasDescription: details.saasDescription ?? '',
      hostingQuotes: details.hostingQuotes === undefined ? '' : String(details.hostingQuotes),
      periodOfPerformance: details.periodOfPerformance ?? '',
      submissionEmail: details.submissionEmail ?? '',
      submissionDeadline: details.submissionDeadline ?? '',
      projectSummary: details.projectSummary ?? '',
      scopeNotes: details.scopeNotes ?? '',
      contacts: details.contacts ?? [],
    },
  });
  const contacts = useFieldArray({ control, name: 'contacts' });
  const [savedVersion, setSavedVersion] = useState(version);
  const [message, setMessage] = useState<{ ok: boolean; text: string; fields?: Record<string, string[] | undefined> } | null>(null);
  const statusRef = useFocusOnChange<HTMLSpanElement>(message);
  const t = useTranslations('rfpForm');
  const v = useValidationText();

  const onSubmit = handleSubmit(async (f) => {
    const result = await saveRfpDetailsAction({
      assessmentId,
      expectedVersion: savedVersion,
      details: {
        clientName: blankToUndefined(f.clientName),
        saasDescription: blankToUndefined(f.saasDescription),
        hostingQuotes: f.hostingQuotes.trim() === '' ? undefined : Number(f.hostingQuotes),
        periodOfPerformance: blankToUndefined(f.periodOfPerformance),
        submissionEmail: blankToUndefined(f.submissionEmail),
        submissionDeadline: blankToUndefined(f.submissionDeadline),
        projectSummary: blankToUndefined(f.projectSummary),
        scopeNotes: blankToUndefined(f.scopeNotes),
        contacts: f.contacts.length ? f.contacts : undefined,
      },
    });
    if (result.ok) {
      setSavedVersion(result.data.version);
      setMessage({ ok: true, text: t('saved') });
    } else setMessage({ ok: false, text: v(result.error)!, fields: result.fieldErrors });
  });
  const error = (field: string) => {
    const messages = Object.entries(message?.fields ?? {}).filter(([k]) => k === `details.${field}` || k.startsWith(`details.${field}.`) || k === 'details').flatMap(([, v]) => v ?? []);
    return messages.length ? <p className="field-error">{messages.map((m) => v(m)).join(' ')}</p> : null;
  };
  const text = (field: 'clientName' | 'periodOfPerformance' | 'submissionEmail', type = 'text') => (
    <p>
      <label htmlFor={`rfp-${field}`}>{t(`fields.${field}`)}</label>
      <input id={`rfp-${field}`} type={type} {...register(field)} />
      {error(field)}
    </p>
  );
  const area = (field: 'saasDescription' | 'projectSummary' | 'scopeNotes') => (
    <p>
      <label htmlFor={`rfp-${field}`}>{t(`fields.${field}`)}</label>
      <textarea id={`rfp-${field}`} rows={4} {...register(field)} />
      {error(field)}
    </p>
  );
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t('form')} noValidate>
      {text('clientName')}
      {area('saasDescription')}
      <p>
        <label htmlFor="rfp-hostingQuotes">{t('fields.hostingQuotes')}</label>
        <input id="rfp-hostingQuotes" inputMode="numeric" {...register('hostingQuotes')} />
        {error('hostingQuotes')}
      </p>
      {text('periodOfPerformance')}
      {text('submissionEmail', 'email')}
      <p>
        <label htmlFor="rfp-submissionDeadline">{t('fields.submissionDeadline')}</label>
        <input id="rfp-submissionDeadline" type="date" {...register('submissionDeadline')} />
        {error('submissionDeadline')}
      </p>
      <fieldset id="rfp-contacts">
        <legend>{t('fields.contacts')}</legend>
        {contacts.fields.map((c, i) => (
          <div key={c.id} className="row">
            <input aria-label={t('contactName', { number: i + 1 })} placeholder={t('name')} {...register(`contacts.${i}.name`)} />
            <input aria-label={t('contactRole', { number: i + 1 })} placeholder={t('role')} {...register(`contacts.${i}.role`)} />
            <input aria-label={t('contactEmail', { number: i + 1 })} placeholder={t('email')} type="email" {...register(`contacts.${i}.email`)} />
            <input aria-label={t('contactPhone', { number: i + 1 })} placeholder={t('phone')} {...register(`contacts.${i}.phone`)} />
            <button type="button" className="secondary" onClick={() => contacts.remove(i)}>
              {t('remove')}
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => contacts.append({ name: '', role: '', email: '', phone: '' })}>
          {t('addContact')}
        </button>
        {error('contacts')}
      </fieldset>
      {area('projectSummary')}
      {area('scopeNotes')}
      <p className="row">
        <button type="submit" disabled={formState.isSubmitting}>
          {t('save')}
        </button>
        {message && (
          <span ref={statusRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} className={message.ok ? 'badge ok' : 'field-error'}>
            {message.text}
          </span>
        )}
      </p>
    </form>
  );
}
