import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import { answerDisplay, answerNumber, answerRows, type TAnswers, type TQuestionLookup } from './answers';
import { bullets, keyValue, paragraph, table, type TDocBlock, type TRun } from './doc-model';
import { formatGb, formatInteger, formatNumber } from './format';
import { commcarePeakUsers } from './sizing-blocks';
import { ANNEX_TEXT } from './annex-text';
import { PLATFORM_PARTS_TEXT } from './platform-parts-text';
import type { TLocale } from '../locale';

/**
 * The platform-specific parts of the RFP built from the answers and the sizing: the scale
 * estimates of "Local Environment Design", and what the assessment says about the current and
 * proposed environments. Required answers that are absent are reported through `need`.
 */

export type TNeed = (questionId: string) => void;

export const Q = {
  mobileUsers: 'commcare.p1.s1-2.mobile-users',
  formsPerUserMonth: 'commcare.p1.s1-2.forms-per-user-month',
  casesPerUserMonth: 'commcare.p1.s1-2.cases-per-user-month',
  caseUpdatesPerUserMonth: 'commcare.p1.s1-2.case-updates-per-user-month',
  attachmentKbPerForm: 'commcare.p1.s1-2.attachment-kb-per-form',
  existingForms: 'commcare.p1.s1-2.existing-forms',
  mobileApps: 'commcare.p1.s1-1.mobile-apps',
  integrations: 'commcare.p1.s1-1.integrations',
  dhis2Systems: 'dhis2.p1.s1-1.systems',
} as const;

/** Days per month used to turn monthly form volumes into the RFP's "per user per day". */
export const DAYS_PER_MONTH = 30;

const label = (text: string): TRun => ({ text: `${text}: `, bold: true });
const missingRun = (text: string): TRun => ({ text, italic: true });

export function commcareScaleEstimates(answers: TAnswers, sizing: TCommCareSizingResult | undefined, need: TNeed, locale: TLocale = 'en'): TDocBlock[] {
  const P = PLATFORM_PARTS_TEXT[locale];
  const int = (n: number) => formatInteger(n, locale);
  const gb = (n: number) => formatGb(n, locale);
  /** A per-user rate: the answer when given, else the figure the sizing used (its documented default). */
  const rate = (id: string, fromSizing: number | undefined, unit: string) => {
    const given = answerNumber(answers, id);
    if (given !== undefined) return `${formatNumber(given, 2, locale)} ${unit}`;
    if (fromSizing !== undefined) return P.sizingDefault(`${formatNumber(fromSizing, 2, locale)} ${unit}`);
    return P.notAnswered;
  };
  const users = answerNumber(answers, Q.mobileUsers);
  if (users === undefined) need(Q.mobileUsers);
  const s = sizing;
  const last = s?.periods[s.periods.length - 1];
  const horizon = s ? P.months(int(s.inputs.horizonMonths)) : '';

  const usersRuns: TRun[] = [label(P.mobileUsers), ...(users === undefined ? [missingRun(P.toBeCompleted(P.mobileUsersMissing))] : [{ text: P.today(int(users)) }])];
  if (s && commcarePeakUsers(s) !== s.inputs.users) usersRuns.push({ text: P.atPeak(int(commcarePeakUsers(s)), int(s.inputs.horizonMonths)) });

  const formsPerMonth = answerNumber(answers, Q.formsPerUserMonth) ?? s?.inputs.formsPerUserPerMonth;
  const formsRuns: TRun[] = [label(P.formsPerDay)];
  if (formsPerMonth === undefined) formsRuns.push({ text: P.formsNotAnswered });
  else {
    formsRuns.push({ text: P.formsPerDayValue(formatNumber(formsPerMonth / DAYS_PER_MONTH, 1, locale), rate(Q.formsPerUserMonth, s?.inputs.formsPerUserPerMonth, P.formsPerUserMonth), int(DAYS_PER_MONTH)) });
    const existing = answerNumber(answers, Q.existingForms) ?? s?.inputs.existingForms;
    if (existing !== undefined) formsRuns.push({ text: P.formsSoFar(int(existing)) });
    if (last) formsRuns.push({ text: P.formsAfter(int(last.formsTotal), horizon) });
  }

  const caseRuns: TRun[] = [
    label(P.caseData),
    { text: P.caseDataValue(rate(Q.casesPerUserMonth, s?.inputs.casesPerUserPerMonth, P.newCases), rate(Q.caseUpdatesPerUserMonth, s?.inputs.caseUpdatesPerUserPerMonth, P.caseUpdates)) },
    ...(last ? [{ text: P.casesAfter(int(last.casesTotal), int(last.caseTransactionsTotal), horizon) }] : []),
  ];

  const largeRuns: TRun[] = [
    label(P.largeFactors),
    { text: P.attachmentsValue(rate(Q.attachmentKbPerForm, s?.inputs.attachmentKbPerForm, P.kbPerForm)) },
    ...(last ? [{ text: P.attachmentsAfter(gb(last.attachmentGb), horizon) }] : []),
  ];

  const blocks: TDocBlock[] = [bullets([usersRuns, caseRuns, formsRuns, largeRuns])];
  if (s) {
    const t = s.totals[s.totals.length - 1];
    const tier = ANNEX_TEXT[locale].commcareTiers[s.tier.tier];
    blocks.push(
      keyValue([
        { key: P.configurationFromSizing, value: `${tier.label} (${tier.servers})` },
        { key: P.productionAfter(horizon), value: P.productionValue(int(t.vms), int(t.cores), gb(t.ramGb), gb(t.dataStorageGb)) },
        { key: P.backupStorage, value: gb(s.footprint.backupStorageGb) },
      ]),
    );
  }
  return blocks;
}

