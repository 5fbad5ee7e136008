import type { TQuestion } from '@/lib/content/template-schema';
import { answerView, type TAnswerView } from './answer-view';
import { formatDate, formatNumber, listText } from './documents/format';

/**
 * The audit trail in words: what kind of thing happened, to what (a question's or checkpoint's
 * label, a rate's name), and the values before and after as the question formats them. Pure; the
 * page looks up the labels and passes them in.
 */

export const AUDIT_KIND_LABELS: Record<string, string> = {
  'assessment.created': 'Assessment created',
  'assessment.imported': 'Assessment imported',
  'assessment.archived': 'Assessment archived',
  'assessment.restored': 'Assessment restored',
  'assessment.deleted': 'Assessment deleted',
  'answer.changed': 'Answer changed',
  'checkpoint.submit': 'Checkpoint submitted',
  'checkpoint.submit_not_applicable': 'Checkpoint submitted as not applicable',
  'checkpoint.approve': 'Checkpoint approved',
  'checkpoint.request_changes': 'Changes requested',
  'checkpoint.reopen': 'Checkpoint reopened',
  'checkpoint.reopened': 'Checkpoint reopened by a change',
  'evidence.added': 'Evidence file attached',
  'evidence.removed': 'Evidence file removed',
  'milestone.saved': 'Milestone saved',
  'template.upgraded': 'Questionnaire upgraded',
  'template.saved': 'Questionnaire template saved',
  'budget.settings-changed': 'Budget settings changed',
  'rate.overridden': 'Rate overridden',
  'rate.override-removed': 'Rate override removed',
  'team.saved': 'Team saved',
  'sizing.config-saved': 'CommCare sizing configuration saved',
  'sizing.config-reset': 'CommCare sizing configuration reset to the default',
  'rfp.details-saved': 'RFP details saved',
  'rfp.issued': 'RFP issued',
  'invitation.created': 'Invitation sent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'invitation.declined': 'Invitation declined',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'member.role-changed': 'Role changed',
  'account.created': 'Account created',
  'account.password-changed': 'Password changed',
  'account.signed-out-everywhere': 'Signed out everywhere',
  'token.created': 'API token created',
  'token.revoked': 'API token revoked',
  'demo.seeded': 'Demo data created',
  'account.mail-preference-changed': 'Notification mail setting changed',
  'discussion.commented': 'Comment posted',
  'discussion.resolved': 'Discussion resolved',
  'discussion.reopened': 'Discussion reopened',
};

/** "Rate overridden" for a known kind; an unknown one in words, never its code. */
export const auditKindLabel = (action: string) => AUDIT_KIND_LABELS[action] ?? 'Other change';

export type TAuditValue = TAnswerView;
export type TAuditLine = { kind: string; subject?: string; before: TAuditValue; after: TAuditValue };

export type TAuditContext = {
  question: (id: string) => TQuestion | undefined;
  checkpoint: (id: string) => string | undefined;
  /** "Cost of one core per month, National data centre" for "national-data-centre.corePerMonth". */
  rate: (subject: string) => string | undefined;
  /** A rate's value in words ("US$ 12.00", "3 years") for "national-data-centre.corePerMonth". */
  rateValue: (subject: string, value: number) => string;
  platform: (id: string) => string | undefined;
};

const EMPTY: TAuditValue = { kind: 'empty' };
const text = (t: string | undefined): TAuditValue => (t ? { kind: 'text', text: t } : EMPTY);
const ROLE_LABELS: Record<string, string> = { planner: 'Planner', reviewer: 'Reviewer', consultant: 'Consultant', admin: 'Administrator' };
const MAIL_PREFERENCE_LABELS: Record<string, string> = { each: 'One mail for each event', digest: 'One daily digest', none: 'No mail' };
const STATUS_LABELS: Record<string, string> = { open: 'Open', submitted: 'Submitted', approved: 'Approved', changes_requested: 'Changes requested' };

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const count = (n: number, one: string, many: string) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
const sizeText = (n: number) => (n < 1024 ? count(n, 'byte', 'bytes') : n < 1024 * 1024 ? `${formatNumber(Math.round(n / 1024), 0)} KB` : `${formatNumber(n / (1024 * 1024), 1)} MB`);
const sentence = (parts: (string | undefined)[]) => text(parts.filter((p): p is string => !!p).join('. '));

function checkpointState(v: unknown): TAuditValue {
  const o = obj(v);
  const status = str(o.status);
  if (!status) return EMPTY;
  const label = o.notApplicable === true ? `${STATUS_LABELS[status] ?? 'Changed'} as not applicable` : (STATUS_LABELS[status] ?? 'Changed');
  return sentence([label, str(o.comment) && `Comment: ${str(o.comment)}`, str(o.justification) && `Justification: ${str(o.justification)}`, str(o.reason) && `Reason: ${str(o.reason)}`]);
}

