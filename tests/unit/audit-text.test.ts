import { describe, expect, it } from 'vitest';
import type { TQuestion } from '@/lib/content/template-schema';
import { AUDIT_KINDS, auditKindLabel, describeAuditEvent, rateValueText, type TAuditContext } from '@/lib/domain/audit-text';
import { auditSayer } from '@/lib/i18n/audit-say';

const encryption = { id: 'dhis2.p3.s3-1.encryption-method', label: 'How is data encrypted in transit?', references: [], required: true, origin: 'added', kind: 'single', options: [{ value: 'tls', label: 'TLS with a trusted certificate' }, { value: 'none', label: 'Not encrypted' }] } as TQuestion;
const ctx: TAuditContext = {
  say: auditSayer('en'),
  locale: 'en',
  question: (id) => (id === encryption.id ? encryption : undefined),
  checkpoint: (id) => (id === 'dhis2.p3.s3-1.cp-secure' ? 'Data is encrypted in transit' : undefined),
  rate: (s) => (s === 'saas.corePerMonth' ? 'Cost of one processor core per month, SaaS' : undefined),
  rateValue: (_s, v) => `XOF ${v}`,
  platform: (id) => ({ commcare: 'CommCare', dhis2: 'DHIS2' })[id],
};
const e = (action: string, subject: string | null, before: unknown, after: unknown) => ({ action, subject, before, after });
const t = (text: string) => ({ kind: 'text', text });
const none = { kind: 'empty' };