export function dhis2ScaleEstimates(answers: TAnswers, sizing: TDhis2SizingResult | undefined, need: TNeed, locale: TLocale = 'en'): TDocBlock[] {
  const P = PLATFORM_PARTS_TEXT[locale];
  const c = P.columns;
  const kinds = ANNEX_TEXT[locale].dhis2Kinds;
  const int = (n: number) => formatInteger(n, locale);
  const gb = (n: number) => formatGb(n, locale);
  const rows = answerRows(answers, Q.dhis2Systems);
  if (rows.length === 0) need(Q.dhis2Systems);
  const n = (v: unknown) => (typeof v === 'number' ? int(v) : '—');
  const kindText = (v: unknown) => (v === 'aggregate' || v === 'tracker' ? kinds[v] : String(v ?? '—'));
  const blocks: TDocBlock[] = [];
  if (sizing) {
    blocks.push(
      table(
        [{ label: c.system, width: 2 }, { label: c.users, align: 'right' }, { label: c.concurrent, align: 'right' }, { label: c.dataValuesYear, align: 'right', width: 1.4 }, { label: c.trackedEntities, align: 'right', width: 1.3 }, { label: c.eventsYear, align: 'right', width: 1.2 }],
        sizing.systems.map((s) => [`${s.name} (${kinds[s.kind]})`, int(s.inputs.users), int(s.inputs.concurrentUsers), int(s.inputs.dataValuesPerYear), int(s.inputs.trackedEntities), int(s.inputs.eventsPerYear)]),
        { caption: P.scaleCaption },
      ),
      table(
        [{ label: c.system, width: 2 }, { label: c.isolation, width: 1.3 }, { label: c.coreServers, align: 'right' }, { label: c.production, width: 3 }],
        sizing.systems.map((s) => {
          const prod = s.environments.find((e) => e.kind === 'production')!;
          return [s.name, s.isolation.level === 'boombox' ? P.isolation.boombox : P.isolation.separate, int(s.clustered.coreNodes), P.productionDiskValue(int(prod.vms), int(prod.cores), gb(prod.ramGb), gb(prod.diskGb))];
        }),
        { caption: P.sizingCaption },
      ),
    );
  } else if (rows.length) {
    blocks.push(
      table(
        [c.system, c.kind, c.users, c.concurrent, c.dataValuesYear, c.trackedEntities, c.eventsYear],
        rows.map((r) => [String(r.name ?? '—'), kindText(r.kind), n(r.users), n(r.concurrentUsers), n(r.dataValuesPerYear), n(r.trackedEntities), n(r.eventsPerYear)]),
        { caption: P.systemsCaption },
      ),
    );
  } else blocks.push(paragraph([missingRun(P.toBeCompleted(P.systemsMissing))], 'missing'));
  return blocks;
}

/** Answers worth quoting in "Proposed Environment", when given. */
const PROPOSED_ANSWERS = {
  commcare: ['commcare.p2.s2-2.hosting-option', 'commcare.p2.s2-3.msp-model', 'commcare.p2.s2-3.devops-engineers', 'commcare.p1.s1-2.server-tier', 'commcare.p2.s2-2.virtualization'],
  dhis2: ['dhis2.p2.s2-1.hosting-option', 'dhis2.p2.s2-1.provider', 'dhis2.p1.s1-1.availability', 'dhis2.p2.s2-2.isolation-level', 'dhis2.p1.s1-1.separate-servers', 'dhis2.p5.s5-2.target-option'],
} as const;

export function proposedEnvironmentFacts(platform: 'commcare' | 'dhis2', lookup: TQuestionLookup, answers: TAnswers, locale: TLocale = 'en'): TDocBlock[] {
  const items = PROPOSED_ANSWERS[platform].flatMap((id) => {
    const value = answerDisplay(lookup, answers, id, locale);
    const q = lookup.get(id)?.question;
    return value && q ? [{ key: q.label, value }] : [];
  });
  return items.length ? [paragraph(PLATFORM_PARTS_TEXT[locale].fromAssessment, 'note'), keyValue(items)] : [];
}

export function currentEnvironmentFacts(platform: 'commcare' | 'dhis2', answers: TAnswers, locale: TLocale = 'en'): TDocBlock[] {
  if (platform === 'dhis2') return [];
  const P = PLATFORM_PARTS_TEXT[locale];
  const c = P.columns;
  const apps = answerRows(answers, Q.mobileApps);
  const integrations = answerRows(answers, Q.integrations);
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? formatInteger(v, locale) : '');
  const flows: Record<string, string> = P.flows;
  return [
    ...(apps.length ? [table([c.application, c.releasedVersion, { label: c.mobileUsers, align: 'right' as const }], apps.map((r) => [text(r.name), text(r.releasedVersion), text(r.users)]), { caption: P.appsCaption })] : []),
    ...(integrations.length ? [table([c.system, c.dataFlow, c.notes], integrations.map((r) => [text(r.name), flows[String(r.direction)] ?? text(r.direction), text(r.notes)]), { caption: P.integrationsCaption })] : []),
  ];
}
