import type { TQuestion } from '@/lib/content/template-schema';
import { answerView, type TAnswerView } from './answer-view';
import { formatDateIn, formatListIn, formatMoneyIn, formatNumberIn } from './intl-format';
import type { TLocale } from './locale';
import { toMinorUnits } from './budget';
import { RATE_UNITS, type TRateKey } from './rate-card';

/**
 * The audit trail in words: what kind of thing happened, to what (a question's or checkpoint's
 * label, a rate's name), and the values before and after as the question formats them, in the
 * reader's language. Pure; the page looks up the labels and passes them in with its translator.
 */

/** The kinds of event the app writes, each with its message key under `auditText.kinds`. */
export const AUDIT_KINDS: Record<string, string> = {
  'assessment.created': 'assessmentCreated',
  'assessment.imported': 'assessmentImported',
  'assessment.archived': 'assessmentArchived',
  'assessment.restored': 'assessmentRestored',
  'assessment.deleted': 'assessmentDeleted',
  'answer.changed': 'answerChanged',
  'checkpoint.submit': 'checkpointSubmit',
  'checkpoint.submit_not_applicable': 'checkpointSubmitNotApplicable',
  'checkpoint.approve': 'checkpointApprove',
  'checkpoint.request_changes': 'checkpointRequestChanges',
  'checkpoint.reopen': 'checkpointReopen',
  'checkpoint.reopened': 'checkpointReopened',
  'evidence.added': 'evidenceAdded',
  'evidence.removed': 'evidenceRemoved',
  'milestone.saved': 'milestoneSaved',
  'template.upgraded': 'templateUpgraded',
  'template.saved': 'templateSaved',
  'budget.settings-changed': 'budgetSettingsChanged',
  'rate.overridden': 'rateOverridden',
  'rate.override-removed': 'rateOverrideRemoved',
  'team.saved': 'teamSaved',
  'sizing.config-saved': 'sizingConfigSaved',
  'sizing.config-reset': 'sizingConfigReset',
  'rfp.details-saved': 'rfpDetailsSaved',
  'rfp.issued': 'rfpIssued',
  'invitation.created': 'invitationCreated',
  'invitation.revoked': 'invitationRevoked',
  'invitation.accepted': 'invitationAccepted',
  'invitation.declined': 'invitationDeclined',
  'member.removed': 'memberRemoved',
  'member.left': 'memberLeft',
  'member.role-changed': 'memberRoleChanged',
  'account.created': 'accountCreated',
  'account.password-changed': 'accountPasswordChanged',
  'account.signed-out-everywhere': 'accountSignedOutEverywhere',
  'token.created': 'tokenCreated',
  'token.revoked': 'tokenRevoked',
  'demo.seeded': 'demoSeeded',
  'account.mail-preference-changed': 'accountMailPreferenceChanged',
  'discussion.commented': 'discussionCommented',
  'discussion.resolved': 'discussionResolved',
  'discussion.reopened': 'discussionReopened',
};

/** Puts a message of `auditText` (content/messages/<locale>/auditText.json) into words in the reader's language. */
export type TAuditSay = (key: string, values?: Record<string, string | number>) => string;

/** "Rate overridden" for a known kind; an unknown one in words, never its code. */
export const auditKindLabel = (action: string, say: TAuditSay) => say(`kinds.${AUDIT_KINDS[action] ?? 'other'}`);

/**
 * A rate's value as the reader writes it ("XOF 1,200" / "1 200 FCFA", "3 years" / "3 ans", "25%"):
 * money in the budget's currency, the others with their unit in words (`unit`, from the messages).
 */
export function rateValueText(key: TRateKey, value: number, currency: { code: string; exchangeRate: number; minorDigits: number }, locale: TLocale, unit: (unit: 'years' | 'days', count: number) => string): string {
  switch (RATE_UNITS[key]) {
    case 'usd-cents':
      return formatMoneyIn(locale, toMinorUnits(value, currency), currency);
    case 'fraction':
      return `${formatNumberIn(locale, Math.round(value * 1000) / 10)}${locale === 'en' ? '' : '\u00a0'}%`;
    case 'years':
    case 'days':
      return unit(RATE_UNITS[key], value);
    default:
      return formatNumberIn(locale, value, 2);
  }
}

export type TAuditValue = TAnswerView;
export type TAuditLine = { kind: string; subject?: string; before: TAuditValue; after: TAuditValue };