describe('describeAuditEvent: events in words', () => {
  it.each<[string, ReturnType<typeof e>, object]>([
    ['an answer by its question label, values by its options', e('answer.changed', encryption.id, 'none', 'tls'), { kind: 'Answer changed', subject: encryption.label, before: t('Not encrypted'), after: t('TLS with a trusted certificate') }],
    ['a first answer', e('answer.changed', encryption.id, null, 'tls'), { before: none, after: t('TLS with a trusted certificate') }],
    ['an answer to a question gone from the questionnaire', e('answer.changed', 'x.gone', 'a', 'b'), { subject: 'A question no longer in the questionnaire', before: none, after: none }],
    ['a checkpoint decision with its comment', e('checkpoint.request_changes', 'dhis2.p3.s3-1.cp-secure', { status: 'submitted', notApplicable: false }, { status: 'changes_requested', notApplicable: false, comment: 'Name the CA.' }), { kind: 'Changes requested', subject: 'Data is encrypted in transit', before: t('Submitted'), after: t('Changes requested. Comment: Name the CA.') }],
    ['not applicable', e('checkpoint.submit_not_applicable', 'dhis2.p3.s3-1.cp-secure', { status: 'open', notApplicable: false }, { status: 'submitted', notApplicable: true, justification: 'No servers yet' }), { after: t('Submitted as not applicable. Justification: No servers yet') }],
    ['a rate override in the budget currency', e('rate.overridden', 'saas.corePerMonth', undefined, { value: 1200, reason: 'quote' }), { kind: 'Rate overridden', subject: 'Cost of one processor core per month, SaaS', before: none, after: t('XOF 1200. Reason: quote') }],
    ['a questionnaire upgrade by platform name', e('template.upgraded', 'dhis2', { version: 1 }, { version: 2, answersNoLongerShown: ['a'] }), { subject: 'DHIS2', before: t('Version 1'), after: t('Version 2. 1 answer no longer shown') }],
    ['an import', e('assessment.imported', null, null, { name: 'Copy', templates: ['commcare v3'], answersImported: 12, checkpointsSubmitted: 0, refusedAnswers: [{ questionId: 'x', reason: 'y' }] }), { kind: 'Assessment imported', subject: 'Copy', after: t('CommCare questionnaire version 3. 12 answers imported. 0 checkpoints submitted. 1 answer refused') }],
    ['a role change', e('member.role-changed', '00000000-0000-4000-8000-000000000000', { role: 'admin' }, { role: 'planner' }), { kind: 'Role changed', subject: undefined, before: t('Administrator'), after: t('Planner') }],
    ['an invitation withdrawn for lack of mail', e('invitation.revoked', 'a@example.org', null, { reason: 'mail not sent' }), { subject: 'a@example.org', after: t('Withdrawn: the mail could not be sent') }],
    ['an evidence file attached, with its size and SHA-256', e('evidence.added', 'dhis2.p3.s3-1.cp-secure', null, { fileName: 'certificate.pdf', size: 2_411_724, sha256: 'ab12', kind: 'PDF document' }), { kind: 'Evidence file attached', subject: 'Data is encrypted in transit', before: none, after: t('certificate.pdf (2.3 MB). PDF document. SHA-256 ab12') }],
    ['an evidence file removed', e('evidence.removed', 'dhis2.p3.s3-1.cp-secure', { fileName: 'notes.txt', size: 12, sha256: 'cd34' }, null), { kind: 'Evidence file removed', before: t('notes.txt (12 bytes). SHA-256 cd34'), after: none }],
    ['a milestone saved, by its name (never its id)', e('milestone.saved', '6f1c2d3e-4a5b-4c6d-8e7f-001122334455', null, { name: 'Avant le comité', answers: 41, evidenceFiles: 1 }), { kind: 'Milestone saved', subject: 'Avant le comité', before: none, after: t('41 answers and 1 evidence file kept') }],
    ['a CommCare configuration saved', e('sizing.config-saved', 'commcare', { version: 0, isDefault: true }, { version: 1, services: 18, usageFields: 14, bytes: 6000 }), { kind: 'CommCare sizing configuration saved', subject: 'CommCare sizing configuration', before: t('The built-in default configuration'), after: t("Version 1. The assessment's own configuration: 18 services, 14 usage fields") }],
    ['a CommCare configuration reset', e('sizing.config-reset', 'commcare', { version: 1, isDefault: false }, { version: 2, isDefault: true }), { kind: 'CommCare sizing configuration reset to the default', before: t("Version 1. The assessment's own configuration"), after: t('Version 2. The built-in default configuration') }],
    ['an archived assessment by its name', e('assessment.archived', 'Transition 2027', null, null), { kind: 'Assessment archived', subject: 'Transition 2027', before: none, after: none }],
    ['a restored assessment', e('assessment.restored', 'Transition 2027', null, null), { kind: 'Assessment restored', subject: 'Transition 2027' }],
    [
      'a deleted assessment: what it held, in words',
      e('assessment.deleted', 'Transition 2027', { name: 'Transition 2027', country: 'Senegal', platforms: ['commcare', 'dhis2'], answers: 41, evidenceFiles: 1, issuedRfps: 0, wasArchived: true }, null),
      { kind: 'Assessment deleted', subject: 'Transition 2027', before: t('Country: Senegal. CommCare and DHIS2. 41 answers. 1 evidence file. Archived'), after: t('Deleted with all its data') },
    ],
    ['a comment, by the checkpoint’s label', e('discussion.commented', 'dhis2.p3.s3-1.cp-secure', null, { comment: 'Which CA signs it?', mentioned: 0 }), { kind: 'Comment posted', subject: 'Data is encrypted in transit', before: none, after: t('Comment: Which CA signs it?') }],
    ['a comment on a question, written with a request for changes', e('discussion.commented', encryption.id, null, { comment: 'Name it.', via: 'request-changes', reopened: true }), { subject: encryption.label, after: t('With the request for changes. Comment: Name it.. The discussion was reopened') }],
    ['a discussion resolved', e('discussion.resolved', 'dhis2.p3.s3-1.cp-secure', null, null), { kind: 'Discussion resolved', subject: 'Data is encrypted in transit', before: none, after: none }],
    ['a mail setting in words', e('account.mail-preference-changed', 'x', { preference: 'each' }, { preference: 'digest' }), { kind: 'Notification mail setting changed', before: t('One mail for each event'), after: t('One daily digest') }],
    ['an unknown kind, never its code', e('something.new', 'x.y', { a: 1 }, { b: 2 }), { kind: 'Other change', subject: undefined, before: none, after: none }],
  ])('%s', (_name, event, expected) => {
    expect(describeAuditEvent(event, ctx)).toMatchObject(expected);
  });

  it('names every kind of event the app writes', () => {
    for (const kind of ['invitation.created', 'invitation.revoked', 'invitation.accepted', 'invitation.declined', 'member.removed', 'member.left', 'member.role-changed', 'account.password-changed', 'account.signed-out-everywhere', 'account.created', 'assessment.imported', 'answer.changed', 'rate.overridden', 'checkpoint.approve', 'checkpoint.reopened', 'evidence.added', 'evidence.removed', 'milestone.saved', 'sizing.config-saved', 'sizing.config-reset', 'discussion.commented', 'discussion.resolved', 'discussion.reopened', 'account.mail-preference-changed', 'assessment.archived', 'assessment.restored', 'assessment.deleted', 'token.created', 'token.revoked']) {
      expect(AUDIT_KINDS[kind], kind).toBeDefined();
      for (const locale of ['en', 'fr', 'pt'] as const) expect(auditKindLabel(kind, auditSayer(locale)), `${kind} in ${locale}`).toMatch(/^[A-ZÉ][A-Za-zÀ-ÿ’]/);
    }
  });

  it.each<[string, ReturnType<typeof e>, object]>([
    ['an import', e('assessment.imported', null, null, { name: 'Copie', templates: ['commcare v3'], answersImported: 12, checkpointsSubmitted: 1, exportedAt: '2027-01-29T10:00:00Z' }), { kind: 'Évaluation importée', after: t('Questionnaire CommCare version 3. 12 réponses importées. 1 point de contrôle soumis. Exportée le 29 janvier 2027') }],
    ['a checkpoint sent back', e('checkpoint.request_changes', 'dhis2.p3.s3-1.cp-secure', { status: 'submitted' }, { status: 'changes_requested', comment: 'Nommez l’AC.' }), { kind: 'Modifications demandées', before: t('Soumis'), after: t('Modifications demandées. Commentaire : Nommez l’AC.') }],
    ['an evidence file of 12 bytes', e('evidence.removed', 'x.gone', { fileName: 'notes.txt', size: 12 }, null), { subject: 'Un point de contrôle qui n’est plus dans le questionnaire', before: t('notes.txt (12 octets)') }],
    ['a first answer, as its question formats it', e('answer.changed', encryption.id, null, 'tls'), { kind: 'Réponse modifiée', after: t('TLS with a trusted certificate') }],
  ])('in French: %s', (_name, event, expected) => {
    expect(describeAuditEvent(event, { ...ctx, say: auditSayer('fr'), locale: 'fr' })).toMatchObject(expected);
  });
});

describe('rateValueText: a rate’s value as the reader writes it', () => {
  const xof = { code: 'XOF', exchangeRate: 600, minorDigits: 0 };
  const unit = (u: 'years' | 'days', n: number) => `${n} ${u}`;
  it.each<[Parameters<typeof rateValueText>[0], number, 'en' | 'fr', string]>([
    ['corePerMonth', 200, 'en', 'XOF 1,200'],
    ['corePerMonth', 200, 'fr', '1\u202f200\u00a0FCFA'],
    ['trainingRefresherFraction', 0.25, 'en', '25%'],
    ['trainingRefresherFraction', 0.125, 'fr', '12,5\u00a0%'],
    ['hardwareRefreshYears', 4, 'fr', '4 years'],
    ['daysPerPatch', 1, 'en', '1 days'],
    ['patchesPerYear', 12, 'en', '12'],
  ])('%s = %s in %s', (key, value, locale, expected) => {
    expect(rateValueText(key, value, xof, locale, unit)).toBe(expected);
  });
});