function templates(v: unknown): string | undefined {
  if (!Array.isArray(v)) return undefined;
  const names = v.flatMap((t) => {
    const m = typeof t === 'string' ? /^(commcare|dhis2) v(\d+)$/.exec(t) : null;
    return m ? [`${m[1] === 'commcare' ? 'CommCare' : 'DHIS2'} questionnaire version ${m[2]}`] : [];
  });
  return names.length ? listText(names) : undefined;
}

function teamText(v: unknown): TAuditValue {
  const people = Array.isArray(v) ? v : Array.isArray(obj(v).people) ? (obj(v).people as unknown[]) : undefined;
  if (!people) return EMPTY;
  const names = people.flatMap((p) => (str(obj(p).name) ? [str(obj(p).name)!] : []));
  return text(`${count(people.length, 'person', 'people')}${names.length ? `: ${names.join(', ')}` : ''}`);
}

export function describeAuditEvent(event: { action: string; subject: string | null; before: unknown; after: unknown }, ctx: TAuditContext): TAuditLine {
  const kind = auditKindLabel(event.action);
  const subject = event.subject ?? undefined;
  const before = obj(event.before);
  const after = obj(event.after);
  switch (event.action) {
    case 'answer.changed': {
      const q = subject ? ctx.question(subject) : undefined;
      if (!q) return { kind, subject: 'A question no longer in the questionnaire', before: EMPTY, after: EMPTY };
      return { kind, subject: q.label, before: answerView(q, event.before), after: answerView(q, event.after) };
    }
    case 'assessment.created':
      return { kind, subject: str(after.name), before: EMPTY, after: sentence([str(after.country) && `Country: ${str(after.country)}`, templates(after.templates)]) };
    case 'assessment.archived':
    case 'assessment.restored':
      return { kind, subject: subject ?? undefined, before: EMPTY, after: EMPTY };
    case 'assessment.deleted': {
      const platforms = Array.isArray(before.platforms) ? before.platforms.flatMap((p) => (p === 'commcare' ? ['CommCare'] : p === 'dhis2' ? ['DHIS2'] : typeof p === 'string' && p ? ['another questionnaire'] : [])) : [];
      return {
        kind,
        subject: str(before.name) ?? subject,
        before: sentence([
          str(before.country) && `Country: ${str(before.country)}`,
          platforms.length ? listText([...new Set(platforms)]) : undefined,
          num(before.answers) !== undefined ? count(num(before.answers)!, 'answer', 'answers') : undefined,
          num(before.evidenceFiles) ? count(num(before.evidenceFiles)!, 'evidence file', 'evidence files') : undefined,
          num(before.issuedRfps) ? count(num(before.issuedRfps)!, 'issued RFP', 'issued RFPs') : undefined,
          before.wasArchived === true ? 'Archived' : undefined,
        ]),
        after: text('Deleted with all its data'),
      };
    }
    case 'token.created':
    case 'token.revoked':
      return { kind, subject: subject ?? undefined, before: EMPTY, after: EMPTY };
    case 'assessment.imported': {
      const refused = Array.isArray(after.refusedAnswers) ? after.refusedAnswers.length : 0;
      const downgraded = Array.isArray(after.downgradedCheckpoints) ? after.downgradedCheckpoints.length : 0;
      return {
        kind,
        subject: str(after.name),
        before: EMPTY,
        after: sentence([
          templates(after.templates),
          num(after.answersImported) !== undefined ? `${count(num(after.answersImported)!, 'answer', 'answers')} imported` : undefined,
          num(after.checkpointsSubmitted) !== undefined ? `${count(num(after.checkpointsSubmitted)!, 'checkpoint', 'checkpoints')} submitted` : undefined,
          refused ? `${count(refused, 'answer', 'answers')} refused` : undefined,
          downgraded ? `${count(downgraded, 'checkpoint', 'checkpoints')} left open` : undefined,
          str(after.exportedAt) && `Exported on ${formatDate(str(after.exportedAt)!)}`,
        ]),
      };
    }
    case 'template.upgraded': {
      const orphaned = Array.isArray(after.answersNoLongerShown) ? after.answersNoLongerShown.length : 0;
      return {
        kind,
        subject: (subject && ctx.platform(subject)) ?? undefined,
        before: text(num(before.version) !== undefined ? `Version ${num(before.version)}` : undefined),
        after: sentence([num(after.version) !== undefined ? `Version ${num(after.version)}` : undefined, orphaned ? `${count(orphaned, 'answer', 'answers')} no longer shown` : undefined]),
      };
    }
    case 'budget.settings-changed': {
      const settings = (o: Record<string, unknown>) => text(num(o.years) !== undefined ? `${count(num(o.years)!, 'year', 'years')} in ${str(obj(o.currency).code) ?? 'US dollars'}` : undefined);
      return { kind, subject: 'Budget', before: settings(before), after: settings(after) };
    }
    case 'rate.overridden':
    case 'rate.override-removed': {
      const value = (o: Record<string, unknown>) => (num(o.value) !== undefined && subject ? sentence([ctx.rateValue(subject, num(o.value)!), str(o.reason) && `Reason: ${str(o.reason)}`]) : EMPTY);
      return { kind, subject: (subject && ctx.rate(subject)) ?? 'A rate', before: value(before), after: event.action === 'rate.override-removed' ? text('The rate card’s figure') : value(after) };
    }
    case 'sizing.config-saved':
    case 'sizing.config-reset': {
      const version = (o: Record<string, unknown>) => (num(o.version) ? `Version ${num(o.version)}` : undefined);
      const what = (o: Record<string, unknown>) =>
        o.isDefault === true || num(o.version) === 0
          ? 'The built-in default configuration'
          : num(o.services) !== undefined
            ? `The assessment's own configuration: ${count(num(o.services)!, 'service', 'services')}, ${count(num(o.usageFields) ?? 0, 'usage field', 'usage fields')}`
            : "The assessment's own configuration";
      return { kind, subject: 'CommCare sizing configuration', before: event.before ? sentence([version(before), what(before)]) : EMPTY, after: sentence([version(after), what(after)]) };
    }
    case 'team.saved':
      return { kind, subject: 'Team', before: teamText(event.before), after: teamText(event.after) };
    case 'rfp.details-saved':
      return { kind, subject: 'Request for Proposals', before: EMPTY, after: EMPTY };
    case 'rfp.issued':
      return { kind, subject: 'Request for Proposals', before: EMPTY, after: text(num(after.version) !== undefined ? `Version ${num(after.version)}` : undefined) };
    case 'invitation.created':
    case 'invitation.revoked':
    case 'invitation.accepted':
    case 'member.role-changed':
    case 'member.removed':
    case 'member.left': {
      const role = (o: Record<string, unknown>) => text(str(o.role) ? (ROLE_LABELS[str(o.role)!] ?? 'Member') : undefined);
      const isEmail = subject?.includes('@');
      return { kind, subject: isEmail ? subject : undefined, before: role(before), after: str(after.reason) ? text(`Withdrawn: ${str(after.reason) === 'mail not sent' ? 'the mail could not be sent' : str(after.reason)}`) : role(after) };
    }
    case 'invitation.declined':
    case 'account.created':
    case 'account.password-changed':
      return { kind, subject: subject?.includes('@') ? subject : undefined, before: EMPTY, after: EMPTY };
    case 'evidence.added':
    case 'evidence.removed': {
      const fileText = (o: Record<string, unknown>) =>
        str(o.fileName) ? sentence([`${str(o.fileName)}${num(o.size) !== undefined ? ` (${sizeText(num(o.size)!)})` : ''}`, str(o.kind), str(o.sha256) && `SHA-256 ${str(o.sha256)}`]) : EMPTY;
      return { kind, subject: (subject && ctx.checkpoint(subject)) ?? 'A checkpoint no longer in the questionnaire', before: fileText(before), after: fileText(after) };
    }
    case 'milestone.saved':
      return { kind, subject: str(after.name), before: EMPTY, after: num(after.answers) !== undefined ? text(`${count(num(after.answers)!, 'answer', 'answers')} and ${count(num(after.evidenceFiles) ?? 0, 'evidence file', 'evidence files')} kept`) : EMPTY };
    case 'account.signed-out-everywhere':
      return { kind, before: EMPTY, after: EMPTY };
    case 'account.mail-preference-changed': {
      const choice = (o: Record<string, unknown>) => text(MAIL_PREFERENCE_LABELS[str(o.preference) ?? '']);
      return { kind, before: choice(before), after: choice(after) };
    }
    case 'discussion.commented':
    case 'discussion.resolved':
    case 'discussion.reopened': {
      const about = subject ? (ctx.checkpoint(subject) ?? ctx.question(subject)?.label) : undefined;
      const comment = str(after.comment);
      return {
        kind,
        subject: about ?? 'A checkpoint or question no longer in the questionnaire',
        before: EMPTY,
        after: comment ? sentence([after.via === 'request-changes' ? 'With the request for changes' : undefined, `Comment: ${comment}`, after.reopened === true ? 'The discussion was reopened' : undefined]) : EMPTY,
      };
    }
    default:
      if (event.action.startsWith('checkpoint.')) {
        return { kind, subject: (subject && ctx.checkpoint(subject)) ?? 'A checkpoint no longer in the questionnaire', before: checkpointState(event.before), after: checkpointState(event.after) };
      }
      return { kind, subject: undefined, before: EMPTY, after: EMPTY };
  }
}