export type TAuditContext = {
  say: TAuditSay;
  locale: TLocale;
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
const ROLES = ['planner', 'reviewer', 'consultant', 'admin'];
const MAIL_PREFERENCES = ['each', 'digest', 'none'];
const STATUSES = ['open', 'submitted', 'approved', 'changes_requested'];

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const sentence = (parts: (string | undefined)[]) => text(parts.filter((p): p is string => !!p).join('. '));

function sizeText(n: number, ctx: TAuditContext) {
  if (n < 1024) return ctx.say('bytes', { count: n });
  return n < 1024 * 1024 ? `${formatNumberIn(ctx.locale, Math.round(n / 1024), 0)} KB` : `${formatNumberIn(ctx.locale, n / (1024 * 1024), 1)} MB`;
}

function checkpointState(v: unknown, ctx: TAuditContext): TAuditValue {
  const o = obj(v);
  const status = str(o.status);
  if (!status) return EMPTY;
  const word = ctx.say(`status.${STATUSES.includes(status) ? status : 'changed'}`);
  const label = o.notApplicable === true ? ctx.say('asNotApplicable', { status: word }) : word;
  return sentence([label, str(o.comment) && ctx.say('comment', { text: str(o.comment)! }), str(o.justification) && ctx.say('justification', { text: str(o.justification)! }), str(o.reason) && ctx.say('reason', { text: str(o.reason)! })]);
}

function templates(v: unknown, ctx: TAuditContext): string | undefined {
  if (!Array.isArray(v)) return undefined;
  const names = v.flatMap((t) => {
    const m = typeof t === 'string' ? /^(commcare|dhis2) v(\d+)$/.exec(t) : null;
    return m ? [ctx.say('questionnaireVersion', { platform: m[1] === 'commcare' ? 'CommCare' : 'DHIS2', version: Number(m[2]) })] : [];
  });
  return names.length ? formatListIn(ctx.locale, names) : undefined;
}

function teamText(v: unknown, ctx: TAuditContext): TAuditValue {
  const people = Array.isArray(v) ? v : Array.isArray(obj(v).people) ? (obj(v).people as unknown[]) : undefined;
  if (!people) return EMPTY;
  const names = people.flatMap((p) => (str(obj(p).name) ? [str(obj(p).name)!] : []));
  return text(`${ctx.say('people', { count: people.length })}${names.length ? `: ${names.join(', ')}` : ''}`);
}

export function describeAuditEvent(event: { action: string; subject: string | null; before: unknown; after: unknown }, ctx: TAuditContext): TAuditLine {
  const say = ctx.say;
  const kind = auditKindLabel(event.action, say);
  const subject = event.subject ?? undefined;
  const before = obj(event.before);
  const after = obj(event.after);
  const count = (key: string, n: number) => say(key, { count: n });
  switch (event.action) {
    case 'answer.changed': {
      const q = subject ? ctx.question(subject) : undefined;
      if (!q) return { kind, subject: say('goneQuestion'), before: EMPTY, after: EMPTY };
      return { kind, subject: q.label, before: answerView(q, event.before, ctx.locale), after: answerView(q, event.after, ctx.locale) };
    }
    case 'assessment.created':
      return { kind, subject: str(after.name), before: EMPTY, after: sentence([str(after.country) && say('country', { country: str(after.country)! }), templates(after.templates, ctx)]) };
    case 'assessment.archived':
    case 'assessment.restored':
      return { kind, subject: subject ?? undefined, before: EMPTY, after: EMPTY };
    case 'assessment.deleted': {
      const platforms = Array.isArray(before.platforms) ? before.platforms.flatMap((p) => (p === 'commcare' ? ['CommCare'] : p === 'dhis2' ? ['DHIS2'] : typeof p === 'string' && p ? [say('anotherQuestionnaire')] : [])) : [];
      return {
        kind,
        subject: str(before.name) ?? subject,
        before: sentence([
          str(before.country) && say('country', { country: str(before.country)! }),
          platforms.length ? formatListIn(ctx.locale, [...new Set(platforms)]) : undefined,
          num(before.answers) !== undefined ? count('answers', num(before.answers)!) : undefined,
          num(before.evidenceFiles) ? count('evidenceFiles', num(before.evidenceFiles)!) : undefined,
          num(before.issuedRfps) ? count('issuedRfps', num(before.issuedRfps)!) : undefined,
          before.wasArchived === true ? say('archived') : undefined,
        ]),
        after: text(say('deletedWithData')),
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
          templates(after.templates, ctx),
          num(after.answersImported) !== undefined ? count('answersImported', num(after.answersImported)!) : undefined,
          num(after.checkpointsSubmitted) !== undefined ? count('checkpointsSubmitted', num(after.checkpointsSubmitted)!) : undefined,
          refused ? count('answersRefused', refused) : undefined,
          downgraded ? count('checkpointsLeftOpen', downgraded) : undefined,
          str(after.exportedAt) && say('exportedOn', { date: formatDateIn(ctx.locale, str(after.exportedAt)!) }),
        ]),
      };
    }
    case 'template.upgraded': {
      const orphaned = Array.isArray(after.answersNoLongerShown) ? after.answersNoLongerShown.length : 0;
      return {
        kind,
        subject: (subject && ctx.platform(subject)) ?? undefined,
        before: text(num(before.version) !== undefined ? say('version', { version: num(before.version)! }) : undefined),
        after: sentence([num(after.version) !== undefined ? say('version', { version: num(after.version)! }) : undefined, orphaned ? count('answersNoLongerShown', orphaned) : undefined]),
      };
    }
    case 'budget.settings-changed': {
      const settings = (o: Record<string, unknown>) => text(num(o.years) !== undefined ? say('budgetYears', { years: count('years', num(o.years)!), currency: str(obj(o.currency).code) ?? say('usDollars') }) : undefined);
      return { kind, subject: say('budget'), before: settings(before), after: settings(after) };
    }
    case 'rate.overridden':
    case 'rate.override-removed': {
      const value = (o: Record<string, unknown>) => (num(o.value) !== undefined && subject ? sentence([ctx.rateValue(subject, num(o.value)!), str(o.reason) && say('reason', { text: str(o.reason)! })]) : EMPTY);
      return { kind, subject: (subject && ctx.rate(subject)) ?? say('aRate'), before: value(before), after: event.action === 'rate.override-removed' ? text(say('rateCardFigure')) : value(after) };
    }
    case 'sizing.config-saved':
    case 'sizing.config-reset': {
      const version = (o: Record<string, unknown>) => (num(o.version) ? say('version', { version: num(o.version)! }) : undefined);
      const what = (o: Record<string, unknown>) =>
        o.isDefault === true || num(o.version) === 0
          ? say('defaultConfiguration')
          : num(o.services) !== undefined
            ? say('ownConfigurationOf', { services: num(o.services)!, fields: num(o.usageFields) ?? 0 })
            : say('ownConfiguration');
      return { kind, subject: say('sizingConfiguration'), before: event.before ? sentence([version(before), what(before)]) : EMPTY, after: sentence([version(after), what(after)]) };
    }
    case 'team.saved':
      return { kind, subject: say('team'), before: teamText(event.before, ctx), after: teamText(event.after, ctx) };
    case 'rfp.details-saved':
      return { kind, subject: say('rfp'), before: EMPTY, after: EMPTY };
    case 'rfp.issued':
      return { kind, subject: say('rfp'), before: EMPTY, after: text(num(after.version) !== undefined ? say('version', { version: num(after.version)! }) : undefined) };
    case 'invitation.created':
    case 'invitation.revoked':
    case 'invitation.accepted':
    case 'member.role-changed':
    case 'member.removed':
    case 'member.left': {
      const role = (o: Record<string, unknown>) => text(str(o.role) ? say(`roles.${ROLES.includes(str(o.role)!) ? str(o.role)! : 'member'}`) : undefined);
      const isEmail = subject?.includes('@');
      const withdrawn = str(after.reason);
      return { kind, subject: isEmail ? subject : undefined, before: role(before), after: withdrawn ? text(say('withdrawn', { reason: withdrawn === 'mail not sent' ? say('mailNotSent') : withdrawn })) : role(after) };
    }
    case 'invitation.declined':
    case 'account.created':
    case 'account.password-changed':
      return { kind, subject: subject?.includes('@') ? subject : undefined, before: EMPTY, after: EMPTY };
    case 'evidence.added':
    case 'evidence.removed': {
      const fileText = (o: Record<string, unknown>) =>
        str(o.fileName) ? sentence([`${str(o.fileName)}${num(o.size) !== undefined ? ` (${sizeText(num(o.size)!, ctx)})` : ''}`, str(o.kind), str(o.sha256) && `SHA-256 ${str(o.sha256)}`]) : EMPTY;
      return { kind, subject: (subject && ctx.checkpoint(subject)) ?? say('goneCheckpoint'), before: fileText(before), after: fileText(after) };
    }
    case 'milestone.saved':
      return { kind, subject: str(after.name), before: EMPTY, after: num(after.answers) !== undefined ? text(say('kept', { answers: num(after.answers)!, files: num(after.evidenceFiles) ?? 0 })) : EMPTY };
    case 'account.signed-out-everywhere':
      return { kind, before: EMPTY, after: EMPTY };
    case 'account.mail-preference-changed': {
      const choice = (o: Record<string, unknown>) => {
        const preference = str(o.preference);
        return text(preference && MAIL_PREFERENCES.includes(preference) ? say(`mail.${preference}`) : undefined);
      };
      return { kind, before: choice(before), after: choice(after) };
    }
    case 'discussion.commented':
    case 'discussion.resolved':
    case 'discussion.reopened': {
      const about = subject ? (ctx.checkpoint(subject) ?? ctx.question(subject)?.label) : undefined;
      const comment = str(after.comment);
      return {
        kind,
        subject: about ?? say('goneSubject'),
        before: EMPTY,
        after: comment ? sentence([after.via === 'request-changes' ? say('withRequestForChanges') : undefined, say('comment', { text: comment }), after.reopened === true ? say('discussionReopenedNote') : undefined]) : EMPTY,
      };
    }
    default:
      if (event.action.startsWith('checkpoint.')) {
        return { kind, subject: (subject && ctx.checkpoint(subject)) ?? say('goneCheckpoint'), before: checkpointState(event.before, ctx), after: checkpointState(event.after, ctx) };
      }
      return { kind, subject: undefined, before: EMPTY, after: EMPTY };
  }
}
