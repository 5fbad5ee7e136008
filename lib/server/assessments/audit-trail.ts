import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { AUDIT_KINDS, auditKindLabel, describeAuditEvent, rateValueText, type TAuditContext } from '@/lib/domain/audit-text';
import type { TLocale } from '@/lib/domain/locale';
import { formatNumberIn } from '@/lib/domain/intl-format';
import { auditSayer, rateWords } from '@/lib/i18n/audit-say';
import { ANNEX_TEXT } from '@/lib/domain/documents/annex-text';
import { templateIn } from './template-cache';
import type { TCurrency } from '@/lib/domain/budget';
import { HOSTING_OPTIONS, RATE_KEYS, type TRateKey } from '@/lib/domain/rate-card';
import { rateCardIn } from '@/lib/content/outputs-reference';
import type { TAuditQuery } from '@/lib/schemas/audit-query';
import { requirePermission, type TActor } from '../actor';
import { findAssessmentOrThrow, type TTrack } from './load-assessment';

export const AUDIT_PAGE_SIZE = 25;
const PLATFORM_NAMES: Record<string, string> = { commcare: 'CommCare', dhis2: 'DHIS2' };
const USD: TCurrency = { code: 'USD', exchangeRate: 1, minorDigits: 2 };

function rateParts(subject: string): { option: (typeof HOSTING_OPTIONS)[number]; key: TRateKey } | undefined {
  const dot = subject.lastIndexOf('.');
  const option = subject.slice(0, dot) as (typeof HOSTING_OPTIONS)[number];
  const key = subject.slice(dot + 1) as TRateKey;
  return HOSTING_OPTIONS.includes(option) && RATE_KEYS.includes(key) ? { option, key } : undefined;
}

/**
 * How the audit text names an assessment's questions, checkpoints and rates (in its budget's
 * currency), in `locale`: a rate and its hosting option by their names on the budget page.
 */
export function auditContext(englishTracks: TTrack[], settings: { currencyCode: string; exchangeRate: number; minorDigits: number } | null, locale: TLocale = 'en'): TAuditContext {
  const currency: TCurrency = settings ? { code: settings.currencyCode, exchangeRate: settings.exchangeRate, minorDigits: settings.minorDigits } : USD;
  const tracks = englishTracks.map((t) => templateIn(t, locale));
  const say = auditSayer(locale);
  const words = rateWords(locale);
  const card = rateCardIn(locale);
  return {
    say,
    locale,
    question: (id) => tracks.map((t) => t.index.questions.get(id)?.question).find(Boolean),
    checkpoint: (id) => tracks.map((t) => t.index.checkpoints.get(id)?.checkpoint.label).find(Boolean),
    rate: (subject) => {
      const r = rateParts(subject);
      return r ? `${words.name(r.key)}, ${ANNEX_TEXT[locale].hostingOptions[r.option] ?? card.options[r.option]?.label ?? say('aHostingOption')}` : undefined;
    },
    rateValue: (subject, value) => {
      const r = rateParts(subject);
      return r ? rateValueText(r.key, value, currency, locale, words.unit) : formatNumberIn(locale, value, 2);
    },
    platform: (id) => PLATFORM_NAMES[id],
  };
}

/**
 * One page of an assessment's audit trail, newest first, in words: filtered by person, kind of
 * event and phase (the events about that phase's questions and checkpoints).
 */
export async function listAuditTrail(prisma: TPrisma, actor: TActor, assessmentId: string, query: TAuditQuery = { page: 1 }, locale: TLocale = 'en') {
  requirePermission(actor, 'audit.read');
  const { tracks } = await findAssessmentOrThrow(prisma, actor, assessmentId);
  const say = auditSayer(locale);
  const phases = tracks.flatMap((english) => {
    const t = templateIn(english, locale);
    return t.template.phases.map((p) => ({
      value: p.id,
      label: say('phaseLabel', { platform: PLATFORM_NAMES[t.platform] ?? t.template.title, number: p.number, title: p.title }),
      subjects: p.sections.flatMap((s) => [...s.questions.map((q) => q.id), ...s.checkpoints.map((c) => c.id)]),
    }));
  });
  const phase = phases.find((p) => p.value === query.phase);
  const where = {
    assessmentId,
    ...(query.person ? { actorId: query.person } : {}),
    ...(query.kind ? { action: query.kind } : {}),
    ...(phase ? { subject: { in: phase.subjects } } : {}),
  };
  const [total, actorIds, actions, settings] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({ where: { assessmentId }, distinct: ['actorId'], select: { actorId: true } }),
    prisma.auditEvent.findMany({ where: { assessmentId }, distinct: ['action'], select: { action: true } }),
    prisma.budgetSettings.findUnique({ where: { assessmentId } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const events = await prisma.auditEvent.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  const users = await prisma.user.findMany({ where: { id: { in: actorIds.map((a) => a.actorId).filter((x): x is string => !!x) } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));

  const ctx = auditContext(tracks, settings, locale);
  return {
    total,
    page,
    pageCount,
    pageSize: AUDIT_PAGE_SIZE,
    events: events.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      actorName: e.actorId ? (nameOf.get(e.actorId) ?? say('formerMember')) : say('system'),
      ...describeAuditEvent(e, ctx),
    })),
    filters: {
      people: users.map((u) => ({ value: u.id, label: u.name })),
      kinds: actions.map((a) => ({ value: a.action, label: auditKindLabel(a.action, say) })).filter((k) => k.value in AUDIT_KINDS).sort((a, b) => a.label.localeCompare(b.label, locale)),
      phases: phases.map(({ value, label }) => ({ value, label })),
    },
  };
}

export type TAuditTrailPage = Awaited<ReturnType<typeof listAuditTrail>>;
